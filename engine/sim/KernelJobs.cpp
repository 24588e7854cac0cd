#include "sim/Kernel.h"

#include <algorithm>
#include <cmath>

namespace nephos {

int Simulation::Kernel::callPolicy(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const bool recordable = (m_record && m_records.size() < m_maxRecords) || m_trackLast;
    DecisionRecord rec;
    DecisionRecord* target = nullptr;
    if (recordable) {
        rec.job = j.demand.id;
        rec.timeHours = m_cluster.nowHours;
        rec.policy = m_policy->name();
        target = &rec;
    }
    const int vm = m_policy->place(m_cluster, j.demand, target);
    // a decision counts when it places the job or first leaves it queued (retries do not)
    const bool counts = vm >= 0 || !j.decisionLogged;
    if (vm < 0)
        j.decisionLogged = true;
    if (!counts)
        return vm;
    ++m_decisionCount;
    if (target) {
        if (vm < 0)
            rec.chosen = -1;
        if (m_record && m_records.size() < m_maxRecords)
            m_records.push_back(rec); // explained when results are read
        if (m_trackLast) {
            m_last = std::move(rec);
            m_policy->explain(m_cluster, j.demand, m_last);
            m_hasLast = true;
        }
    }
    return vm;
}

void Simulation::Kernel::refreshIndex(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    const bool up = m_cluster.vmState[v] == VmState::Up || m_cluster.vmState[v] == VmState::Booting;
    m_cluster.index.update(vm, std::max(0.0, g.vcpus - m_cluster.vmUsedVcpus[v]),
                           std::max(0.0, g.memoryGib - m_cluster.vmUsedMemGib[v]),
                           std::max(0.0, g.gpus - m_cluster.vmUsedGpus[v]), up);
}

void Simulation::Kernel::place(int job, int vm)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const int gi = m_cluster.vmGroup[static_cast<std::size_t>(vm)];
    const int r = m_cluster.groups[static_cast<std::size_t>(gi)].region;
    j.placedOnce = true;
    j.targetGroup = gi;
    j.vm = -1;
    // stage first, reserve on arrival: a VM is held only once the data is in its region
    const int waits = requestData(job, r);
    if (waits > 0) {
        j.state = JobState::Staging;
        j.phaseStart = m_cluster.nowHours;
        j.pendingData = waits;
        return;
    }
    reserveOn(job, vm);
}

void Simulation::Kernel::reserveOn(int job, int vm)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const auto v = static_cast<std::size_t>(vm);
    if (m_cluster.vmState[v] == VmState::Inactive)
        vmActivate(vm); // on-demand: provisioned for this job, billed from now
    const int gi = m_cluster.vmGroup[v];
    m_cluster.vmUsedVcpus[v] += j.demand.vcpus;
    m_cluster.vmUsedMemGib[v] += j.demand.memoryGib;
    m_cluster.vmUsedGpus[v] += j.demand.gpus;
    m_cluster.groupReservedVcpus[static_cast<std::size_t>(gi)] += j.demand.vcpus;
    m_cluster.groupReservedMemGib[static_cast<std::size_t>(gi)] += j.demand.memoryGib;
    m_cluster.groupReservedGpus[static_cast<std::size_t>(gi)] += j.demand.gpus;
    ++m_cluster.vmJobCount[v];
    m_vmIdleSince[v] = -1.0; // busy: a pending idle check will find it so
    refreshIndex(vm);
    j.vm = vm;
    j.prevOnVm = -1;
    j.nextOnVm = m_vmFirstJob[v];
    if (j.nextOnVm >= 0)
        m_jobs[static_cast<std::size_t>(j.nextOnVm)].prevOnVm = job;
    m_vmFirstJob[v] = job;
    useReplica(job, m_cluster.groups[static_cast<std::size_t>(gi)].region);
    if (m_cluster.vmState[v] == VmState::Booting) {
        j.state = JobState::Starting;
        j.phaseStart = m_cluster.nowHours;
        ++m_startingJobs;
        ++m_classStarting[static_cast<std::size_t>(classEntity(j.demand.workloadClass) -
                                                   m_classEntity0)];
    } else {
        startRunning(job);
    }
}

