#include "policy/LeastLoadedPolicy.h"

#include "policy/PolicySupport.h"

#include <algorithm>

namespace nephos {

using namespace policysupport;

int LeastLoadedPolicy::pickVm(const ClusterState& c, const JobDemand& j, int g) const
{
    return c.index.leastLoaded(g, j.vcpus, j.memoryGib, j.gpus);
}

double LeastLoadedPolicy::score(const ClusterState& c, const JobDemand& j, int g, int vm) const
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    double load = 0.0;
    if (grp.vcpus > 0)
        load = std::max(load, 1.0 - (c.freeVcpus(vm) - j.vcpus) / grp.vcpus);
    if (grp.memoryGib > 0)
        load = std::max(load, 1.0 - (c.freeMemGib(vm) - j.memoryGib) / grp.memoryGib);
    if (grp.gpus > 0)
        load = std::max(load, 1.0 - (c.freeGpus(vm) - j.gpus) / grp.gpus);
    return load;
}

std::string LeastLoadedPolicy::why(const ClusterState&, const JobDemand&, int, int vm, double s,
                                   bool) const
{
    return format("VM %d would be %.1f%% loaded", vm, 100.0 * s);
}

std::string LeastLoadedPolicy::reason(const ClusterState& c, const JobDemand&, int g,
                                      double s) const
{
    return format("least loaded: %s, %.1f%% loaded after placement (the lowest of the candidates)",
                  groupLabel(c, g).c_str(), 100.0 * s);
}

} // namespace nephos
