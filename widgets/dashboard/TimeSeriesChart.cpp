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

void TimeSeriesChart::fill(QChart* chart, const TimeSeriesChartSpec& spec, const Scenario& scenario,
                           const MonitorSeries& series, const std::vector<Anomaly>& anomalies,
                           const QPalette& palette)
{
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* a : oldAxes) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(spec.title);

    auto* xAxis = new QValueAxis;
    auto* yAxis = new QValueAxis;
    QString xTitle;
    const double span = series.timesHours.empty() ? 0.0 : series.timesHours.back();
    const double xScale = timeScale(span, &xTitle);
    xAxis->setTitleText(xTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    ChartStyle::apply(chart, palette);
    const bool dark = ChartStyle::isDark(palette);

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
    const bool thousands = !spec.unitThousands.isEmpty() && rawMax >= 1e5;
    const double yScale = thousands ? 1e-3 : 1.0;
    yAxis->setTitleText(
        QStringLiteral("%1 (%2)").arg(spec.yTitle, thousands ? spec.unitThousands : spec.unit));

    double yMax = 0.0;
    for (int e : entities) {
        const bool total = e == series.totalEntity();
        const QString id = QString::fromStdString(series.entities[static_cast<std::size_t>(e)]);
        auto* line = new QLineSeries;
        QString name = total ? QObject::tr("Total") : id;
        if (!total)
            if (const Provider* p = scenario.findProvider(id.toStdString()); p && !p->name.empty())
                name = ChartStyle::providerLabel(id);
        line->setName(name);
        const auto pts = points(series.timesHours, series.series(spec.metric, e), xScale);
        QList<QPointF> list;
        list.reserve(qsizetype(pts.size()));
        for (const QPointF& p : pts) {
            list.append(QPointF(p.x(), p.y() * yScale));
            yMax = std::max(yMax, p.y() * yScale);
        }
        line->replace(list);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        QPen pen(total ? ChartStyle::totalColor(dark) : ChartStyle::providerColor(id, dark));
        pen.setWidthF(total ? 1.4 : 1.8);
        if (total)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
    }

    if (!anomalies.empty()) {
        auto* marks = new QScatterSeries;
        marks->setName(QObject::tr("Anomalies"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        marks->setMarkerSize(11.0);
        marks->setColor(ChartStyle::anomalyColor(dark));
        marks->setBorderColor(palette.color(QPalette::Base));
        for (const Anomaly& a : anomalies) {
            marks->append(a.timeHours * xScale, a.value * yScale);
            yMax = std::max(yMax, a.value * yScale);
        }
        chart->addSeries(marks);
        marks->attachAxis(xAxis);
        marks->attachAxis(yAxis);
    }

    const double xMax = std::max(span * xScale, 1e-6);
    xAxis->setRange(0.0, xMax);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0.0);
    xAxis->setTickInterval(niceInterval(xMax));
    xAxis->setLabelFormat(niceInterval(xMax) < 1.0 ? QStringLiteral("%.1f")
                                                   : QStringLiteral("%.0f"));
    if (spec.percent) {
        yAxis->setRange(0.0, 100.0);
    } else {
        yAxis->setRange(0.0, yMax > 0.0 ? yMax * 1.08 : 1.0);
        yAxis->applyNiceNumbers();
    }
    yAxis->setLabelFormat(yMax >= 10.0 || spec.percent ? QStringLiteral("%.0f")
                                                       : QStringLiteral("%.2g"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
}

} // namespace nephos::widgets