void Simulation::Kernel::startRunning(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const int g = m_cluster.vmGroup[static_cast<std::size_t>(j.vm)];
    // wall-clock jobs (serving, analytics, CPU work) take their reference duration anywhere
    const double referencePace =
        j.demand.referenceHours > 0.0 ? j.units / j.demand.referenceHours : 1.0;
    double speed = referencePace;
    if (j.demand.hardwareSpeed && j.demand.workPflop > 0.0) {
        speed = m_cluster.speedPflopPerHour(j.demand, g);
        if (!(speed > 0.0)) // hardware without a known speed: run at reference pace
            speed = referencePace;
    }
    if (!(speed > 0.0))
        speed = 1.0;
    j.state = JobState::Running;
    j.speed = speed;
    j.phaseStart = m_cluster.nowHours;
    j.startHours = m_cluster.nowHours;
    ++m_cluster.runningJobs;
    ++m_regionRunning[static_cast<std::size_t>(
        m_cluster.groups[static_cast<std::size_t>(g)].region)];
    jobAccounting(job, +1.0);
    m_queue.push(m_cluster.nowHours + j.remaining / speed, EventType::JobFinish,
                 static_cast<std::uint32_t>(job), j.epoch);
}

void Simulation::Kernel::jobAccounting(int job, double sign)
{
    const Job& j = m_jobs[static_cast<std::size_t>(job)];
    const VmGroup& g =
        m_cluster
            .groups[static_cast<std::size_t>(m_cluster.vmGroup[static_cast<std::size_t>(j.vm)])];
    const JobDemand& d = j.demand;
    Accounting::Values delta{};
    const double cpu = d.vcpus * d.cpuUtil;
    const double gpu = std::min(d.gpus, static_cast<double>(g.gpus)) * d.gpuUtil;
    delta[static_cast<std::size_t>(Rate::UsedVcpus)] = sign * cpu;
    delta[static_cast<std::size_t>(Rate::UsedMemGib)] = sign * d.memoryGib * d.memUtil;
    delta[static_cast<std::size_t>(Rate::UsedGpus)] = sign * gpu;
    const double itWatts = cpu * g.cpuDynWattsPerVcpu + gpu * g.gpuDynWatts;
    const double kw = itWatts * m_cluster.regionPue[static_cast<std::size_t>(g.region)] / 1000.0;
    delta[static_cast<std::size_t>(Rate::FacilityKw)] = sign * kw;
    delta[static_cast<std::size_t>(Rate::CarbonKgPerHour)] =
        sign * kw * m_cluster.regionCarbonKgPerKwh[static_cast<std::size_t>(g.region)];
    m_acc.change(g.region, m_cluster.nowHours, delta);
    m_acc.change(m_cluster.regionCount + g.instanceType, m_cluster.nowHours, delta);
    // the class is charged its share of the VM: price and idle power × largest demand share
    const int gi = m_cluster.vmGroup[static_cast<std::size_t>(j.vm)];
    const double share = m_cluster.share(d, gi);
    const double idleKw =
        share * g.idleWatts * m_cluster.regionPue[static_cast<std::size_t>(g.region)] / 1000.0;
    delta[static_cast<std::size_t>(Rate::FacilityKw)] += sign * idleKw;
    delta[static_cast<std::size_t>(Rate::CarbonKgPerHour)] +=
        sign * idleKw * m_cluster.regionCarbonKgPerKwh[static_cast<std::size_t>(g.region)];
    delta[static_cast<std::size_t>(Rate::CostUsdPerHour)] = sign * share * vmPrice(j.vm);
    m_acc.change(classEntity(d.workloadClass), m_cluster.nowHours, delta);
}

