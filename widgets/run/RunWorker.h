#pragma once

#include "run/RunTypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace nephos {
class RunStore;
class Simulation;
} // namespace nephos

namespace nephos::widgets {

/// Lives in the run thread and drives one Simulation at a time. Engine callbacks (progress,
/// results, decisions) become signals, which reach the UI thread as queued connections. Every
/// signal carries the generation of the run it belongs to so stale runs can be ignored.
class RunWorker : public QObject
{
    Q_OBJECT
public:
    explicit RunWorker(std::shared_ptr<RunFlags> flags, QObject* parent = nullptr);
    ~RunWorker() override;

    /// Wall-clock period between snapshots during a paced (speed-limited) run.
    static constexpr int snapshotIntervalMs = 400;

public Q_SLOTS:
    /// Starts a new run of `scenario` (ignored when `generation` is already stale). With
    /// `record`, the finished or cancelled run is written to the run store (see setStorePath).
    void start(quint64 generation, nephos::widgets::ScenarioPtr scenario, bool record,
               std::size_t maxDecisionRecords, const QString& name = QString());
    /// Writes an already finished run (e.g. a live re-run the user keeps) to the run store
    /// under `name`; recorded() follows.
    void keep(quint64 generation, nephos::widgets::ScenarioPtr scenario,
              nephos::widgets::RunResultPtr result, const QString& name);
    /// SQLite run store that recorded runs go to (opened in this thread on first use).
    void setStorePath(const QString& path);
    /// Continues a paused run.
    void resume(quint64 generation);
    /// Advances by one placement decision (creating the simulation if needed) and pauses.
    void stepDecision(quint64 generation, nephos::widgets::ScenarioPtr scenario);

Q_SIGNALS:
    void started(quint64 generation, double horizonHours);
    void progress(quint64 generation, double fraction, double simulatedHours);
    void snapshot(quint64 generation, nephos::widgets::RunResultPtr result);
    void decisionTaken(quint64 generation, nephos::widgets::DecisionPtr decision);
    void paused(quint64 generation, double simulatedHours);
    void finished(quint64 generation, nephos::widgets::RunResultPtr result);
    void failed(quint64 generation, const QString& message);
    /// A run was written to the store under `runId` (or could not be: runId < 0, `message`).
    void recorded(quint64 generation, qint64 runId, const QString& message);

private:
    bool ensureSimulation(quint64 generation, const ScenarioPtr& scenario);
    bool isCancelled(quint64 generation) const;
    void runLoop(quint64 generation);
    void finish(quint64 generation, RunStatus status);
    void record(quint64 generation, const Scenario& scenario, const RunResult& result,
                const QString& name);

    std::shared_ptr<RunFlags> m_flags;
    std::unique_ptr<Simulation> m_sim;
    quint64 m_simGeneration = 0;
    ScenarioPtr m_simScenario;
    bool m_record = false;
    QString m_name; ///< the recorded run's name
    std::size_t m_maxDecisionRecords = kFullDecisionRecords;
    QString m_storePath;
    std::unique_ptr<RunStore> m_store;
};

} // namespace nephos::widgets
