#include "sim/Kernel.h"

#include "policy/ThresholdPolicy.h"

#include <cmath>
#include <limits>

namespace nephos {

bool Simulation::Kernel::step(double limit)
{
    if (m_finished)
        return false;
    if (m_awaiting)
        return true; // external decision pending: nothing moves until decide()
    if (m_status == RunStatus::NotStarted)
        m_status = RunStatus::Running;
    for (;;) {
        const double ta = m_nextSpec < m_specs.size() ? m_specs[m_nextSpec].arrivalHours
                                                      : std::numeric_limits<double>::infinity();
        const double te =
            m_queue.empty() ? std::numeric_limits<double>::infinity() : m_queue.top().timeHours;
        const double tl = m_network.nextDue();
        const double t = std::min(std::min(ta, te), tl);
        if (t > limit && limit < m_horizon)
            return true; // only stale events were due by `limit`: the clock stays before it
        if (!(t <= m_horizon)) {
            finalize();
            return false;
        }
        const std::uint64_t before = m_events;
        if (m_nextStep < m_steps.size())
            openSteps(t); // a load step at or before t: remember the queue as it was
        if (ta <= te && ta <= tl) {
            m_cluster.nowHours = ta;
            arrive();
        } else if (tl < te) {
            m_cluster.nowHours = tl;
            transfersDone(m_network.nextDueLink());
        } else {
            const Event e = m_queue.pop();
            m_cluster.nowHours = e.timeHours;
            handle(e);
        }
        if (m_events == before)
            continue; // stale event: look for the next live one
        dispatch();
        updateQueueEpisode();
        return true;
    }
}

void Simulation::Kernel::arrive()
{
    const JobSpec& s = m_specs[m_nextSpec++];
    const auto id = static_cast<std::uint32_t>(m_jobs.size());
    Job j;
    j.demand = makeDemand(s, id);
    const bool hasWork = j.demand.workPflop > 0.0;
    j.units = hasWork ? j.demand.workPflop : j.demand.referenceHours;
    j.remaining = j.units;
    j.queue = s.workloadClass >= 0 ? s.workloadClass : static_cast<int>(m_qHead.size()) - 1;
    j.queueRegion = j.demand.homeRegion >= 0 ? j.demand.homeRegion
                    : j.demand.dataset >= 0
                        ? m_datasetQueueRegion[static_cast<std::size_t>(j.demand.dataset)]
                        : -1;
    m_jobs.push_back(j);
    ++m_events;
    enqueue(static_cast<int>(id), false);
}

void Simulation::Kernel::handle(const Event& e)
{
    switch (e.type()) {
    case EventType::JobFinish: {
        Job& j = m_jobs[e.id];
        if (j.epoch != e.stamp || j.state != JobState::Running)
            return;
        ++m_events;
        finishJob(static_cast<int>(e.id));
        break;
    }
    case EventType::TransferDone: // link completions come from TransferNetwork::nextDue()
        break;
    case EventType::StagingDone: { // the job's private input has arrived
        Job& j = m_jobs[e.id];
        if (j.epoch != e.stamp || j.state != JobState::Staging)
            return;
        ++m_events;
        if (--j.pendingData == 0)
            dataArrived(static_cast<int>(e.id));
        break;
    }
    case EventType::ReplicaReady:
        if (m_replicaEpoch[e.id] != e.stamp || m_cluster.replicas[e.id] != ReplicaState::InFlight)
            return;
        ++m_events;
        replicaReady(static_cast<int>(e.id));
        break;
    case EventType::IdleCheck:
        if (!idleCheck(static_cast<int>(e.id)))
            return; // nothing happened: not a live event
        ++m_events;
        break;
    case EventType::VmBootDone:
        if (m_vmEpoch[e.id] != e.stamp || m_cluster.vmState[e.id] != VmState::Booting)
            return;
        ++m_events;
        vmUp(static_cast<int>(e.id));
        unblockFor(static_cast<int>(e.id));
        break;
    case EventType::VmFail:
        if (m_vmEpoch[e.id] != e.stamp || m_cluster.vmState[e.id] != VmState::Up)
            return;
        ++m_events;
        vmFail(static_cast<int>(e.id));
        break;
    case EventType::VmRepair:
        if (m_vmEpoch[e.id] != e.stamp || m_cluster.vmState[e.id] != VmState::Failed)
            return;
        ++m_events;
        vmUp(static_cast<int>(e.id));
        unblockFor(static_cast<int>(e.id));
        break;
    case EventType::Monitor:
        ++m_events;
        sample();
        if (m_series.timesHours.size() < m_series.capacity)
            m_queue.push(sampleTime(m_series.timesHours.size() + 1), EventType::Monitor);
        break;
    case EventType::Scaling:
        ++m_events;
        scaleTick();
        if (m_cluster.nowHours + m_scalingInterval <= m_horizon)
            m_queue.push(m_cluster.nowHours + m_scalingInterval, EventType::Scaling);
        break;
    case EventType::PerturbationStart:
    case EventType::PerturbationEnd:
        ++m_events;
        m_network.setPerturbationActive(
            static_cast<int>(e.id), e.type() == EventType::PerturbationStart, m_cluster.nowHours);
        break;
    }
}

void Simulation::Kernel::transfersDone(int link)
{
    m_doneTransfers.clear();
    m_network.complete(link, m_cluster.nowHours, m_doneTransfers);
    if (m_doneTransfers.empty())
        return;
    ++m_events;
    for (std::uint32_t t : m_doneTransfers) {
        const int owner = m_transferJob[t];
        if (owner < 0) { // a dataset replica: cached once the link's RTT has elapsed
            const int replica = -owner - 1;
            const int r = replica % m_cluster.regionCount;
            const int src = m_transferSource[t];
            const double gb =
                m_cluster.datasetGb[static_cast<std::size_t>(replica / m_cluster.regionCount)];
            chargeTransfer(src, r, gb, m_replicaClass[static_cast<std::size_t>(replica)]);
            m_queue.push(m_cluster.nowHours + m_network.rttHours(src, r), EventType::ReplicaReady,
                         static_cast<std::uint32_t>(replica),
                         m_replicaEpoch[static_cast<std::size_t>(replica)]);
            continue;
        }
        Job& j = m_jobs[static_cast<std::size_t>(owner)];
        j.transferring = false;
        const int r = m_cluster.groups[static_cast<std::size_t>(j.targetGroup)].region;
        const int home = j.demand.homeRegion;
        chargeTransfer(home, r, j.demand.dataGb, j.demand.workloadClass);
        m_queue.push(m_cluster.nowHours + m_network.rttHours(home, r), EventType::StagingDone,
                     static_cast<std::uint32_t>(owner), j.epoch);
    }
}

void Simulation::Kernel::enqueue(int job, bool front)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    j.state = JobState::Queued;
    j.vm = -1;
    j.phaseStart = m_cluster.nowHours;
    const auto q = static_cast<std::size_t>(j.queue);
    if (m_qHead[q] < 0) {
        m_qHead[q] = m_qTail[q] = job;
        j.nextInQueue = -1;
        m_qBlocked[q] = 0;
    } else if (front) {
        j.nextInQueue = m_qHead[q];
        m_qHead[q] = job;
        m_qBlocked[q] = 0;
    } else {
        j.nextInQueue = -1;
        m_jobs[static_cast<std::size_t>(m_qTail[q])].nextInQueue = job;
        m_qTail[q] = job;
    }
    ++m_cluster.queuedJobs;
    ++m_classQueued[static_cast<std::size_t>(classEntity(j.demand.workloadClass) - m_classEntity0)];
    const int home = j.queueRegion;
    m_acc.change(home >= 0 ? home : m_globalEntity, m_cluster.nowHours, Rate::Queue, 1.0);
    if (home >= 0)
        ++m_regionQueued[static_cast<std::size_t>(home)];
    m_dispatchNeeded = true;
}

