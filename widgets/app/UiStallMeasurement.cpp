#include "app/UiStallMeasurement.h"

#include "app/MainWindow.h"
#include "app/RunFlowScript.h"
#include "app/UiStallProbe.h"
#include "editor/ScenarioDocument.h"
#include "run/RunController.h"

#include <QTimer>

namespace nephos::widgets {

namespace {
constexpr int kViewDwellMs = 600; ///< time given to each view to fill and paint
constexpr int kSettleMs = 500;    ///< time for the window's first layout and paint
} // namespace

UiStallMeasurement::UiStallMeasurement(MainWindow* window, double hoursPerSecond, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_speed(hoursPerSecond)
    , m_probe(new UiStallProbe(5, this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { finish(3, tr("timed out waiting for the run to finish")); });
}

void UiStallMeasurement::start(int timeoutMs)
{
    RunController* run = m_window->runController();
    connect(run, &RunController::failed, this,
            [this](const QString& message) { finish(1, tr("run failed: %1").arg(message)); });
    connect(m_window, &MainWindow::resultShown, this, [this, run] {
        if (run->state() != RunController::State::Idle || m_watched)
            return; // a snapshot (wait for the final result), or a result of the flows
        m_watched = true;
        m_views = MainWindow::viewNames();
        QTimer::singleShot(kViewDwellMs, this, &UiStallMeasurement::visitNextView);
    });
    m_timeout->start(timeoutMs);
    m_window->showView(QStringLiteral("dashboard"));
    // The window's first layout and paint are start-up, not part of watching a run.
    QTimer::singleShot(kSettleMs, this, [this, run] {
        run->setSpeed(m_speed);
        m_probe->start();
        run->start(m_window->document()->scenario(), false);
    });
}

void UiStallMeasurement::visitNextView()
{
    if (m_done)
        return;
    if (m_views.isEmpty()) {
        m_probe->stop(); // the flows are measured each on their own
        runNextFlow();
        return;
    }
    m_window->showView(m_views.takeFirst());
    QTimer::singleShot(kViewDwellMs, this, &UiStallMeasurement::visitNextView);
}

void UiStallMeasurement::runNextFlow()
{
    const QList<RunFlowScript::Flow> flows = RunFlowScript::allFlows();
    if (m_done)
        return;
    if (m_nextFlow >= flows.size()) {
        finish(0, QString());
        return;
    }
    const RunFlowScript::Flow flow = flows[m_nextFlow++];
    m_window->runController()->setSpeed(0.0); // the flows' full runs go as fast as possible
    auto* probe = new UiStallProbe(5, this);
    auto* script = new RunFlowScript(m_window, flow, this);
    connect(script, &RunFlowScript::done, this,
            [this, probe, script, flow](bool ok, const QString& message) {
                probe->stop();
                m_flowStalls.insert(RunFlowScript::key(flow), probe->maxStallMs());
                probe->deleteLater();
                script->deleteLater();
                if (!ok) {
                    finish(1, message);
                    return;
                }
                QTimer::singleShot(kViewDwellMs, this, &UiStallMeasurement::runNextFlow);
            });
    probe->start();
    script->start();
}

void UiStallMeasurement::finish(int exitCode, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_probe->stop();
    m_timeout->stop();
    m_report = QJsonObject{
        {QStringLiteral("samples"), m_probe->samples()},
        {QStringLiteral("max_stall_ms"), m_probe->maxStallMs()},
        {QStringLiteral("p50_stall_ms"), m_probe->percentileStallMs(50.0)},
        {QStringLiteral("p99_stall_ms"), m_probe->percentileStallMs(99.0)},
        {QStringLiteral("stalls_over_50ms"), m_probe->stallsOver(50.0)},
        {QStringLiteral("speed_hours_per_second"), m_speed},
        {QStringLiteral("views_visited"), QJsonValue::fromVariant(MainWindow::viewNames())},
        {QStringLiteral("flows"), m_flowStalls},
    };
    Q_EMIT done(exitCode, message);
}

} // namespace nephos::widgets
