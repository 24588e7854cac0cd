#include "dashboard/TimeSeriesChart.h"

#include "dashboard/ChartStyle.h"
#include "scenario/Scenario.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace nephos::widgets {

double TimeSeriesChart::niceInterval(double span)
{
    if (!(span > 0.0))
        return 1.0;
    const double raw = span / 7.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * mag >= raw)
            return m * mag;
    return 10.0 * mag;
}

double TimeSeriesChart::timeScale(double spanHours, QString* axisTitle)
{
    const bool days = spanHours > 72.0;
    if (axisTitle)
        *axisTitle = days ? QObject::tr("Time (days)") : QObject::tr("Time (h)");
    return days ? 1.0 / 24.0 : 1.0;
}

std::vector<QPointF> TimeSeriesChart::points(const std::vector<double>& timesHours,
                                             const std::vector<float>& values, double xScale,
                                             int limit)
{
    std::vector<QPointF> out;
    const std::size_t n = std::min(timesHours.size(), values.size());
    if (n == 0)
        return out;
    const std::size_t bucket = std::max<std::size_t>(1, (n + limit - 1) / std::max(1, limit));
    out.reserve(n / bucket + 1);
    for (std::size_t i = 0; i < n; i += bucket) {
        const std::size_t end = std::min(n, i + bucket);
        double t = 0.0;
        double v = 0.0;
        for (std::size_t j = i; j < end; ++j) {
            t += timesHours[j];
            v += values[j];
        }
        const double k = static_cast<double>(end - i);
        out.emplace_back(t / k * xScale, v / k);
    }
    return out;
}

PreparedChart TimeSeriesChart::prepare(const TimeSeriesChartSpec& spec, const Scenario& scenario,
                                       const MonitorSeries& series,
                                       const std::vector<Anomaly>& anomalies)
{
    PreparedChart out;
    out.title = spec.title;
    out.percent = spec.percent;
    const double span = series.timesHours.empty() ? 0.0 : series.timesHours.back();
    const double xScale = timeScale(span, &out.xTitle);

    std::vector<int> entities;
    for (int e = 0; e < series.providerCount; ++e)
        entities.push_back(e);
    if (series.entityCount() > series.providerCount + series.regionCount)
        entities.push_back(series.totalEntity());

    // Large values (cumulative cost) are shown in thousands to keep axis labels short.
    double rawMax = 0.0;
    for (int e : entities)
        for (float v : series.series(spec.metric, e))
            rawMax = std::max(rawMax, double(v));
    const bool thousands = !spec.unitThousands.isEmpty() && (spec.alwaysThousands || rawMax >= 1e5);
    const double yScale = thousands ? 1e-3 : 1.0;
    out.yTitle =
        QStringLiteral("%1 (%2)").arg(spec.yTitle, thousands ? spec.unitThousands : spec.unit);

    double yMax = 0.0;
    for (int e : entities) {
        PreparedLine line;
        line.total = e == series.totalEntity();
        const QString id = QString::fromStdString(series.entities[static_cast<std::size_t>(e)]);
        line.name = line.total ? QObject::tr("Total") : id;
        if (!line.total) {
            line.colorKey = id;
            if (const Provider* p = scenario.findProvider(id.toStdString()); p && !p->name.empty())
                line.name = ChartStyle::providerLabel(id);
        }
        const auto pts = points(series.timesHours, series.series(spec.metric, e), xScale);
        line.points.reserve(qsizetype(pts.size()));
        for (const QPointF& p : pts) {
            line.points.append(QPointF(p.x(), p.y() * yScale));
            yMax = std::max(yMax, p.y() * yScale);
        }
        out.lines.push_back(std::move(line));
    }
    for (const Anomaly& a : anomalies) {
        out.anomalies.append(QPointF(a.timeHours * xScale, a.value * yScale));
        yMax = std::max(yMax, a.value * yScale);
    }
    out.yMax = yMax;
    out.xMax = std::max(span * xScale, kMinTimeSpan);
    return out;
}

