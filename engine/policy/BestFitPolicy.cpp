#include "policy/BestFitPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int BestFitPolicy::pickVm(const ClusterState& c, const JobDemand& j, int g) const
{
    return c.index.bestFit(g, j.vcpus, j.memoryGib, j.gpus);
}

double BestFitPolicy::score(const ClusterState& c, const JobDemand& j, int, int vm) const
{
    return c.freeVcpus(vm) - j.vcpus;
}

std::string BestFitPolicy::why(const ClusterState&, const JobDemand&, int, int vm, double s,
                               bool) const
{
    return format("VM %d keeps %.4g free vCPUs after placement", vm, s);
}

std::string BestFitPolicy::reason(const ClusterState& c, const JobDemand&, int g, double s) const
{
    return format("tightest fit: %s leaves only %.4g free vCPUs", groupLabel(c, g).c_str(), s);
}

} // namespace nephos
