// Elastic pool (idle release), unhostable jobs and the load-step responsiveness trackers.
#include "sim/Kernel.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace nephos {

void Simulation::Kernel::scheduleIdleCheck(int vm)
{
    if (m_cluster.scaling != ScalingMode::OnDemand)
        return;
    const auto v = static_cast<std::size_t>(vm);
    const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    if (vm - g.firstVm < g.reserved || m_cluster.vmJobCount[v] != 0)
        return;
    m_vmIdleSince[v] = m_cluster.nowHours;
    // at most one pending check per VM: a VM that flips between busy and idle costs one event
    // per idle timeout, not one per job
    if (!m_vmIdleCheckPending[v]) {
        m_vmIdleCheckPending[v] = 1;
        m_queue.push(m_cluster.nowHours + m_cluster.idleTimeoutHours, EventType::IdleCheck,
                     static_cast<std::uint32_t>(vm));
    }
}

bool Simulation::Kernel::idleCheck(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    m_vmIdleCheckPending[v] = 0;
    if (m_cluster.vmState[v] != VmState::Up || m_cluster.vmJobCount[v] != 0 ||
        m_vmIdleSince[v] < 0.0)
        return false; // busy (or gone): its next idle period schedules a check
    const double due = m_vmIdleSince[v] + m_cluster.idleTimeoutHours;
    if (m_cluster.nowHours < due) { // idle again since the check was set: wait the rest
        m_vmIdleCheckPending[v] = 1;
        m_queue.push(due, EventType::IdleCheck, static_cast<std::uint32_t>(vm));
        return false;
    }
    const auto g = static_cast<std::size_t>(m_cluster.vmGroup[v]);
    if (m_cluster.groupActive[g] <= m_cluster.groups[g].minCount)
        return false;
    vmTerminate(vm);
    unblockFor(vm); // its slot may be provisioned again
    return true;
}

namespace {
std::string fmt(const char* f, double a, double b = 0.0)
{
    char buf[160];
    std::snprintf(buf, sizeof buf, f, a, b);
    return buf;
}
} // namespace

void Simulation::Kernel::filterUnhostable()
{
    const ClusterState& c = m_cluster;
    double maxVcpus = 0.0, maxMem = 0.0, maxGpus = 0.0;
    for (const VmGroup& g : c.groups)
        if (g.enabled && g.maxCount > 0) {
            maxVcpus = std::max(maxVcpus, g.vcpus);
            maxMem = std::max(maxMem, g.memoryGib);
            maxGpus = std::max(maxGpus, static_cast<double>(g.gpus));
        }
    std::map<std::string, std::int64_t> reasons;
    std::vector<JobSpec> kept;
    kept.reserve(m_specs.size());
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const JobSpec& s = m_specs[i];
        const JobDemand d = makeDemand(s, 0);
        bool ok = false;
        for (int g = 0; g < static_cast<int>(c.groups.size()) && !ok; ++g) {
            const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
            ok = grp.enabled && grp.maxCount > 0 && c.typeCanHost(d, g) &&
                 c.reachable(d, grp.region);
        }
        if (ok) {
            kept.push_back(s);
            continue;
        }
        std::string why;
        if (d.gpus > maxGpus + 1e-9)
            why = fmt("asks for %g GPUs; the largest GPU type in enabled regions has %g", d.gpus,
                      maxGpus);
        else if (d.vcpus > maxVcpus + 1e-9)
            why = fmt("asks for %g vCPUs; the largest type in enabled regions has %g", d.vcpus,
                      maxVcpus);
        else if (d.memoryGib > maxMem + 1e-9)
            why = fmt("asks for %g GiB; the largest type in enabled regions has %g GiB",
                      d.memoryGib, maxMem);
        else
            why = "no type that fits it is in a region its data can reach";
        ++reasons[why];
        ++m_unhostable.count;
        if (m_unhostable.examples.size() < 20) {
            const std::string who =
                s.traceIndex >= 0
                    ? "trace_jobs[" + std::to_string(s.traceIndex) + "]"
                    : "a job of " +
                          m_scenario.workloads[static_cast<std::size_t>(s.workloadClass)].name;
            m_unhostable.examples.push_back(who + fmt(" (arrival %.3f h): ", s.arrivalHours) + why);
        }
    }
    for (const auto& [why, n] : reasons)
        m_unhostable.reasons.emplace_back(why, n);
    if (m_unhostable.count > 0 && m_scenario.settings.unhostable == "refuse") {
        std::string msg = std::to_string(m_unhostable.count) +
                          " job(s) can never be hosted by the pool (settings.unhostable is "
                          "\"refuse\"):";
        for (const std::string& e : m_unhostable.examples)
            msg += "\n  " + e;
        throw std::invalid_argument(msg);
    }
    m_specs.swap(kept);
}

int Simulation::Kernel::waitingForCapacity(int cls) const
{
    if (cls < 0)
        return m_cluster.queuedJobs + m_startingJobs;
    const auto k = static_cast<std::size_t>(cls);
    return m_classQueued[k] + m_classStarting[k];
}

void Simulation::Kernel::openSteps(double t)
{
    while (m_nextStep < m_steps.size() && m_steps[m_nextStep].startHours <= t) {
        const LoadStep& step = m_steps[m_nextStep++];
        for (int cls : {-1, step.cls}) { // all jobs, and the class whose burst it is
            StepTracker tr;
            tr.stepHours = step.startHours;
            tr.windowEndHours = step.endHours;
            tr.cls = cls;
            tr.preLevel = waitingForCapacity(cls);
            m_trackers.push_back(tr);
            ++m_openTrackers;
        }
    }
}

void Simulation::Kernel::updateTrackers()
{
    for (StepTracker& tr : m_trackers) {
        if (tr.done)
            continue;
        const int level = waitingForCapacity(tr.cls);
        if (!tr.risen && m_cluster.nowHours > tr.windowEndHours) {
            tr.done = true; // absorbed: nothing waited more during the burst
            --m_openTrackers;
            continue;
        }
        if (level > tr.preLevel)
            tr.risen = true;
        else if (tr.risen) {
            tr.done = true;
            tr.recoveryHours = m_cluster.nowHours - tr.stepHours;
            --m_openTrackers;
        }
    }
}

} // namespace nephos
