// Datasets, replicas and transfers (docs/simulation-model.md, "Datasets and staging").
#include "sim/Kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nephos {

int Simulation::Kernel::classEntity(int cls) const
{
    const int last = static_cast<int>(m_scenario.workloads.size());
    return m_classEntity0 + (cls >= 0 && cls < last ? cls : last);
}

int Simulation::Kernel::requestData(int job, int r)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    const JobDemand& d = j.demand;
    int waits = 0;
    const int home = d.homeRegion;
    if (d.dataGb > 0.0 && home >= 0 && home != r) { // private input: shipped for every job
        j.transfer = m_network.start(home, r, d.dataGb, m_cluster.nowHours);
        j.transferring = true;
        if (m_transferJob.size() <= j.transfer)
            m_transferJob.resize(j.transfer + 1, -1);
        m_transferJob[j.transfer] = job;
        ++waits;
    }
    if (d.dataset >= 0) {
        const auto idx = static_cast<std::size_t>(d.dataset * m_cluster.regionCount + r);
        const ReplicaState st = m_cluster.replicas[idx];
        if (st == ReplicaState::Absent) {
            const int src = m_cluster.datasetSource(d.dataset, r);
            startReplica(static_cast<int>(idx), src, d.workloadClass);
        }
        if (m_cluster.replicas[idx] == ReplicaState::InFlight) {
            m_replicaWaiters[idx].push_back(job);
            ++waits;
        }
    }
    return waits;
}

void Simulation::Kernel::startReplica(int replica, int src, int cls)
{
    const auto idx = static_cast<std::size_t>(replica);
    const int d = replica / m_cluster.regionCount;
    const int r = replica % m_cluster.regionCount;
    m_replicaClass[idx] = cls;
    if (src < 0) // unreachable: the policy should not have chosen r (reachable() checks this)
        return;
    m_cluster.replicas[idx] = ReplicaState::InFlight;
    const std::uint32_t t = m_network.start(
        src, r, m_cluster.datasetGb[static_cast<std::size_t>(d)], m_cluster.nowHours);
    if (m_transferJob.size() <= t)
        m_transferJob.resize(t + 1, -1);
    m_transferJob[t] = -(replica + 1); // negative: a replica transfer, not a job's input
    if (m_transferSource.size() <= t)
        m_transferSource.resize(t + 1, -1);
    m_transferSource[t] = src;
}

double Simulation::Kernel::chargeTransfer(int src, int dst, double gb, int cls)
{
    const auto pair = static_cast<std::size_t>(src * m_cluster.regionCount + dst);
    const double listPrice = m_cluster.links[pair].egressUsdPerGb;
    const int ps = m_cluster.regionProvider[static_cast<std::size_t>(src)];
    const int pd = m_cluster.regionProvider[static_cast<std::size_t>(dst)];
    const auto ups = static_cast<std::size_t>(ps);
    double usd = gb * listPrice;
    const std::vector<EgressTier>& tiers = m_providerTiers[ups];
    if (ps != pd && !tiers.empty() && tiers.front().usdPerGb > 0.0) {
        // inter-cloud egress follows the provider's monthly volume tiers (730 h months); the
        // link's list price is scaled by tier price / first-tier price
        const int month = static_cast<int>(std::floor(m_cluster.nowHours / 730.0));
        if (month != m_providerMonth[ups]) {
            m_providerMonth[ups] = month;
            m_providerMonthGb[ups] = 0.0;
        }
        double volume = m_providerMonthGb[ups], left = gb;
        usd = 0.0;
        for (std::size_t i = 0; i < tiers.size() && left > 0.0; ++i) {
            const double hi = i + 1 < tiers.size() ? tiers[i + 1].fromTb * 1000.0
                                                   : std::numeric_limits<double>::infinity();
            if (volume >= hi)
                continue;
            const double take = std::min(left, hi - volume);
            usd += take * listPrice * tiers[i].usdPerGb / tiers.front().usdPerGb;
            volume += take;
            left -= take;
        }
        m_providerMonthGb[ups] += gb;
    }
    m_linkGb[pair] += gb;
    m_linkUsd[pair] += usd;
    ++m_linkCount[pair];
    m_regionEgressUsd[static_cast<std::size_t>(src)] += usd;
    const double kwh = gb * m_cluster.networkKwhPerGb;
    m_regionNetKwh[static_cast<std::size_t>(src)] += kwh;
    m_regionNetKg[static_cast<std::size_t>(src)] +=
        kwh * m_cluster.regionCarbonKgPerKwh[static_cast<std::size_t>(src)];
    const auto k = static_cast<std::size_t>(classEntity(cls) - m_classEntity0);
    m_classEgressUsd[k] += usd;
    m_classNetKwh[k] += kwh;
    m_classNetKg[k] += kwh * m_cluster.regionCarbonKgPerKwh[static_cast<std::size_t>(src)];
    if (ps != pd) {
        m_intercloudGb += gb;
        m_classIntercloudGb[k] += gb;
    }
    return usd;
}

