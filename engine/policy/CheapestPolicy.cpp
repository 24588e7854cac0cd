#include "policy/CheapestPolicy.h"

#include "policy/PolicySupport.h"

#include <algorithm>
#include <cmath>

namespace nephos {

using namespace policysupport;

double CheapestPolicy::expectedCostUsd(const ClusterState& c, const JobDemand& j, int g)
{
    return c.expectedCostUsd(j, g);
}

double CheapestPolicy::newVmCostUsd(const ClusterState& c, const JobDemand& j, int g)
{
    // the marginal cost of a VM provisioned for the job: billed from provisioning (boot), while
    // it runs, and until the idle timeout releases it
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    return grp.priceUsdPerHour * (c.bootHours + c.expectedHours(j, g) + c.idleTimeoutHours) +
           c.egressUsd(j, grp.region);
}

int CheapestPolicy::pickVm(const ClusterState& c, const JobDemand& j, int g) const
{
    return c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus);
}

double CheapestPolicy::score(const ClusterState& c, const JobDemand& j, int g, int vm) const
{
    return c.isNewVm(vm) ? newVmCostUsd(c, j, g) : expectedCostUsd(c, j, g);
}

std::string CheapestPolicy::why(const ClusterState& c, const JobDemand& j, int g, int, double s,
                                bool newVm) const
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    const double share = c.share(j, g), hours = c.expectedHours(j, g);
    if (newVm)
        return format("$%.2f/h × (%.2f h boot + run + idle) + $%.2f egress = $%.2f",
                      grp.priceUsdPerHour, c.bootHours + hours + c.idleTimeoutHours,
                      c.egressUsd(j, grp.region), s);
    return format("$%.2f/h × %.2f share × %.2f h + $%.2f egress = $%.2f", grp.priceUsdPerHour,
                  share, hours, c.egressUsd(j, grp.region), s);
}

std::string CheapestPolicy::reason(const ClusterState& c, const JobDemand&, int g, double s) const
{
    return format("cheapest: %s costs an expected $%.2f for this job, egress included",
                  groupLabel(c, g).c_str(), s);
}

} // namespace nephos
