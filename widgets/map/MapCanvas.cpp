#include "map/MapCanvas.h"

#include "dashboard/ChartStyle.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"
#include "theme/ToolbarIcons.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nephos::widgets {

namespace {

constexpr double kLatTop = 78.0;
constexpr double kLatBottom = -58.0;
constexpr double kRadius = 8.0;

const QColor kStops[] = {QColor(0x2c, 0x7b, 0xb6), QColor(0x8c, 0xc8, 0xe0),
                         QColor(0xff, 0xf3, 0xa8), QColor(0xfd, 0xae, 0x61),
                         QColor(0xd7, 0x19, 0x1c)};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    return mix(kStops[i], kStops[i + 1], t - i);
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

struct MapCanvas::RegionData
{
    QString id;
    QString name;
    QString provider;
    double lat = 0.0;
    double lon = 0.0;
    bool enabled = true;
    double carbon = 0.0;
    double pue = 1.0;
    UsageTotals totals;
    bool hasTotals = false;
    std::vector<float> cpu, mem, gpu, queue, costRate, power;
};

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setMouseTracking(true);
    setAutoFillBackground(false);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setOutline(const QList<QPolygonF>& rings)
{
    m_outline = rings;
    update();
}

void MapCanvas::setRun(const Scenario& scenario, const RunResult& result)
{
    m_regions.clear();
    m_arcs.clear();
    const MonitorSeries& s = result.series;
    m_times = s.timesHours;
    for (std::size_t r = 0; r < scenario.regions.size(); ++r) {
        const Region& reg = scenario.regions[r];
        RegionData d;
        d.id = QString::fromStdString(reg.id);
        d.name = QString::fromStdString(reg.name.empty() ? reg.id : reg.name);
        d.provider = QString::fromStdString(reg.provider);
        d.lat = reg.latitude;
        d.lon = reg.longitude;
        d.enabled = reg.enabled;
        d.carbon = reg.carbonKgPerKwh;
        d.pue = reg.pue;
        if (r < result.regions.size()) {
            d.totals = result.regions[r];
            d.hasTotals = true;
        }
        const int e = s.entityIndex(reg.id);
        if (e >= 0 && !s.timesHours.empty()) {
            d.cpu = s.series(SeriesMetric::CpuUtilPct, e);
            d.mem = s.series(SeriesMetric::MemUtilPct, e);
            d.gpu = s.series(SeriesMetric::GpuUtilPct, e);
            d.queue = s.series(SeriesMetric::QueueLength, e);
            d.costRate = s.series(SeriesMetric::CostRateUsdPerHour, e);
            d.power = s.series(SeriesMetric::PowerKw, e);
        }
        m_regions.push_back(std::move(d));
    }
    for (const TransferTotals& t : result.transfers) {
        Arc a{regionIndex(QString::fromStdString(t.src)),
              regionIndex(QString::fromStdString(t.dst)), t.terabytes};
        if (a.src >= 0 && a.dst >= 0 && a.src != a.dst && a.terabytes > 0.0)
            m_arcs.push_back(a);
    }
    if (m_sample >= sampleCount())
        m_sample = -1;
    computeRange();
    update();
}

void MapCanvas::setDecisionHighlight(const QList<int>& candidates, int chosen, const QString& label)
{
    m_candidateRegions = candidates;
    m_chosenRegion = chosen;
    m_decisionLabel = label;
    update();
}

void MapCanvas::clear()
{
    m_candidateRegions.clear();
    m_chosenRegion = -1;
    m_regions.clear();
    m_arcs.clear();
    m_times.clear();
    m_sample = -1;
    computeRange();
    update();
}

void MapCanvas::setMetric(MapMetric metric)
{
    m_metric = metric;
    computeRange();
    update();
}

void MapCanvas::setTimeIndex(int sample)
{
    m_sample = (sample < 0 || sample >= sampleCount()) ? -1 : sample;
    computeRange();
    update();
}

int MapCanvas::sampleCount() const
{
    return int(m_times.size());
}

double MapCanvas::sampleTimeHours(int sample) const
{
    return sample >= 0 && sample < sampleCount() ? m_times[std::size_t(sample)] : -1.0;
}

double MapCanvas::regionValue(int region) const
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (region < 0 || region >= int(m_regions.size()))
        return nan;
    const RegionData& d = m_regions[std::size_t(region)];
    if (m_metric == MapMetric::CarbonIntensity)
        return d.carbon;
    if (m_sample < 0) {
        if (!d.hasTotals)
            return nan;
        switch (m_metric) {
        case MapMetric::Utilisation:
            return d.totals.avgCpuUtilPct;
        case MapMetric::Cost:
            return d.totals.costUsd;
        case MapMetric::Queue:
            return d.totals.avgQueueLength;
        default:
            return nan;
        }
    }
    const std::size_t i = std::size_t(m_sample);
    const std::vector<float>* v = nullptr;
    switch (m_metric) {
    case MapMetric::Utilisation:
        v = &d.cpu;
        break;
    case MapMetric::Cost:
        v = &d.costRate;
        break;
    case MapMetric::Queue:
        v = &d.queue;
        break;
    default:
        break;
    }
    return v && i < v->size() ? double((*v)[i]) : nan;
}

