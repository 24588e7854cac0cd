#pragma once

#include "map/MapMetric.h"

#include <QList>
#include <QPolygonF>
#include <QWidget>

#include <vector>

namespace nephos {
struct Scenario;
struct RunResult;
} // namespace nephos

namespace nephos::widgets {

/// The painted part of the heat map: equirectangular projection of the world outline, regions as
/// circles coloured by a metric, transfer arcs, legend, hover tooltips, wheel zoom and drag pan.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /// Country outlines as rings of (longitude, latitude) points.
    void setOutline(const QList<QPolygonF>& rings);
    void setRun(const nephos::Scenario& scenario, const nephos::RunResult& result);
    void clear();
    void setMetric(MapMetric metric);
    MapMetric metric() const { return m_metric; }
    /// -1: totals over the run; otherwise a monitoring sample index.
    void setTimeIndex(int sample);
    int timeIndex() const { return m_sample; }
    int sampleCount() const;
    double sampleTimeHours(int sample) const;

    /// Metric value of a region at the current time; NaN when unknown.
    double regionValue(int region) const;
    QColor regionColor(int region) const;
    QString regionToolTip(int region) const;
    /// Widget position of a region's centre.
    QPointF regionPosition(int region) const;
    int regionIndex(const QString& id) const;
    /// Terabytes the arcs carry over the whole run: between any two regions, or only between
    /// regions of different providers (the dashboard's "Data moved between providers").
    double arcTotalTb(bool betweenProvidersOnly) const;
    /// The legend line about the arcs (empty without arcs).
    QString arcSummary() const;
    /// Region under a widget position, -1 when none.
    int regionAt(const QPointF& pos) const;
    /// Marks a placement decision: `candidates` (region indices) ringed, `chosen` (-1: none)
    /// ringed boldly and labelled with `label`. Empty list and -1 remove the marks.
    void setDecisionHighlight(const QList<int>& candidates, int chosen, const QString& label);
    QList<int> candidateRegions() const { return m_candidateRegions; }
    int chosenRegion() const { return m_chosenRegion; }
    /// Resets zoom and pan.
    void resetView();

    QSize sizeHint() const override { return QSize(900, 480); }
    QSize minimumSizeHint() const override { return QSize(320, 180); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct RegionData;
    QRectF mapRect() const;
    QPointF project(double lon, double lat) const;
    void computeRange();
    QColor colorFor(double value) const;
    void paintLegend(QPainter& p) const;

    QList<QPolygonF> m_outline;
    std::vector<RegionData> m_regions;
    struct Arc
    {
        int src = -1;
        int dst = -1;
        double terabytes = 0.0;
    };
    std::vector<Arc> m_arcs;
    std::vector<double> m_times;
    MapMetric m_metric = MapMetric::Utilisation;
    int m_sample = -1;
    double m_rangeMin = 0.0;
    double m_rangeMax = 1.0;
    double m_zoom = 1.0;
    QPointF m_pan;
    QPointF m_dragStart;
    bool m_dragging = false;
    QString m_timeText;
    QList<int> m_candidateRegions; ///< the stepped decision's candidates
    int m_chosenRegion = -1;
    QString m_decisionLabel;
};

} // namespace nephos::widgets
