#include "map/MapView.h"

#include "export/ExportDialog.h"
#include "map/MapCanvas.h"
#include "map/WorldOutlineRings.h"
#include "sim/RunResult.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace nephos::widgets {

MapView::MapView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    m_canvas = new MapCanvas(this);
    m_canvas->setOutline(worldOutlineRings());

    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("mapMetric"));
    m_metricBox->addItem(tr("Utilisation"), int(MapMetric::Utilisation));
    m_metricBox->addItem(tr("Cost"), int(MapMetric::Cost));
    m_metricBox->addItem(tr("Carbon intensity"), int(MapMetric::CarbonIntensity));
    m_metricBox->addItem(tr("Queue"), int(MapMetric::Queue));

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("mapTime"));
    m_slider->setToolTip(tr("Time: leftmost is the whole run, then each monitoring sample"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setMinimumWidth(110);
    auto* reset = new QPushButton(tr("Reset view"), this);
    reset->setToolTip(tr("Undo zoom (mouse wheel) and pan (drag); double-click also resets"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Colour by:"), this));
    controls->addWidget(m_metricBox);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Time:"), this));
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_timeLabel);
    controls->addWidget(reset);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);

    connect(m_metricBox, &QComboBox::currentIndexChanged, this,
            [this](int) { setMetric(static_cast<MapMetric>(m_metricBox->currentData().toInt())); });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setTimeIndex(v); });
    connect(reset, &QPushButton::clicked, m_canvas, &MapCanvas::resetView);
    m_canvas->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* exportAction = new QAction(tr("Export map…"), m_canvas);
    exportAction->setObjectName(QStringLiteral("exportMap"));
    connect(exportAction, &QAction::triggered, this,
            [this]() { ExportDialog::run(m_canvas, QStringLiteral("map"), window()); });
    m_canvas->addAction(exportAction);
    syncControls();
}

MapView::~MapView() = default;

void MapView::setRun(const nephos::Scenario& scenario, const nephos::RunResult& result)
{
    m_canvas->setRun(scenario, result);
    syncControls();
}

void MapView::clear()
{
    m_canvas->clear();
    syncControls();
}

void MapView::setMetric(MapMetric metric)
{
    if (metric == m_canvas->metric())
        return;
    m_canvas->setMetric(metric);
    syncControls();
    Q_EMIT metricChanged(metric);
}

MapMetric MapView::metric() const
{
    return m_canvas->metric();
}

void MapView::setTimeIndex(int sample)
{
    const int before = m_canvas->timeIndex();
    m_canvas->setTimeIndex(sample);
    syncControls();
    if (m_canvas->timeIndex() != before)
        Q_EMIT timeIndexChanged(m_canvas->timeIndex());
}

int MapView::timeIndex() const
{
    return m_canvas->timeIndex();
}

void MapView::setOutline(const nephos::WorldOutline& outline)
{
    m_canvas->setOutline(worldOutlineRings(outline));
}

MapCanvas* MapView::canvas() const
{
    return m_canvas;
}

void MapView::setDecision(const DecisionRecord* decision)
{
    if (!decision) {
        m_canvas->setDecisionHighlight({}, -1, QString());
        return;
    }
    QList<int> candidates;
    for (const CandidateRecord& c : decision->candidates)
        if (c.region >= 0 && !candidates.contains(c.region))
            candidates << c.region;
    const int chosen = decision->chosen >= 0 && decision->chosen < int(decision->candidates.size())
                           ? decision->candidates[std::size_t(decision->chosen)].region
                           : -1;
    m_canvas->setDecisionHighlight(candidates, chosen, tr("job %1 goes here").arg(decision->job));
}

QPointF MapView::regionPosition(const QString& regionId) const
{
    const int r = m_canvas->regionIndex(regionId);
    if (r < 0)
        return QPointF(-1, -1);
    return m_canvas->mapTo(this, m_canvas->regionPosition(r).toPoint());
}

QColor MapView::regionColor(const QString& regionId) const
{
    return m_canvas->regionColor(m_canvas->regionIndex(regionId));
}

QString MapView::regionToolTip(const QString& regionId) const
{
    return m_canvas->regionToolTip(m_canvas->regionIndex(regionId));
}

void MapView::syncControls()
{
    const QSignalBlocker b1(m_metricBox);
    const QSignalBlocker b2(m_slider);
    m_metricBox->setCurrentIndex(m_metricBox->findData(int(m_canvas->metric())));
    m_slider->setRange(-1, std::max(-1, m_canvas->sampleCount() - 1));
    m_slider->setValue(m_canvas->timeIndex());
    m_slider->setEnabled(m_canvas->sampleCount() > 0);
    m_timeLabel->setText(m_canvas->timeIndex() < 0
                             ? tr("whole run")
                             : tr("%1 h").arg(QLocale().toString(
                                   m_canvas->sampleTimeHours(m_canvas->timeIndex()), 'f', 1)));
}

} // namespace nephos::widgets