void MapCanvas::computeRange()
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    auto take = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    if (m_metric == MapMetric::Utilisation) {
        lo = 0.0;
        hi = 100.0;
    } else if (m_metric == MapMetric::CarbonIntensity || m_sample < 0) {
        for (int r = 0; r < int(m_regions.size()); ++r)
            take(regionValue(r));
    } else {
        // Over every sample, so that colours compare along the time slider.
        for (const RegionData& d : m_regions)
            for (float v : (m_metric == MapMetric::Cost ? d.costRate : d.queue))
                take(v);
    }
    if (!std::isfinite(lo)) {
        lo = 0.0;
        hi = 1.0;
    }
    if (m_metric != MapMetric::CarbonIntensity)
        lo = std::min(lo, 0.0);
    if (hi - lo < 1e-9)
        hi = lo + 1.0;
    m_rangeMin = lo;
    m_rangeMax = hi;
}

QColor MapCanvas::colorFor(double value) const
{
    if (!std::isfinite(value))
        return QColor(0x90, 0x90, 0x90);
    return ramp((value - m_rangeMin) / (m_rangeMax - m_rangeMin));
}

QColor MapCanvas::regionColor(int region) const
{
    if (region < 0 || region >= int(m_regions.size()))
        return QColor();
    if (!m_regions[std::size_t(region)].enabled)
        return QColor(0x90, 0x90, 0x90);
    return colorFor(regionValue(region));
}

QRectF MapCanvas::mapRect() const
{
    // Keep the equirectangular aspect (360° × (top − bottom)°) inside the widget.
    const double aspect = 360.0 / (kLatTop - kLatBottom);
    QRectF area = QRectF(rect()).adjusted(8, 30, -8, -56);
    double w = area.width();
    double h = w / aspect;
    if (h > area.height()) {
        h = area.height();
        w = h * aspect;
    }
    QRectF r(0, 0, w * m_zoom, h * m_zoom);
    r.moveCenter(area.center() + m_pan);
    return r;
}

QPointF MapCanvas::project(double lon, double lat) const
{
    const QRectF r = mapRect();
    return QPointF(r.left() + (lon + 180.0) / 360.0 * r.width(),
                   r.top() + (kLatTop - lat) / (kLatTop - kLatBottom) * r.height());
}