int Simulation::Kernel::popHead(int queue)
{
    const auto q = static_cast<std::size_t>(queue);
    const int job = m_qHead[q];
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    m_qHead[q] = j.nextInQueue;
    if (m_qHead[q] < 0)
        m_qTail[q] = -1;
    j.nextInQueue = -1;
    --m_cluster.queuedJobs;
    --m_classQueued[static_cast<std::size_t>(classEntity(j.demand.workloadClass) - m_classEntity0)];
    const int home = j.queueRegion;
    m_acc.change(home >= 0 ? home : m_globalEntity, m_cluster.nowHours, Rate::Queue, -1.0);
    if (home >= 0)
        --m_regionQueued[static_cast<std::size_t>(home)];
    j.queueHours += m_cluster.nowHours - j.phaseStart;
    return job;
}

void Simulation::Kernel::unblockAll()
{
    for (auto& b : m_qBlocked)
        b = 0;
    m_dispatchNeeded = true;
}

void Simulation::Kernel::unblockFor(int vm)
{
    for (std::size_t q = 0; q < m_qHead.size(); ++q) {
        if (!m_qBlocked[q] || m_qHead[q] < 0)
            continue;
        if (canPlace(vm, m_jobs[static_cast<std::size_t>(m_qHead[q])].demand)) {
            m_qBlocked[q] = 0;
            m_dispatchNeeded = true;
        }
    }
}

