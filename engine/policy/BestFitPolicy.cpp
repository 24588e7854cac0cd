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
    const double leftVcpus = c.index.freeVcpus(vm) - j.vcpus;
    const double leftMem = c.index.freeMemGib(vm) - j.memoryGib;
    return leftVcpus + 1e-6 * leftMem;
}

std::string BestFitPolicy::why(const ClusterState& c, const JobDemand& j, int, int vm, double) const
{
    return format("%.4g vCPU / %.4g GiB left after placement", c.index.freeVcpus(vm) - j.vcpus,
                  c.index.freeMemGib(vm) - j.memoryGib);
}

std::string BestFitPolicy::reason(const ClusterState& c, const JobDemand&, int g, double s) const
{
    return format("tightest fit: %s leaves only %.4g free vCPUs", groupLabel(c, g).c_str(), s);
}

} // namespace nephos