QPointF MapCanvas::regionPosition(int region) const
{
    if (region < 0 || region >= int(m_regions.size()))
        return QPointF(-1, -1);
    // Regions closer than a circle's diameter (e.g. three clouds in Singapore) are spread evenly
    // on a small ring around their common centre so that each stays visible and hoverable.
    const QPointF own =
        project(m_regions[std::size_t(region)].lon, m_regions[std::size_t(region)].lat);
    std::vector<QPointF> base;
    base.reserve(m_regions.size());
    for (const RegionData& d : m_regions)
        base.push_back(project(d.lon, d.lat));
    std::vector<int> cluster{region}; // single linkage: grows while a neighbour is close
    for (std::size_t i = 0; i < cluster.size(); ++i) {
        for (int r = 0; r < int(m_regions.size()); ++r) {
            const QPointF delta = base[std::size_t(r)] - base[std::size_t(cluster[i])];
            if (std::hypot(delta.x(), delta.y()) < 2.0 * kRadius &&
                std::find(cluster.begin(), cluster.end(), r) == cluster.end())
                cluster.push_back(r);
        }
    }
    std::sort(cluster.begin(), cluster.end());
    QPointF centre;
    for (int r : cluster)
        centre += base[std::size_t(r)];
    if (cluster.size() < 2)
        return own;
    centre /= double(cluster.size());
    const auto k = std::find(cluster.begin(), cluster.end(), region) - cluster.begin();
    const double angle = -M_PI / 2.0 + 2.0 * M_PI * double(k) / double(cluster.size());
    const double spread = kRadius * (cluster.size() == 2 ? 1.05 : 1.25);
    return centre + QPointF(std::cos(angle), std::sin(angle)) * spread;
}

int MapCanvas::regionIndex(const QString& id) const
{
    for (int r = 0; r < int(m_regions.size()); ++r)
        if (m_regions[std::size_t(r)].id == id)
            return r;
    return -1;
}

int MapCanvas::regionAt(const QPointF& pos) const
{
    int best = -1;
    double bestDist = (kRadius + 3) * (kRadius + 3);
    for (int r = 0; r < int(m_regions.size()); ++r) {
        const QPointF d = regionPosition(r) - pos;
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist <= bestDist) {
            bestDist = dist;
            best = r;
        }
    }
    return best;
}

