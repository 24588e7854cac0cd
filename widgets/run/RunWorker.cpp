#include "run/RunWorker.h"

#include "sim/Simulation.h"
#include "store/RunStore.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <exception>

namespace nephos::widgets {

RunWorker::RunWorker(std::shared_ptr<RunFlags> flags, QObject* parent)
    : QObject(parent)
    , m_flags(std::move(flags))
{}

RunWorker::~RunWorker() = default;

bool RunWorker::isCancelled(quint64 generation) const
{
    return m_flags->cancel.load() || generation != m_flags->latestGeneration.load() ||
           m_flags->cancelledGeneration.load() >= generation;
}

bool RunWorker::ensureSimulation(quint64 generation, const ScenarioPtr& scenario)
{
    if (m_sim && m_simGeneration == generation && !m_sim->finished())
        return true;
    m_sim.reset();
    if (!scenario)
        return false;
    try {
        m_sim = std::make_unique<Simulation>(*scenario);
    } catch (const std::exception& e) {
        Q_EMIT failed(generation, QString::fromUtf8(e.what()));
        return false;
    }
    m_simGeneration = generation;
    m_simScenario = scenario;
    Q_EMIT started(generation, m_sim->horizonHours());
    return true;
}

void RunWorker::setStorePath(const QString& path)
{
    if (path == m_storePath)
        return;
    m_storePath = path;
    m_store.reset();
}

void RunWorker::start(quint64 generation, ScenarioPtr scenario, bool record,
                      std::size_t maxDecisionRecords, const QString& name)
{
    if (generation != m_flags->latestGeneration.load())
        return; // superseded before it began
    m_flags->cancel.store(false);
    m_sim.reset();
    m_record = record;
    m_name = name;
    m_maxDecisionRecords = maxDecisionRecords;
    if (!ensureSimulation(generation, scenario))
        return;
    runLoop(generation);
}

void RunWorker::resume(quint64 generation)
{
    if (!m_sim || m_simGeneration != generation)
        return;
    m_flags->cancel.store(false);
    runLoop(generation);
}

void RunWorker::stepDecision(quint64 generation, ScenarioPtr scenario)
{
    if (generation != m_flags->latestGeneration.load())
        return;
    m_flags->cancel.store(false);
    if (!m_sim || m_simGeneration != generation) {
        m_record = false; // stepped runs are teaching sessions, not recorded
        m_maxDecisionRecords = kFullDecisionRecords;
    }
    if (!ensureSimulation(generation, scenario))
        return;
    bool more = false;
    try {
        more = m_sim->stepDecision();
    } catch (const std::exception& e) {
        Q_EMIT failed(generation, QString::fromUtf8(e.what()));
        m_sim.reset();
        return;
    }
    const double horizon = std::max(m_sim->horizonHours(), 1e-9);
    Q_EMIT progress(generation, std::min(1.0, m_sim->nowHours() / horizon), m_sim->nowHours());
    if (const DecisionRecord* d = m_sim->lastDecision())
        Q_EMIT decisionTaken(generation, std::make_shared<const DecisionRecord>(*d));
    if (!more || m_sim->finished()) {
        finish(generation, RunStatus::Completed);
        return;
    }
    Q_EMIT snapshot(generation, std::make_shared<const RunResult>(m_sim->result()));
    Q_EMIT paused(generation, m_sim->nowHours());
}

void RunWorker::runLoop(quint64 generation)
{
    const double horizon = std::max(m_sim->horizonHours(), 1e-9);
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer sinceSnapshot;
    sinceSnapshot.start();
    double anchorSim = m_sim->nowHours();
    qint64 anchorMs = 0;
    double lastSpeed = m_flags->speedHoursPerSecond.load();
    double fastChunk = horizon / 200.0;

    RunControl control;
    control.maxDecisionRecords = m_maxDecisionRecords;
    control.cancel = &m_flags->cancel;
    control.onProgress = [this, generation, horizon](const Progress& p) {
        Q_EMIT progress(generation, std::min(1.0, p.position / horizon), p.position);
    };

    try {
        while (!m_sim->finished()) {
            if (isCancelled(generation)) {
                finish(generation, RunStatus::Cancelled);
                return;
            }
            if (m_flags->pause.load()) {
                Q_EMIT snapshot(generation, std::make_shared<const RunResult>(m_sim->result()));
                Q_EMIT paused(generation, m_sim->nowHours());
                return;
            }
            const double speed = m_flags->speedHoursPerSecond.load();
            if (speed != lastSpeed) { // re-anchor the pacing clock
                anchorSim = m_sim->nowHours();
                anchorMs = wall.elapsed();
                lastSpeed = speed;
            }
            const double now = m_sim->nowHours();
            double target = 0.0;
            if (speed <= 0.0) {
                target = now + fastChunk;
            } else {
                target = anchorSim + speed * double(wall.elapsed() - anchorMs) / 1000.0;
                if (target <= now) {
                    QThread::msleep(5);
                    continue;
                }
            }
            QElapsedTimer chunk;
            chunk.start();
            m_sim->runUntil(std::min(target, horizon), control);
            if (speed <= 0.0) { // aim at ~100 ms of work per chunk so pause reacts quickly
                const double ms = std::max<qint64>(1, chunk.elapsed());
                fastChunk = std::clamp(fastChunk * 100.0 / ms, horizon / 5000.0, horizon / 10.0);
            }
            Q_EMIT progress(generation, std::min(1.0, m_sim->nowHours() / horizon),
                            m_sim->nowHours());
            if (speed > 0.0 && sinceSnapshot.elapsed() >= snapshotIntervalMs) {
                sinceSnapshot.restart();
                Q_EMIT snapshot(generation, std::make_shared<const RunResult>(m_sim->result()));
            }
        }
    } catch (const std::exception& e) {
        m_sim.reset();
        Q_EMIT failed(generation, QString::fromUtf8(e.what()));
        return;
    }
    finish(generation, RunStatus::Completed);
}

void RunWorker::finish(quint64 generation, RunStatus status)
{
    auto result = std::make_shared<RunResult>(m_sim->result());
    if (status == RunStatus::Cancelled || result->status == RunStatus::Running ||
        result->status == RunStatus::NotStarted)
        result->status = status;
    m_sim.reset();
    if (m_record && m_simScenario)
        record(generation, *m_simScenario, *result, m_name);
    m_simScenario.reset();
    Q_EMIT finished(generation, std::move(result));
}

void RunWorker::keep(quint64 generation, ScenarioPtr scenario, RunResultPtr result,
                     const QString& name)
{
    if (scenario && result)
        record(generation, *scenario, *result, name);
}

void RunWorker::record(quint64 generation, const Scenario& scenario, const RunResult& result,
                       const QString& name)
{
    QString error;
    if (m_storePath.isEmpty()) {
        return;
    }
    if (!m_store) {
        m_store = std::make_unique<RunStore>();
        if (!m_store->open(m_storePath, &error)) {
            m_store.reset();
            Q_EMIT recorded(generation, -1, error);
            return;
        }
    }
    const std::int64_t scenarioId = m_store->saveScenario(scenario, &error);
    std::int64_t runId = -1;
    if (scenarioId >= 0)
        runId = m_store->beginRun(scenarioId,
                                  result.policy.empty() ? scenario.policy.name : result.policy,
                                  scenario.settings.seed, &error);
    if (runId >= 0 && !m_store->finishRun(runId, result, &error))
        runId = -1;
    if (runId >= 0 && !name.isEmpty())
        m_store->setRunName(runId, name, &error);
    Q_EMIT recorded(generation, runId, error);
}

} // namespace nephos::widgets
