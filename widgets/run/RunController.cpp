#include "run/RunController.h"

#include "run/RunWorker.h"

#include <QThread>

namespace nephos::widgets {

RunController::RunController(QObject* parent)
    : QObject(parent)
    , m_flags(std::make_shared<RunFlags>())
    , m_thread(new QThread(this))
    , m_worker(new RunWorker(m_flags))
{
    registerRunMetaTypes();
    m_thread->setObjectName(QStringLiteral("nephos-run"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &RunWorker::started, this, [this](quint64 g, double horizon) {
        if (isCurrent(g))
            Q_EMIT started(horizon);
    });
    connect(m_worker, &RunWorker::progress, this, [this](quint64 g, double f, double h) {
        if (!isCurrent(g))
            return;
        m_fraction = f;
        Q_EMIT progress(f, h);
    });
    connect(m_worker, &RunWorker::snapshot, this, [this](quint64 g, RunResultPtr r) {
        if (!isCurrent(g))
            return;
        m_lastResult = r;
        Q_EMIT snapshotReady(r);
    });
    connect(m_worker, &RunWorker::decisionTaken, this, [this](quint64 g, DecisionPtr d) {
        if (isCurrent(g))
            Q_EMIT decisionTaken(d);
    });
    connect(m_worker, &RunWorker::paused, this, [this](quint64 g, double h) {
        if (!isCurrent(g))
            return;
        setState(State::Paused);
        Q_EMIT paused(h);
    });
    connect(m_worker, &RunWorker::finished, this, [this](quint64 g, RunResultPtr r) {
        if (!isCurrent(g))
            return;
        m_lastResult = r;
        m_fraction = r->status == RunStatus::Completed ? 1.0 : m_fraction;
        setState(State::Idle);
        Q_EMIT finished(r);
    });
    connect(m_worker, &RunWorker::failed, this, [this](quint64 g, const QString& message) {
        if (!isCurrent(g))
            return;
        setState(State::Idle);
        Q_EMIT failed(message);
    });
    connect(m_worker, &RunWorker::recorded, this,
            [this](quint64, qint64 runId, const QString& message) {
                Q_EMIT recorded(runId, message); // recorded runs stay valid even when superseded
            });
    m_thread->start();
}

RunController::~RunController()
{
    m_flags->latestGeneration.fetch_add(1);
    m_flags->cancel.store(true);
    m_thread->quit();
    m_thread->wait();
}

void RunController::setSpeed(double hoursPerSecond)
{
    m_flags->speedHoursPerSecond.store(hoursPerSecond);
}

double RunController::speed() const
{
    return m_flags->speedHoursPerSecond.load();
}

void RunController::setStorePath(const QString& path)
{
    RunWorker* w = m_worker;
    QMetaObject::invokeMethod(
        w, [w, path] { w->setStorePath(path); }, Qt::QueuedConnection);
}

void RunController::start(const Scenario& scenario, bool record, std::size_t maxDecisionRecords,
                          const QString& name)
{
    m_generation = m_flags->latestGeneration.fetch_add(1) + 1;
    m_flags->cancel.store(true); // interrupts the stale run; the worker clears it on start
    m_flags->pause.store(false);
    m_scenario = std::make_shared<const Scenario>(scenario);
    m_lastResult.reset();
    m_fraction = 0.0;
    m_record = record;
    setState(State::Running);
    RunWorker* w = m_worker;
    const quint64 g = m_generation;
    ScenarioPtr s = m_scenario;
    QMetaObject::invokeMethod(
        w,
        [w, g, s, record, maxDecisionRecords, name] {
            w->start(g, s, record, maxDecisionRecords, name);
        },
        Qt::QueuedConnection);
}

void RunController::keep(ScenarioPtr scenario, RunResultPtr result, const QString& name)
{
    if (!scenario || !result)
        return;
    RunWorker* w = m_worker;
    const quint64 g = m_generation;
    QMetaObject::invokeMethod(
        w, [w, g, scenario, result, name] { w->keep(g, scenario, result, name); },
        Qt::QueuedConnection);
}

void RunController::pause()
{
    if (m_state == State::Running)
        m_flags->pause.store(true);
}

void RunController::resume()
{
    if (m_state != State::Paused)
        return;
    m_flags->pause.store(false);
    setState(State::Running);
    RunWorker* w = m_worker;
    const quint64 g = m_generation;
    QMetaObject::invokeMethod(
        w, [w, g] { w->resume(g); }, Qt::QueuedConnection);
}

void RunController::stepDecision(const Scenario& scenario)
{
    if (m_state == State::Running) {
        pause(); // the step follows once the worker has paused
    } else if (m_state == State::Idle) {
        m_generation = m_flags->latestGeneration.fetch_add(1) + 1;
        m_scenario = std::make_shared<const Scenario>(scenario);
        m_lastResult.reset();
        m_fraction = 0.0;
        m_record = false; // stepped runs are teaching sessions, not recorded
    }
    m_flags->pause.store(true);
    setState(State::Paused);
    RunWorker* w = m_worker;
    const quint64 g = m_generation;
    ScenarioPtr s = m_scenario;
    QMetaObject::invokeMethod(
        w, [w, g, s] { w->stepDecision(g, s); }, Qt::QueuedConnection);
}

void RunController::cancel()
{
    if (m_state == State::Idle)
        return;
    m_flags->cancelledGeneration.store(m_generation);
    m_flags->cancel.store(true);
    if (m_state == State::Paused) {
        // The worker is idle: ask it to wrap up the paused simulation.
        RunWorker* w = m_worker;
        const quint64 g = m_generation;
        QMetaObject::invokeMethod(
            w, [w, g] { w->resume(g); }, Qt::QueuedConnection);
    }
}

void RunController::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace nephos::widgets