QString MapCanvas::regionToolTip(int region) const
{
    if (region < 0 || region >= int(m_regions.size()))
        return QString();
    const RegionData& d = m_regions[std::size_t(region)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(d.name.toHtmlEscaped(), d.id.toHtmlEscaped());
    if (!d.enabled)
        lines << tr("disabled in this scenario");
    const std::size_t i = std::size_t(m_sample);
    if (m_sample >= 0 && i < d.cpu.size()) {
        lines << tr("At %1 h:").arg(number(sampleTimeHours(m_sample), 1));
        lines << tr("Utilisation: CPU %1 %, memory %2 %, GPU %3 %")
                     .arg(number(d.cpu[i], 1), number(d.mem[i], 1), number(d.gpu[i], 1));
        lines << tr("Cost rate: $%1/h").arg(number(d.costRate[i], 2));
        lines << tr("Queue: %1 jobs").arg(number(d.queue[i], 0));
        lines << tr("Power: %1 kW").arg(number(d.power[i], 1));
    } else if (d.hasTotals) {
        const UsageTotals& t = d.totals;
        lines << tr("Over the run:");
        lines << tr("Utilisation: CPU %1 %, memory %2 %, GPU %3 %")
                     .arg(number(t.avgCpuUtilPct, 1), number(t.avgMemUtilPct, 1),
                          number(t.avgGpuUtilPct, 1));
        lines << tr("Cost: $%1").arg(number(t.costUsd, 2));
        lines << tr("Queue: %1 jobs on average").arg(number(t.avgQueueLength, 2));
        lines << tr("Energy: %1 kWh, carbon %2 kg CO2e")
                     .arg(number(t.energyKwh, 1), number(t.carbonKg, 1));
        lines << tr("VM-hours: %1, jobs completed: %2")
                     .arg(number(t.vmHours, 1))
                     .arg(t.jobsCompleted);
    }
    lines << tr("Carbon intensity: %1 kg CO2e/kWh, PUE %2")
                 .arg(number(d.carbon, 3), number(d.pue, 2));
    return lines.join(QStringLiteral("<br>"));
}

void MapCanvas::resetView()
{
    m_zoom = 1.0;
    m_pan = QPointF();
    update();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = ChartStyle::isDark(pal);
    p.fillRect(rect(), pal.color(QPalette::Window));
    const QRectF map = mapRect();
    p.save();
    p.setClipRect(map.intersected(QRectF(rect()).adjusted(0, 26, 0, -52)));
    p.fillRect(map, dark ? QColor(0x1b, 0x26, 0x33) : QColor(0xdc, 0xea, 0xf5));

    // Land.
    const QColor land = dark ? QColor(0x3a, 0x40, 0x48) : QColor(0xf4, 0xf1, 0xea);
    const QColor coast = dark ? QColor(0x60, 0x68, 0x72) : QColor(0xa0, 0xa4, 0xa8);
    p.setPen(QPen(coast, 0.7));
    p.setBrush(land);
    for (const QPolygonF& ring : m_outline) {
        QPolygonF poly;
        poly.reserve(ring.size());
        for (const QPointF& pt : ring)
            poly << project(pt.x(), pt.y());
        p.drawPolygon(poly);
    }

    // Transfer arcs.
    double maxTb = 0.0;
    for (const Arc& a : m_arcs)
        maxTb = std::max(maxTb, a.terabytes);
    QColor arcColor = dark ? QColor(0xe0, 0xc0, 0xff) : QColor(0x6a, 0x1b, 0x9a);
    arcColor.setAlpha(150);
    p.setBrush(Qt::NoBrush);
    for (const Arc& a : m_arcs) {
        const QPointF s = regionPosition(a.src);
        const QPointF t = regionPosition(a.dst);
        const QPointF mid = (s + t) / 2.0;
        const QPointF d = t - s;
        const QPointF ctrl = mid + QPointF(d.y(), -d.x()) * 0.18;
        QPainterPath path(s);
        path.quadTo(ctrl, t);
        const double w = 0.8 + 6.0 * std::sqrt(a.terabytes / std::max(maxTb, 1e-12));
        p.setPen(QPen(arcColor, w, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(path);
    }

    // Regions.
    // The fill shows the metric; the ring shows the provider.
    for (int r = 0; r < int(m_regions.size()); ++r) {
        p.setPen(QPen(ChartStyle::providerColor(m_regions[std::size_t(r)].provider, dark), 2.4));
        p.setBrush(regionColor(r));
        p.drawEllipse(regionPosition(r), kRadius, kRadius);
    }
    // The decision being stepped: candidates ringed, the chosen region ringed boldly.
    const QColor text = pal.color(QPalette::WindowText);
    p.setBrush(Qt::NoBrush);
    for (int r : m_candidateRegions) {
        if (r < 0 || r >= int(m_regions.size()) || r == m_chosenRegion)
            continue;
        p.setPen(QPen(text, 1.6, Qt::DashLine));
        p.drawEllipse(regionPosition(r), kRadius + 5, kRadius + 5);
    }
    if (m_chosenRegion >= 0 && m_chosenRegion < int(m_regions.size())) {
        const QColor accent = ToolbarIcons::accent(pal);
        p.setPen(QPen(accent, 3.5));
        p.drawEllipse(regionPosition(m_chosenRegion), kRadius + 6, kRadius + 6);
        p.setPen(accent);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QPointF at = regionPosition(m_chosenRegion) + QPointF(kRadius + 10, -kRadius - 4);
        p.drawText(at, m_decisionLabel);
        p.setFont(font());
    }
    p.restore();

    // Cover whatever lies outside the visible map: not every paint device clips (SVG does not).
    const QRectF visible = map.intersected(QRectF(rect()).adjusted(0, 26, 0, -52));
    QPainterPath outside;
    outside.addRect(QRectF(rect()));
    QPainterPath inside;
    inside.addRect(visible);
    p.fillPath(outside.subtracted(inside), pal.color(QPalette::Window));

    // Title.
    p.setPen(pal.color(QPalette::WindowText));
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    const QString when =
        m_sample < 0 ? tr("whole run") : tr("at %1 h").arg(number(sampleTimeHours(m_sample), 1));
    p.drawText(QRectF(10, 4, width() - 20, 22), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 — %2").arg(mapMetricLabel(m_metric, m_sample >= 0), when));
    p.setFont(font());
    if (m_regions.empty())
        p.drawText(rect(), Qt::AlignCenter, tr("No run yet"));
    paintLegend(p);
}

void MapCanvas::paintLegend(QPainter& p) const
{
    const QPalette pal = palette();
    const QRectF bar(12, height() - 52, std::min(260.0, width() * 0.4), 12);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    for (int i = 0; i < 5; ++i)
        g.setColorAt(i / 4.0, kStops[i]);
    p.setPen(QPen(pal.color(QPalette::WindowText), 0.8));
    p.setBrush(g);
    p.drawRect(bar);
    const int decimals = m_metric == MapMetric::CarbonIntensity ? 3 : (m_rangeMax < 10 ? 2 : 0);
    const QRectF labels(bar.left(), bar.bottom() + 1, bar.width(), 16);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, number(m_rangeMin, decimals));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, number(m_rangeMax, decimals));
    p.drawText(QRectF(bar.right() + 10, bar.top() - 4, width() - bar.right() - 20, 20),
               Qt::AlignLeft | Qt::AlignVCenter, mapMetricLabel(m_metric, m_sample >= 0));
    // Provider rings.
    QStringList providers;
    for (const RegionData& d : m_regions)
        if (!providers.contains(d.provider))
            providers << d.provider;
    double x = width() - 12.0;
    for (auto it = providers.crbegin(); it != providers.crend(); ++it) {
        const QString label = ChartStyle::providerLabel(*it);
        const double w = fontMetrics().horizontalAdvance(label);
        x -= w;
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x, bar.top() - 4, w + 2, 20), Qt::AlignLeft | Qt::AlignVCenter, label);
        x -= 14.0;
        p.setPen(QPen(ChartStyle::providerColor(*it, ChartStyle::isDark(pal)), 2.4));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(x + 5.0, bar.center().y()), 5.0, 5.0);
        x -= 14.0;
    }
    p.setPen(QPen(pal.color(QPalette::WindowText), 0.8));
    if (!m_arcs.empty())
        p.drawText(QRectF(bar.right() + 10, bar.top() + 16, width() - bar.right() - 20, 34),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, arcSummary());
}