void Simulation::Kernel::releaseCapacity(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const auto v = static_cast<std::size_t>(j.vm);
    const int gi = m_cluster.vmGroup[v];
    m_cluster.vmUsedVcpus[v] -= j.demand.vcpus;
    m_cluster.vmUsedMemGib[v] -= j.demand.memoryGib;
    m_cluster.vmUsedGpus[v] -= j.demand.gpus;
    m_cluster.groupReservedVcpus[static_cast<std::size_t>(gi)] -= j.demand.vcpus;
    m_cluster.groupReservedMemGib[static_cast<std::size_t>(gi)] -= j.demand.memoryGib;
    m_cluster.groupReservedGpus[static_cast<std::size_t>(gi)] -= j.demand.gpus;
    const bool idle = --m_cluster.vmJobCount[v] == 0;
    if (idle) { // avoid drift: an empty VM is exactly empty
        m_cluster.vmUsedVcpus[v] = m_cluster.vmUsedMemGib[v] = m_cluster.vmUsedGpus[v] = 0.0;
    }
    releaseReplica(job);
    if (j.prevOnVm >= 0)
        m_jobs[static_cast<std::size_t>(j.prevOnVm)].nextOnVm = j.nextOnVm;
    else
        m_vmFirstJob[v] = j.nextOnVm;
    if (j.nextOnVm >= 0)
        m_jobs[static_cast<std::size_t>(j.nextOnVm)].prevOnVm = j.prevOnVm;
    j.prevOnVm = j.nextOnVm = -1;
    refreshIndex(j.vm);
    if (idle)
        scheduleIdleCheck(j.vm);
}

void Simulation::Kernel::finishJob(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    jobAccounting(job, -1.0);
    const VmGroup& g =
        m_cluster
            .groups[static_cast<std::size_t>(m_cluster.vmGroup[static_cast<std::size_t>(j.vm)])];
    --m_cluster.runningJobs;
    --m_regionRunning[static_cast<std::size_t>(g.region)];
    releaseCapacity(job);
    j.state = JobState::Done;
    j.remaining = 0.0;
    j.finishHours = m_cluster.nowHours;
    m_lastFinish = m_cluster.nowHours;
    if (j.demand.slaHours > 0.0 && j.finishHours - j.demand.arrivalHours > j.demand.slaHours)
        ++m_slaViolatedCompleted;
    m_regionPflop[static_cast<std::size_t>(g.region)] += j.demand.workPflop;
    m_typePflop[static_cast<std::size_t>(g.instanceType)] += j.demand.workPflop;
    m_classPflop[static_cast<std::size_t>(classEntity(j.demand.workloadClass) - m_classEntity0)] +=
        j.demand.workPflop;
    ++m_regionCompleted[static_cast<std::size_t>(g.region)];
    ++m_typeCompleted[static_cast<std::size_t>(g.instanceType)];
    unblockFor(j.vm);
}

void Simulation::Kernel::requeueFromVm(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    if (j.state == JobState::Running) {
        jobAccounting(job, -1.0);
        const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(
            m_cluster.vmGroup[static_cast<std::size_t>(j.vm)])];
        --m_cluster.runningJobs;
        --m_regionRunning[static_cast<std::size_t>(g.region)];
        // progress survives only up to the last checkpoint of this run segment
        const double elapsed = m_cluster.nowHours - j.phaseStart;
        double saved = 0.0;
        const double cp = j.demand.workloadClass >= 0
                              ? m_classCheckpoint[static_cast<std::size_t>(j.demand.workloadClass)]
                              : 0.0;
        if (cp > 0.0)
            saved = std::floor(elapsed / cp) * cp * j.speed;
        j.remaining = std::max(0.0, j.remaining - saved);
        if (cp <= 0.0)
            j.remaining = j.units;
    }
    // a Starting job (VM still booting) simply gives its reservation back
    releaseCapacity(job);
    ++j.epoch;
    ++j.requeues;
    ++m_requeues;
    enqueue(job, true);
}

void Simulation::Kernel::vmProvision(int vm, double sign)
{
    const auto v = static_cast<std::size_t>(vm);
    const int gi = m_cluster.vmGroup[v];
    const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(gi)];
    Accounting::Values delta{};
    delta[static_cast<std::size_t>(Rate::ProvVcpus)] = sign * g.vcpus;
    delta[static_cast<std::size_t>(Rate::ProvMemGib)] = sign * g.memoryGib;
    delta[static_cast<std::size_t>(Rate::ProvGpus)] = sign * g.gpus;
    delta[static_cast<std::size_t>(Rate::CostUsdPerHour)] = sign * vmPrice(vm);
    delta[static_cast<std::size_t>(Rate::Vms)] = sign;
    m_acc.change(g.region, m_cluster.nowHours, delta);
    m_acc.change(m_cluster.regionCount + g.instanceType, m_cluster.nowHours, delta);
    m_cluster.groupActive[static_cast<std::size_t>(gi)] += sign > 0 ? 1 : -1;
    if (sign > 0)
        m_vmProvisionedAt[v] = m_cluster.nowHours;
}