void Simulation::Kernel::dispatch()
{
    if (!m_dispatchNeeded || m_awaiting)
        return;
    for (;;) {
        int best = -1;
        for (std::size_t q = 0; q < m_qHead.size(); ++q) {
            if (m_qBlocked[q] || m_qHead[q] < 0)
                continue;
            if (best < 0)
                best = static_cast<int>(q);
            else {
                const Job& a = m_jobs[static_cast<std::size_t>(m_qHead[q])];
                const Job& b =
                    m_jobs[static_cast<std::size_t>(m_qHead[static_cast<std::size_t>(best)])];
                if (a.demand.arrivalHours < b.demand.arrivalHours)
                    best = static_cast<int>(q);
            }
        }
        if (best < 0)
            break;
        const int job = m_qHead[static_cast<std::size_t>(best)];
        if (m_external) {
            m_awaiting = true;
            m_pending = job;
            m_pendingQueue = best;
            return;
        }
        const int vm = callPolicy(job);
        if (vm >= 0 && canPlace(vm, m_jobs[static_cast<std::size_t>(job)].demand)) {
            popHead(best);
            place(job, vm);
        } else {
            m_qBlocked[static_cast<std::size_t>(best)] = 1;
        }
    }
    m_dispatchNeeded = false;
}

bool Simulation::Kernel::decide(int vm)
{
    if (!m_awaiting)
        return false;
    m_awaiting = false;
    const int job = m_pending;
    ++m_decisionCount;
    bool placed = false;
    if (vm >= 0 && canPlace(vm, m_jobs[static_cast<std::size_t>(job)].demand)) {
        popHead(m_pendingQueue);
        place(job, vm);
        placed = true;
    } else {
        m_qBlocked[static_cast<std::size_t>(m_pendingQueue)] = 1;
    }
    m_pending = -1;
    dispatch();
    updateQueueEpisode();
    return placed;
}

void Simulation::Kernel::updateQueueEpisode()
{
    if (m_openTrackers > 0)
        updateTrackers();
    if (m_cluster.queuedJobs > 0 && !m_inEpisode) {
        m_inEpisode = true;
        m_episodeStart = m_cluster.nowHours;
    } else if (m_cluster.queuedJobs == 0 && m_inEpisode) {
        m_inEpisode = false;
        m_episodeHours += m_cluster.nowHours - m_episodeStart;
        ++m_episodes;
    }
}

void Simulation::Kernel::finalize()
{
    if (m_finished)
        return;
    m_cluster.nowHours = m_horizon;
    m_finished = true;
    for (StepTracker& tr : m_trackers) // a queue still above its pre-step level: censored
        if (!tr.done && tr.risen)
            tr.recoveryHours = m_horizon - tr.stepHours;
    if (m_status == RunStatus::Running || m_status == RunStatus::NotStarted)
        m_status = RunStatus::Completed;
}

void Simulation::Kernel::scaleTick()
{
    ScalingPlan plan;
    if (m_policy->scales())
        m_policy->scale(m_cluster, plan);
    else // settings.scaling "threshold" with a placement-only policy: the default thresholds
        ThresholdPolicy::scaleGroups(m_cluster, plan, 0.8, 0.3, 0.25);
    for (const ScalingPlan::Change& ch : plan.changes) {
        if (ch.group < 0 || ch.group >= static_cast<int>(m_cluster.groups.size()))
            continue;
        const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(ch.group)];
        int& active = m_cluster.groupActive[static_cast<std::size_t>(ch.group)];
        if (ch.delta > 0) {
            int want = std::min(ch.delta, g.maxCount - active);
            for (int i = 0; i < g.slots && want > 0; ++i) {
                const int vm = g.firstVm + i;
                if (m_cluster.vmState[static_cast<std::size_t>(vm)] == VmState::Inactive) {
                    vmActivate(vm);
                    unblockFor(vm); // booting VMs take jobs (they start once it is up)
                    --want;
                }
            }
        } else if (ch.delta < 0) {
            int want = std::min(-ch.delta, active - g.minCount);
            for (int i = g.slots - 1; i >= 0 && want > 0; --i) {
                const int vm = g.firstVm + i;
                const auto v = static_cast<std::size_t>(vm);
                if (m_cluster.vmState[v] == VmState::Up && m_cluster.vmJobCount[v] == 0) {
                    vmTerminate(vm);
                    --want;
                }
            }
        }
    }
}

} // namespace nephos