double MapCanvas::arcTotalTb(bool betweenProvidersOnly) const
{
    double sum = 0.0;
    for (const Arc& a : m_arcs)
        if (!betweenProvidersOnly ||
            m_regions[std::size_t(a.src)].provider != m_regions[std::size_t(a.dst)].provider)
            sum += a.terabytes;
    return sum;
}

QString MapCanvas::arcSummary() const
{
    if (m_arcs.empty())
        return {};
    double maxTb = 0.0;
    for (const Arc& a : m_arcs)
        maxTb = std::max(maxTb, a.terabytes);
    // The dashboard's "Data moved between providers" counts only the second figure: say so.
    return tr("Arcs: %1 TB moved between regions (largest arc %2 TB): %3 TB between providers, "
              "%4 TB between regions of one provider")
        .arg(number(arcTotalTb(false), 2), number(maxTb, 2), number(arcTotalTb(true), 2),
             number(arcTotalTb(false) - arcTotalTb(true), 2));
}

bool MapCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int r = regionAt(help->pos());
        if (r >= 0)
            QToolTip::showText(help->globalPos(), regionToolTip(r), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    const double zoom = std::clamp(m_zoom * factor, 1.0, 12.0);
    // Keep the point under the cursor fixed.
    const QPointF c = QRectF(rect()).adjusted(8, 30, -8, -56).center();
    const QPointF cursor = event->position();
    m_pan = cursor - (cursor - (c + m_pan)) * (zoom / m_zoom) - c;
    m_zoom = zoom;
    if (m_zoom == 1.0)
        m_pan = QPointF();
    update();
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragStart = event->position() - m_pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging && m_zoom > 1.0) {
        m_pan = event->position() - m_dragStart;
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
    unsetCursor();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent*)
{
    resetView();
}

} // namespace nephos::widgets