void TimeSeriesChart::apply(QChart* chart, const PreparedChart& data, const QPalette& palette)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    QList<QLineSeries*> lines;
    QScatterSeries* marks = nullptr;
    bool reusable = true;
    for (QAbstractSeries* s : chart->series()) {
        if (auto* sc = qobject_cast<QScatterSeries*>(s))
            marks = sc;
        else if (auto* l = qobject_cast<QLineSeries*>(s))
            lines << l;
        else
            reusable = false;
    }
    const auto axesX = chart->axes(Qt::Horizontal);
    const auto axesY = chart->axes(Qt::Vertical);
    reusable = reusable && lines.size() == qsizetype(data.lines.size()) &&
               (marks != nullptr) == !data.anomalies.isEmpty() && axesX.size() == 1 &&
               axesY.size() == 1 && qobject_cast<QValueAxis*>(axesX.front()) &&
               qobject_cast<QValueAxis*>(axesY.front());
    QValueAxis* xAxis = nullptr;
    QValueAxis* yAxis = nullptr;
    if (reusable) {
        xAxis = static_cast<QValueAxis*>(axesX.front());
        yAxis = static_cast<QValueAxis*>(axesY.front());
    } else {
        chart->removeAllSeries();
        const auto oldAxes = chart->axes();
        for (QAbstractAxis* a : oldAxes) {
            chart->removeAxis(a);
            delete a;
        }
        xAxis = new QValueAxis;
        yAxis = new QValueAxis;
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        lines.clear();
        marks = nullptr;
    }
    chart->setTitle(data.title);
    xAxis->setTitleText(data.xTitle);
    yAxis->setTitleText(data.yTitle);
    const bool dark = ChartStyle::isDark(palette);
    const bool themeChanged =
        !reusable || chart->theme() != (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight) ||
        chart->backgroundBrush().color() != palette.color(QPalette::Base);
    if (themeChanged)
        ChartStyle::apply(chart, palette); // before the pens: a theme change resets them

    for (std::size_t i = 0; i < data.lines.size(); ++i) {
        const PreparedLine& d = data.lines[i];
        QLineSeries* line = nullptr;
        if (reusable) {
            line = lines[qsizetype(i)];
        } else {
            line = new QLineSeries;
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
        line->setName(d.name);
        line->replace(d.points);
        QPen pen(d.total ? ChartStyle::totalColor(dark)
                         : ChartStyle::providerColor(d.colorKey, dark));
        pen.setWidthF(d.total ? 1.4 : 1.8);
        if (d.total)
            pen.setStyle(Qt::DashLine);
        if (line->pen() != pen)
            line->setPen(pen);
    }

    if (!data.anomalies.isEmpty()) {
        if (!marks) {
            marks = new QScatterSeries;
            marks->setName(QObject::tr("Anomalies"));
            marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            marks->setMarkerSize(11.0);
            chart->addSeries(marks);
            marks->attachAxis(xAxis);
            marks->attachAxis(yAxis);
        }
        marks->setColor(ChartStyle::anomalyColor(dark));
        marks->setBorderColor(palette.color(QPalette::Base));
        marks->replace(data.anomalies);
    }

    setTimeRange(xAxis, data.xMax);
    if (data.percent) {
        yAxis->setRange(0.0, 100.0);
    } else {
        yAxis->setRange(0.0, data.yMax > 0.0 ? data.yMax * 1.08 : 1.0);
        yAxis->applyNiceNumbers();
    }
    yAxis->setLabelFormat(data.yMax >= 10.0 || data.percent ? QStringLiteral("%.0f")
                                                            : QStringLiteral("%.2g"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
}

void TimeSeriesChart::setTimeRange(QValueAxis* axis, double xMax)
{
    xMax = std::max(xMax, kMinTimeSpan);
    const double interval = niceInterval(xMax);
    // Dynamic ticks are laid out as soon as the range changes: with the interval of a much
    // shorter run still set (a stepped run's 0.02 h before a 30-day run), that layout would
    // create millions of ticks and hold the UI thread for good. Switch to fixed ticks while the
    // range and the interval disagree, and only go dynamic once both fit.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0.0, xMax);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(interval);
    axis->setTickType(QValueAxis::TicksDynamic);
    const int decimals = interval >= 1.0 ? 0 : int(std::ceil(-std::log10(interval) - 1e-9));
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(std::clamp(decimals, 0, 4)));
}

void TimeSeriesChart::fill(QChart* chart, const TimeSeriesChartSpec& spec, const Scenario& scenario,
                           const MonitorSeries& series, const std::vector<Anomaly>& anomalies,
                           const QPalette& palette)
{
    apply(chart, prepare(spec, scenario, series, anomalies), palette);
}

} // namespace nephos::widgets
