#include "app/RunFlowScript.h"

#include "app/MainWindow.h"
#include "dashboard/DashboardView.h"
#include "history/RunHistoryModel.h"
#include "history/RunHistoryView.h"
#include "run/RunController.h"

#include <QAction>
#include <QTimer>

namespace nephos::widgets {

namespace {
constexpr int kPollMs = 5;
} // namespace

RunFlowScript::RunFlowScript(MainWindow* window, Flow flow, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_flow(flow)
    , m_poll(new QTimer(this))
    , m_timeout(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_condition || !m_condition())
            return;
        m_poll->stop();
        m_condition = {};
        auto next = std::move(m_next);
        m_next = {};
        next();
    });
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { finish(false, tr("%1 did not finish in time").arg(key(m_flow))); });
}

QList<RunFlowScript::Flow> RunFlowScript::allFlows()
{
    return {Flow::StepThenResume, Flow::StepCancelRun, Flow::StepCancelOpenStored};
}

QString RunFlowScript::key(Flow flow)
{
    switch (flow) {
    case Flow::StepThenResume:
        return QStringLiteral("step_then_resume");
    case Flow::StepCancelRun:
        return QStringLiteral("step_cancel_run");
    case Flow::StepCancelOpenStored:
        return QStringLiteral("step_cancel_open_stored");
    }
    return {};
}

void RunFlowScript::start(int steps, int timeoutMs)
{
    m_stepsLeft = std::max(1, steps);
    connect(m_window->runController(), &RunController::failed, this,
            [this](const QString& message) { finish(false, message); });
    m_timeout->start(timeoutMs);
    m_window->showView(QStringLiteral("dashboard"));
    step();
}

void RunFlowScript::step()
{
    if (m_stepsLeft == 0) {
        afterSteps();
        return;
    }
    --m_stepsLeft;
    RunController* run = m_window->runController();
    const RunResultPtr before = run->lastResult();
    m_window->action(QStringLiteral("actionStep"))->trigger();
    // Each step shows its snapshot; the next step follows once the dashboard has drawn it.
    waitFor(
        [this, run, before] {
            if (run->state() != RunController::State::Paused || run->lastResult() == before)
                return false;
            m_expected = run->lastResult();
            return dashboardShowsExpected();
        },
        [this] { step(); });
}

void RunFlowScript::afterSteps()
{
    RunController* run = m_window->runController();
    auto completed = [this, run] {
        if (run->state() != RunController::State::Idle || !run->lastResult())
            return false;
        m_expected = run->lastResult();
        return true;
    };
    auto shown = [this] { return dashboardShowsExpected(); };
    auto ok = [this] { finish(true, QString()); };
    auto idle = [run] { return run->state() == RunController::State::Idle; };

    switch (m_flow) {
    case Flow::StepThenResume:
        m_window->action(QStringLiteral("actionRun"))->trigger(); // "Resume" while paused
        waitFor(completed, [this, shown, ok] { waitFor(shown, ok); });
        break;
    case Flow::StepCancelRun:
        m_window->action(QStringLiteral("actionCancel"))->trigger();
        waitFor(idle, [this, completed, shown, ok] {
            m_window->action(QStringLiteral("actionRun"))->trigger();
            waitFor(completed, [this, shown, ok] { waitFor(shown, ok); });
        });
        break;
    case Flow::StepCancelOpenStored:
        m_window->action(QStringLiteral("actionCancel"))->trigger();
        waitFor(idle, [this, shown, ok] {
            RunHistoryView* history = m_window->history();
            history->refresh();
            const StoredRun* newest = history->model()->run(0);
            if (!newest) {
                finish(false, tr("no stored run to open"));
                return;
            }
            history->selectRuns({newest->id});
            if (!history->openSelected()) {
                finish(false, tr("stored run %1 could not be opened").arg(newest->id));
                return;
            }
            m_expected = m_window->shownResult();
            waitFor(shown, ok);
        });
        break;
    }
}

void RunFlowScript::waitFor(std::function<bool()> condition, std::function<void()> next)
{
    m_condition = std::move(condition);
    m_next = std::move(next);
    m_poll->start();
}

bool RunFlowScript::dashboardShowsExpected() const
{
    const DashboardView* dashboard = m_window->dashboard();
    return m_expected && m_window->shownResult() == m_expected && !dashboard->isUpdating() &&
           dashboard->shownResult() == m_expected;
}

void RunFlowScript::finish(bool ok, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    m_timeout->stop();
    Q_EMIT done(ok, message);
}

} // namespace nephos::widgets
