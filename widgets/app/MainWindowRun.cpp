// MainWindow: the run flow (run, resume, step, cancel, live re-runs) and what the views show
// while and after a run goes.
#include "app/MainWindow.h"

#include "dashboard/DashboardView.h"
#include "editor/ScenarioDocument.h"
#include "explorer/DecisionExplorer.h"
#include "history/RunHistoryView.h"
#include "history/RunName.h"
#include "map/MapView.h"
#include "policy/PolicyRegistry.h"
#include "profile/ResourceProfileView.h"
#include "run/RunController.h"
#include "scenario/ScenarioValidator.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

namespace nephos::widgets {

void MainWindow::connectRun()
{
    connect(m_run, &RunController::stateChanged, this, [this](RunController::State state) {
        if (m_runState == RunController::State::Idle && state != RunController::State::Idle) {
            m_scenarioBeforeRun = m_shownScenario; // shown again if this run is not kept
            m_resultBeforeRun = m_shownResult;
        }
        m_runState = state;
        updateRunActions();
    });
    connect(m_run, &RunController::started, this, [this](double horizon) {
        m_statusLabel->setText(tr("Running %1 h…").arg(horizon));
        m_map->setDecision(nullptr); // a new run: no stepped decision to show yet
    });
    connect(m_run, &RunController::progress, this, [this](double fraction, double hours) {
        m_progress->setValue(int(fraction * 1000.0 + 0.5));
        m_progress->setFormat(tr("%1 h · %2%").arg(hours, 0, 'f', 0).arg(qRound(fraction * 100.0)));
    });
    connect(m_run, &RunController::snapshotReady, this, [this](RunResultPtr r) {
        m_explorer->setSnapshot(r); // job classes of decisions taken step by step
        showResult(m_run->runScenario(), r, false);
    });
    connect(m_run, &RunController::decisionTaken, this, [this](DecisionPtr d) {
        m_explorer->appendDecision(m_run->runScenario(), d);
        m_map->setDecision(d.get()); // the chosen region and the candidates, while stepping
        m_statusLabel->setText(
            tr("Decision for job %1 at %2 h").arg(d->job).arg(d->timeHours, 0, 'f', 3));
    });
    connect(m_run, &RunController::paused, this, [this](double hours) {
        m_statusLabel->setText(tr("Paused at %1 h").arg(hours, 0, 'f', 2));
    });
    connect(m_run, &RunController::finished, this, [this](RunResultPtr r) {
        m_map->setDecision(nullptr);
        if (r->status == RunStatus::Cancelled && !m_run->isRecording()) {
            // A cancelled step-by-step or live run is not kept: show what was there before it.
            m_statusLabel->setText(
                tr("Run cancelled at %1 h and not kept").arg(r->simulatedHours, 0, 'f', 2));
            m_progress->setValue(0);
            restoreResultBeforeRun();
            return;
        }
        // A finished live re-run can still be kept (Run ▸ Keep Live Run).
        const bool keepable = !m_run->isRecording() && r->status == RunStatus::Completed;
        m_keepScenario = keepable ? m_run->runScenario() : ScenarioPtr();
        m_keepResult = keepable ? r : RunResultPtr();
        updateRunActions();
        m_statusLabel->setText(tr("Run %1: %2 h simulated, %3 events in %4 s")
                                   .arg(statusWord(r->status))
                                   .arg(r->simulatedHours, 0, 'f', 1)
                                   .arg(QLocale().toString(qulonglong(r->events)))
                                   .arg(r->simWallSeconds, 0, 'f', 2));
        showResult(m_run->runScenario(), r, true);
    });
    connect(m_run, &RunController::failed, this, [this](const QString& message) {
        m_statusLabel->setText(tr("Run failed: %1").arg(message));
        m_progress->setValue(0);
    });
    connect(m_run, &RunController::recorded, this, [this](qint64 runId, const QString& message) {
        if (runId < 0) {
            statusBar()->showMessage(tr("Run not stored: %1").arg(message), 8000);
            return;
        }
        m_history->refresh();
        m_history->selectRuns({runId});
        statusBar()->showMessage(tr("Stored as run %1 in the run history").arg(runId), 8000);
    });
}

void MainWindow::restoreResultBeforeRun()
{
    ScenarioPtr scenario = std::move(m_scenarioBeforeRun);
    RunResultPtr result = std::move(m_resultBeforeRun);
    if (scenario && result) {
        showResult(scenario, result, false); // the explorer keeps the decisions stepped through
        return;
    }
    m_shownScenario.reset();
    m_shownResult.reset();
    m_pendingViews.clear();
    m_dashboard->clear();
    m_map->clear();
    m_profiles->clear();
    m_kpiLabel->clear();
}

void MainWindow::updateRunActions()
{
    const auto state = m_run->state();
    action(QStringLiteral("actionRun"))->setEnabled(state != RunController::State::Running);
    action(QStringLiteral("actionRun"))
        ->setText(state == RunController::State::Paused ? tr("&Resume") : tr("&Run"));
    action(QStringLiteral("actionPause"))->setEnabled(state == RunController::State::Running);
    action(QStringLiteral("actionCancel"))->setEnabled(state != RunController::State::Idle);
    action(QStringLiteral("actionKeepRun"))
        ->setEnabled(state == RunController::State::Idle && m_keepResult != nullptr);
}

void MainWindow::runScenario()
{
    if (m_run->state() == RunController::State::Paused) {
        m_run->resume();
        return;
    }
    const std::vector<std::string> policies = policyNames();
    const ScenarioProblems problems =
        ScenarioValidator::validate(m_document->scenario(), &policies);
    if (!problems.empty()) {
        m_statusLabel->setText(tr("Not run: %1").arg(problems.front().toString()));
        return;
    }
    m_progress->setValue(0);
    const Scenario& s = m_document->scenario();
    m_run->start(s, true, kFullDecisionRecords,
                 RunName::make(s, &m_document->openedScenario(), s.policy.name, s.settings.seed));
}

void MainWindow::keepLiveRun()
{
    if (!m_keepScenario || !m_keepResult)
        return;
    const Scenario& s = *m_keepScenario;
    m_run->keep(m_keepScenario, m_keepResult,
                tr("%1 (live)")
                    .arg(RunName::make(s, &m_document->openedScenario(), m_keepResult->policy,
                                       s.settings.seed)));
    m_keepScenario.reset();
    m_keepResult.reset(); // kept once
    updateRunActions();
}

QString MainWindow::statusWord(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
        return tr("completed");
    case RunStatus::Cancelled:
        return tr("cancelled");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Running:
        return tr("running");
    default:
        return tr("not started");
    }
}

void MainWindow::startLiveRun()
{
    if (!liveMode())
        return;
    const std::vector<std::string> policies = policyNames();
    if (!ScenarioValidator::validate(m_document->scenario(), &policies).empty())
        return; // the editor already lists the problems
    // Live re-runs keep the first decisions only: explaining all of them would double the
    // time from an edit to updated views. Run (F5) records the full set.
    m_run->start(m_document->scenario(), false, kLiveDecisionRecords);
}

} // namespace nephos::widgets