void Simulation::Kernel::replicaReady(int replica)
{
    const auto idx = static_cast<std::size_t>(replica);
    const int d = replica / m_cluster.regionCount;
    const int r = replica % m_cluster.regionCount;
    const double gb = m_cluster.datasetGb[static_cast<std::size_t>(d)];
    m_cluster.replicas[idx] = ReplicaState::Cached;
    m_cluster.refreshDatasetSources(d);
    m_replicaLastUse[idx] = m_cluster.nowHours;
    m_regionCacheGb[static_cast<std::size_t>(r)] += gb;
    const double usdPerHour = gb * m_providerStorageUsdPerGbHour[static_cast<std::size_t>(
                                       m_cluster.regionProvider[static_cast<std::size_t>(r)])];
    m_acc.change(r, m_cluster.nowHours, Rate::StorageUsdPerHour, usdPerHour);
    m_acc.change(classEntity(m_replicaClass[idx]), m_cluster.nowHours, Rate::StorageUsdPerHour,
                 usdPerHour);
    std::vector<int> waiters;
    waiters.swap(m_replicaWaiters[idx]);
    for (int job : waiters) {
        Job& j = m_jobs[static_cast<std::size_t>(job)];
        if (j.state == JobState::Staging && --j.pendingData == 0)
            dataArrived(job);
    }
    evictIfFull(r);
}

void Simulation::Kernel::evictIfFull(int region)
{
    if (!(m_cacheCapacityGb > 0.0))
        return;
    const auto ur = static_cast<std::size_t>(region);
    const int R = m_cluster.regionCount;
    while (m_regionCacheGb[ur] > m_cacheCapacityGb + 1e-9) {
        int victim = -1; // least recently used replica nobody is reading
        for (std::size_t d = 0; d < m_cluster.datasetGb.size(); ++d) {
            const auto idx = d * static_cast<std::size_t>(R) + ur;
            if (m_cluster.replicas[idx] != ReplicaState::Cached || m_replicaUsers[idx] > 0)
                continue;
            if (victim < 0 ||
                m_replicaLastUse[idx] < m_replicaLastUse[static_cast<std::size_t>(victim)])
                victim = static_cast<int>(idx);
        }
        if (victim < 0)
            return; // everything cached is in use: over capacity until a reader finishes
        const auto v = static_cast<std::size_t>(victim);
        const double gb = m_cluster.datasetGb[v / static_cast<std::size_t>(R)];
        m_cluster.replicas[v] = ReplicaState::Absent;
        m_cluster.refreshDatasetSources(static_cast<int>(v / static_cast<std::size_t>(R)));
        m_regionCacheGb[ur] -= gb;
        const double usdPerHour =
            gb *
            m_providerStorageUsdPerGbHour[static_cast<std::size_t>(m_cluster.regionProvider[ur])];
        m_acc.change(region, m_cluster.nowHours, Rate::StorageUsdPerHour, -usdPerHour);
        m_acc.change(classEntity(m_replicaClass[v]), m_cluster.nowHours, Rate::StorageUsdPerHour,
                     -usdPerHour);
        ++m_evictions;
    }
}

void Simulation::Kernel::useReplica(int job, int r)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    if (j.demand.dataset < 0)
        return;
    const auto idx = static_cast<std::size_t>(j.demand.dataset * m_cluster.regionCount + r);
    if (m_cluster.replicas[idx] != ReplicaState::Cached)
        return; // home copies are never evicted
    ++m_replicaUsers[idx];
    m_replicaLastUse[idx] = m_cluster.nowHours;
    j.replicaUsed = static_cast<int>(idx);
}

void Simulation::Kernel::releaseReplica(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    if (j.replicaUsed < 0)
        return;
    const auto idx = static_cast<std::size_t>(j.replicaUsed);
    j.replicaUsed = -1;
    --m_replicaUsers[idx];
    m_replicaLastUse[idx] = m_cluster.nowHours;
    if (m_replicaUsers[idx] == 0)
        evictIfFull(static_cast<int>(idx % static_cast<std::size_t>(m_cluster.regionCount)));
}

void Simulation::Kernel::dataArrived(int job)
{
    Job& j = m_jobs[static_cast<std::size_t>(job)];
    j.stagingHours += m_cluster.nowHours - j.phaseStart;
    const int g = j.targetGroup;
    int vm = m_cluster.groupUsable(g)
                 ? m_cluster.index.firstFit(g, j.demand.vcpus, j.demand.memoryGib, j.demand.gpus)
                 : -1;
    if (vm < 0)
        vm = m_cluster.provisionSlot(g);
    if (vm >= 0 && canPlace(vm, j.demand)) {
        reserveOn(job, vm);
        return;
    }
    // the chosen group filled up while the data travelled: decide again (the data is there now)
    enqueue(job, true);
}

double Simulation::Kernel::vmPrice(int vm) const
{
    const auto v = static_cast<std::size_t>(vm);
    const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    return vm - g.firstVm < g.reserved ? g.reservedPriceUsdPerHour : g.priceUsdPerHour;
}

} // namespace nephos
