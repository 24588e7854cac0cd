#pragma once

#include "map/MapMetric.h"

#include <QWidget>

#include <memory>

namespace nephos {
struct Scenario;
struct RunResult;
struct DecisionRecord;
struct WorldOutline;
} // namespace nephos

class QComboBox;
class QSlider;
class QLabel;

namespace nephos::widgets {

class MapCanvas;

/// Geographic heat map: world outline, regions as circles coloured by a metric with a legend,
/// inter-region transfer arcs (width ~ TB), hover tooltips, and a time slider over the samples.
class MapView : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    void setRun(const nephos::Scenario& scenario, const nephos::RunResult& result);
    void clear();
    void setMetric(MapMetric metric);
    MapMetric metric() const;
    /// Sample index into RunResult::series, or -1 for the totals over the whole run ("all").
    void setTimeIndex(int sample);
    int timeIndex() const;

    /// Highlights a placement decision (stepping): its candidates' regions and the chosen one;
    /// nullptr removes the highlight.
    void setDecision(const nephos::DecisionRecord* decision);
    /// Replaces the country outlines (default: the embedded world outline).
    void setOutline(const nephos::WorldOutline& outline);
    /// The painted map (without the controls): what exports render.
    MapCanvas* canvas() const;
    /// Widget position of a region's centre (-1,-1 when unknown or off-screen).
    QPointF regionPosition(const QString& regionId) const;
    /// Colour used for a region at the current metric and time.
    QColor regionColor(const QString& regionId) const;
    /// Tooltip text for a region at the current time.
    QString regionToolTip(const QString& regionId) const;

Q_SIGNALS:
    void metricChanged(nephos::widgets::MapMetric metric);
    void timeIndexChanged(int sample);

private:
    void syncControls();

    MapCanvas* m_canvas = nullptr;
    QComboBox* m_metricBox = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_timeLabel = nullptr;
};

} // namespace nephos::widgets
