#include "sim/ClusterState.h"

#include <algorithm>

namespace nephos {

double ClusterState::speedPflopPerHour(const JobDemand& job, int g) const
{
    if (job.workPflop <= 0.0)
        return 0.0;
    const VmGroup& grp = groups[static_cast<std::size_t>(g)];
    if (job.gpuBound)
        return job.gpus * grp.gpuFp16Tflops * job.mfu * 3.6;    // TFLOPS * 3600 s / 1000
    return job.vcpus * cpuGflopsPerVcpu * job.cpuUtil * 0.0036; // GFLOPS * 3600 s / 1e6
}

double ClusterState::expectedHours(const JobDemand& job, int g) const
{
    if (!job.hardwareSpeed)
        return job.referenceHours;
    const double speed = speedPflopPerHour(job, g);
    return speed > 0.0 ? job.workPflop / speed : job.referenceHours;
}

namespace {
double transferHours(const LinkFacts& l, double gb)
{
    if (!l.exists || l.throughputGbps <= 0.0)
        return 1e300;
    return gb / (l.throughputGbps * 450.0) + l.rttMs / 3.6e6; // 1 Gbit/s = 450 GB/h
}
} // namespace

void ClusterState::refreshDatasetSources(int d)
{
    if (datasetSources.size() != replicas.size())
        datasetSources.assign(replicas.size(), -1);
    for (int r = 0; r < regionCount; ++r)
        datasetSources[static_cast<std::size_t>(d * regionCount + r)] = findDatasetSource(d, r);
}

int ClusterState::findDatasetSource(int d, int r) const
{
    int best = -1;
    double bestGbps = 0.0, bestUsd = 0.0;
    for (int s = 0; s < regionCount; ++s) {
        const ReplicaState st = replica(d, s);
        if (st != ReplicaState::Cached && st != ReplicaState::Home)
            continue;
        if (s == r)
            return s;
        const LinkFacts& l = link(s, r);
        if (!l.exists || l.throughputGbps <= 0.0)
            continue;
        if (best < 0 || l.throughputGbps > bestGbps ||
            (l.throughputGbps == bestGbps && l.egressUsdPerGb < bestUsd)) {
            best = s;
            bestGbps = l.throughputGbps;
            bestUsd = l.egressUsdPerGb;
        }
    }
    return best;
}

bool ClusterState::dataLocal(const JobDemand& job, int r) const
{
    if (job.dataGb > 0.0 && job.homeRegion >= 0 && job.homeRegion != r)
        return false;
    if (job.dataset < 0)
        return true;
    const ReplicaState st = replica(job.dataset, r);
    return st == ReplicaState::Cached || st == ReplicaState::Home;
}

double ClusterState::stagingHours(const JobDemand& job, int r) const
{
    double h = 0.0;
    if (job.dataGb > 0.0 && job.homeRegion >= 0 && job.homeRegion != r)
        h = transferHours(link(job.homeRegion, r), job.dataGb);
    if (job.dataset >= 0 && !dataLocal(job, r)) {
        const int src = datasetSource(job.dataset, r);
        const double gb = datasetGb[static_cast<std::size_t>(job.dataset)];
        h = std::max(h, src < 0 ? 1e300 : src == r ? 0.0 : transferHours(link(src, r), gb));
    }
    return h;
}

double ClusterState::egressUsd(const JobDemand& job, int r) const
{
    double usd = 0.0;
    if (job.dataGb > 0.0 && job.homeRegion >= 0 && job.homeRegion != r)
        usd += job.dataGb * link(job.homeRegion, r).egressUsdPerGb;
    if (job.dataset >= 0) {
        const ReplicaState st = replica(job.dataset, r);
        const int src = datasetSource(job.dataset, r);
        if (st == ReplicaState::Absent && src >= 0 && src != r)
            usd += datasetGb[static_cast<std::size_t>(job.dataset)] * link(src, r).egressUsdPerGb;
    }
    return usd;
}

double ClusterState::expectedCostUsd(const JobDemand& job, int g) const
{
    const VmGroup& grp = groups[static_cast<std::size_t>(g)];
    return grp.priceUsdPerHour * share(job, g) * expectedHours(job, g) + egressUsd(job, grp.region);
}

int ClusterState::provisionSlot(int g) const
{
    if (scaling != ScalingMode::OnDemand)
        return -1;
    const auto ug = static_cast<std::size_t>(g);
    const VmGroup& grp = groups[ug];
    if (!grp.enabled || groupActive[ug] >= grp.maxCount || groupFreeSlots[ug].empty())
        return -1;
    return groupFreeSlots[ug].back();
}

// Capacity minus what placed jobs reserved, read from the plain per-VM arrays (an inactive
// slot has nothing reserved, so it counts as a new, empty VM).
double ClusterState::freeVcpus(int vm) const
{
    const auto v = static_cast<std::size_t>(vm);
    return std::max(0.0, groups[static_cast<std::size_t>(vmGroup[v])].vcpus - vmUsedVcpus[v]);
}

double ClusterState::freeMemGib(int vm) const
{
    const auto v = static_cast<std::size_t>(vm);
    return std::max(0.0, groups[static_cast<std::size_t>(vmGroup[v])].memoryGib - vmUsedMemGib[v]);
}

double ClusterState::freeGpus(int vm) const
{
    const auto v = static_cast<std::size_t>(vm);
    return std::max(0.0, groups[static_cast<std::size_t>(vmGroup[v])].gpus - vmUsedGpus[v]);
}

double ClusterState::share(const JobDemand& job, int g) const
{
    const VmGroup& grp = groups[static_cast<std::size_t>(g)];
    double s = 0.0;
    if (grp.vcpus > 0)
        s = std::max(s, job.vcpus / grp.vcpus);
    if (grp.memoryGib > 0)
        s = std::max(s, job.memoryGib / grp.memoryGib);
    if (grp.gpus > 0)
        s = std::max(s, job.gpus / grp.gpus);
    return std::min(1.0, s);
}

double ClusterState::groupReservedShare(int g) const
{
    const auto ug = static_cast<std::size_t>(g);
    const VmGroup& grp = groups[ug];
    const double n = groupActive[ug];
    if (n <= 0)
        return 0.0;
    double s = 0.0;
    if (grp.vcpus > 0)
        s = std::max(s, groupReservedVcpus[ug] / (n * grp.vcpus));
    if (grp.memoryGib > 0)
        s = std::max(s, groupReservedMemGib[ug] / (n * grp.memoryGib));
    if (grp.gpus > 0)
        s = std::max(s, groupReservedGpus[ug] / (n * grp.gpus));
    return s;
}

bool ClusterState::typeCanHost(const JobDemand& job, int g) const
{
    const VmGroup& grp = groups[static_cast<std::size_t>(g)];
    return job.vcpus <= grp.vcpus + 1e-9 && job.memoryGib <= grp.memoryGib + 1e-9 &&
           job.gpus <= grp.gpus + 1e-9 && (!job.gpuBound || grp.gpus > 0);
}

} // namespace nephos
