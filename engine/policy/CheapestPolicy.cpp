#include "policy/CheapestPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

double CheapestPolicy::expectedCostUsd(const ClusterState& c, const JobDemand& j, int g)
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    return grp.priceUsdPerHour * c.share(j, g) * c.expectedHours(j, g) + c.egressUsd(j, grp.region);
}

int CheapestPolicy::pickVm(const ClusterState& c, const JobDemand& j, int g) const
{
    return c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus);
}

double CheapestPolicy::score(const ClusterState& c, const JobDemand& j, int g, int) const
{
    return expectedCostUsd(c, j, g);
}

std::string CheapestPolicy::why(const ClusterState& c, const JobDemand& j, int g, int,
                                double s) const
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    return format("$%.2f/h x %.2f share x %.2f h + $%.2f egress = $%.2f", grp.priceUsdPerHour,
                  c.share(j, g), c.expectedHours(j, g), c.egressUsd(j, grp.region), s);
}

std::string CheapestPolicy::reason(const ClusterState& c, const JobDemand&, int g, double s) const
{
    return format("cheapest: %s costs an expected $%.2f for this job, egress included",
                  groupLabel(c, g).c_str(), s);
}

} // namespace nephos