void Simulation::Kernel::vmPower(int vm, double sign)
{
    const VmGroup& g =
        m_cluster.groups[static_cast<std::size_t>(m_cluster.vmGroup[static_cast<std::size_t>(vm)])];
    const double kw =
        g.idleWatts * m_cluster.regionPue[static_cast<std::size_t>(g.region)] / 1000.0;
    Accounting::Values delta{};
    delta[static_cast<std::size_t>(Rate::FacilityKw)] = sign * kw;
    delta[static_cast<std::size_t>(Rate::CarbonKgPerHour)] =
        sign * kw * m_cluster.regionCarbonKgPerKwh[static_cast<std::size_t>(g.region)];
    m_acc.change(g.region, m_cluster.nowHours, delta);
    m_acc.change(m_cluster.regionCount + g.instanceType, m_cluster.nowHours, delta);
}

void Simulation::Kernel::vmUp(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    if (m_cluster.vmState[v] == VmState::Booting)
        --m_cluster.groupBooting[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    m_cluster.vmState[v] = VmState::Up;
    ++m_cluster.groupUp[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    vmPower(vm, +1.0);
    refreshIndex(vm);
    if (m_mtbf > 0.0)
        m_queue.push(m_cluster.nowHours + m_faultRng.exponential(m_mtbf), EventType::VmFail,
                     static_cast<std::uint32_t>(vm), m_vmEpoch[v]);
    // jobs that were placed while it booted start now
    m_waitingOnVm.clear();
    for (int jb = m_vmFirstJob[v]; jb >= 0; jb = m_jobs[static_cast<std::size_t>(jb)].nextOnVm)
        if (m_jobs[static_cast<std::size_t>(jb)].state == JobState::Starting)
            m_waitingOnVm.push_back(jb);
    for (int jb : m_waitingOnVm) {
        Job& j = m_jobs[static_cast<std::size_t>(jb)];
        j.stagingHours += m_cluster.nowHours - j.phaseStart; // boot wait counts as staging
        --m_startingJobs;
        --m_classStarting[static_cast<std::size_t>(classEntity(j.demand.workloadClass) -
                                                   m_classEntity0)];
        startRunning(jb);
    }
    if (m_cluster.vmJobCount[v] == 0)
        scheduleIdleCheck(vm);
}

void Simulation::Kernel::vmFail(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    while (m_vmFirstJob[v] >= 0)
        requeueFromVm(m_vmFirstJob[v]);
    vmPower(vm, -1.0);
    m_cluster.vmState[v] = VmState::Failed;
    --m_cluster.groupUp[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    ++m_vmEpoch[v];
    refreshIndex(vm);
    m_queue.push(m_cluster.nowHours + m_repair, EventType::VmRepair, static_cast<std::uint32_t>(vm),
                 m_vmEpoch[v]);
}

void Simulation::Kernel::vmTerminate(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    if (m_cluster.vmState[v] == VmState::Up) {
        vmPower(vm, -1.0);
        --m_cluster.groupUp[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    }
    vmProvision(vm, -1.0);
    m_cluster.vmState[v] = VmState::Inactive;
    ++m_vmEpoch[v];
    refreshIndex(vm);
    m_cluster.groupFreeSlots[static_cast<std::size_t>(m_cluster.vmGroup[v])].push_back(vm);
}

void Simulation::Kernel::vmActivate(int vm)
{
    const auto v = static_cast<std::size_t>(vm);
    vmProvision(vm, +1.0);
    m_cluster.vmState[v] = VmState::Booting;
    const auto gi = static_cast<std::size_t>(m_cluster.vmGroup[v]);
    ++m_cluster.groupBooting[gi];
    std::vector<int>& free = m_cluster.groupFreeSlots[gi];
    if (!free.empty() && free.back() == vm)
        free.pop_back();
    else
        free.erase(std::remove(free.begin(), free.end(), vm), free.end());
    ++m_vmEpoch[v];
    refreshIndex(vm);
    m_queue.push(m_cluster.nowHours + m_bootHours, EventType::VmBootDone,
                 static_cast<std::uint32_t>(vm), m_vmEpoch[v]);
}

} // namespace nephos
