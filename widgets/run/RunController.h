#pragma once

#include "run/RunTypes.h"

#include <QObject>

#include <memory>

class QThread;

namespace nephos::widgets {

class RunWorker;

/// UI-thread front of the run thread: starts, pauses, steps and cancels simulations that run in
/// a RunWorker on its own QThread, and re-emits the current run's signals (stale runs dropped).
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused };
    Q_ENUM(State)

    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    State state() const { return m_state; }
    /// Scenario of the current (or last) run, and its last result or snapshot.
    ScenarioPtr runScenario() const { return m_scenario; }
    RunResultPtr lastResult() const { return m_lastResult; }
    double progressFraction() const { return m_fraction; }
    /// True when the current (or last) run is written to the run store when it ends: a Run, not a
    /// step-by-step session or a live re-run.
    bool isRecording() const { return m_record; }

    /// Simulated hours per wall-clock second; <= 0: as fast as possible.
    void setSpeed(double hoursPerSecond);
    double speed() const;
    /// Run store that runs started with record = true are written to (empty: none).
    void setStorePath(const QString& path);

public Q_SLOTS:
    /// Starts a run of `scenario`, cancelling any run in progress (its results are dropped).
    /// With `record`, the run is written to the run store when it ends.
    /// `maxDecisionRecords`: how many placement decisions are kept for the decision explorer;
    /// explaining them is a large part of a run's time, so quick re-runs keep fewer.
    /// `name`: what the stored run is called (empty: no name).
    void start(const nephos::Scenario& scenario, bool record = false,
               std::size_t maxDecisionRecords = kFullDecisionRecords,
               const QString& name = QString());
    /// Writes a finished run that was not recorded (a live re-run) to the run store under
    /// `name`, in the run thread; recorded() follows.
    void keep(nephos::widgets::ScenarioPtr scenario, nephos::widgets::RunResultPtr result,
              const QString& name);
    void pause();
    /// Continues a paused run.
    void resume();
    /// One placement decision: continues the paused run, or starts a new paused one.
    void stepDecision(const nephos::Scenario& scenario);
    /// Stops the current run; finished() follows with status Cancelled.
    void cancel();

Q_SIGNALS:
    void stateChanged(nephos::widgets::RunController::State state);
    void started(double horizonHours);
    void progress(double fraction, double simulatedHours);
    /// Intermediate results while a paced or paused run goes on.
    void snapshotReady(nephos::widgets::RunResultPtr result);
    void decisionTaken(nephos::widgets::DecisionPtr decision);
    void paused(double simulatedHours);
    void finished(nephos::widgets::RunResultPtr result);
    void failed(const QString& message);
    /// The run was stored under `runId` (runId < 0: not stored, `message` says why).
    void recorded(qint64 runId, const QString& message);

private:
    void setState(State s);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    std::shared_ptr<RunFlags> m_flags;
    QThread* m_thread;
    RunWorker* m_worker;
    quint64 m_generation = 0;
    State m_state = State::Idle;
    ScenarioPtr m_scenario;
    RunResultPtr m_lastResult;
    double m_fraction = 0.0;
    bool m_record = false;
};

} // namespace nephos::widgets
