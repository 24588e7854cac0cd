#pragma once

#include "analysis/AnomalyDetector.h"
#include "sim/MonitorSeries.h"

#include <QPalette>
#include <QPointF>
#include <QString>

#include <vector>

class QChart;
class QValueAxis;

namespace nephos {
struct Scenario;
}

namespace nephos::widgets {

/// What one dashboard chart shows.
struct TimeSeriesChartSpec
{
    QString key;    ///< export stem and object name, e.g. "queue"
    QString title;  ///< chart title
    QString yTitle; ///< value axis quantity, e.g. "Cost"
    QString unit;   ///< e.g. "USD"; the axis title is "yTitle (unit)"
    /// Unit of values / 1000, used when values reach 100 000 (e.g. "k USD"); empty: never scaled.
    QString unitThousands;
    SeriesMetric metric = SeriesMetric::CpuUtilPct;
    bool percent = false;         ///< value axis fixed to 0–100
    bool alwaysThousands = false; ///< always use unitThousands (e.g. MW when energy is in MWh)
};

/// One line of a prepared chart.
struct PreparedLine
{
    QString name;
    QString colorKey; ///< provider id (its colour); empty for the total
    bool total = false;
    QList<QPointF> points;
};

/// Everything a chart shows, computed off the UI thread (plain data, no QObject).
struct PreparedChart
{
    QString title;
    QString xTitle;
    QString yTitle; ///< with unit, e.g. "Cost (k USD)"
    double xMax = 0.01;
    double yMax = 0.0;
    bool percent = false;
    std::vector<PreparedLine> lines;
    QList<QPointF> anomalies;
};

/// Fills a QChart with one line per provider plus a dashed total from a run's monitoring series,
/// and red markers at anomalies.
class TimeSeriesChart
{
public:
    /// Longer series are reduced to this many points by averaging equal buckets of samples.
    static constexpr int maxPoints = 1500;

    /// Computes a chart's content; pure, safe to call from any thread.
    static PreparedChart prepare(const TimeSeriesChartSpec& spec, const Scenario& scenario,
                                 const MonitorSeries& series,
                                 const std::vector<Anomaly>& anomalies);
    /// Shows prepared content, reusing the chart's series and axes when their shape matches.
    static void apply(QChart* chart, const PreparedChart& data, const QPalette& palette);
    /// prepare() then apply().
    static void fill(QChart* chart, const TimeSeriesChartSpec& spec, const Scenario& scenario,
                     const MonitorSeries& series, const std::vector<Anomaly>& anomalies,
                     const QPalette& palette);
    /// Points (time, value) of one series after bucket averaging; x in hours × xScale.
    static std::vector<QPointF> points(const std::vector<double>& timesHours,
                                       const std::vector<float>& values, double xScale,
                                       int limit = maxPoints);
    /// Shortest time axis span (in axis units): a run that has barely started still gets a
    /// readable axis instead of one whose ticks are a millionth of an hour apart.
    static constexpr double kMinTimeSpan = 0.01;
    /// Tick interval giving 5–10 ticks over `span` (1, 2 or 5 × a power of ten).
    static double niceInterval(double span);
    /// Sets a time axis to 0–`xMax` with niceInterval() ticks, whatever range and tick interval
    /// it had before (never lays out more than about ten ticks on the way).
    static void setTimeRange(QValueAxis* axis, double xMax);
    /// Time axis unit for a run length: days beyond 72 h, else hours. Returns the scale from hours.
    static double timeScale(double spanHours, QString* axisTitle);
};

} // namespace nephos::widgets
