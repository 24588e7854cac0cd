#include "sim/ClusterState.h"

#include <algorithm>

namespace nephos {

double ClusterState::speedPflopPerHour(const JobDemand& job, int g) const
{
    if (job.workPflop <= 0.0)
        return 0.0;
    const VmGroup& grp = groups[static_cast<std::size_t>(g)];
    if (job.gpuBound)
        return job.gpus * grp.gpuFp16Tflops * job.gpuUtil * 3.6; // TFLOPS * 3600 s / 1000
    return job.vcpus * cpuGflopsPerVcpu * job.cpuUtil * 0.0036;  // GFLOPS * 3600 s / 1e6
}

double ClusterState::expectedHours(const JobDemand& job, int g) const
{
    const double speed = speedPflopPerHour(job, g);
    return speed > 0.0 ? job.workPflop / speed : job.referenceHours;
}

double ClusterState::stagingHours(const JobDemand& job, int r) const
{
    if (job.dataGb <= 0.0 || job.homeRegion < 0 || job.homeRegion == r)
        return 0.0;
    const LinkFacts& l = link(job.homeRegion, r);
    if (!l.exists || l.throughputGbps <= 0.0)
        return 1e300;
    return job.dataGb / (l.throughputGbps * 450.0) + l.rttMs / 3.6e6;
}

double ClusterState::egressUsd(const JobDemand& job, int r) const
{
    if (job.dataGb <= 0.0 || job.homeRegion < 0 || job.homeRegion == r)
        return 0.0;
    return job.dataGb * link(job.homeRegion, r).egressUsdPerGb;
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
