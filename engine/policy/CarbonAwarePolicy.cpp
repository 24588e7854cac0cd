#include "policy/CarbonAwarePolicy.h"

#include "policy/PolicySupport.h"

#include <algorithm>

namespace nephos {

using namespace policysupport;

double CarbonAwarePolicy::expectedKgCo2e(const ClusterState& c, const JobDemand& j, int g,
                                         bool newVm)
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    const auto r = static_cast<std::size_t>(grp.region);
    const double gpu = std::min(j.gpus, static_cast<double>(grp.gpus)) * j.gpuUtil;
    const double hours = c.expectedHours(j, g);
    // a VM provisioned for the job draws its whole idle power while it runs and until released
    const double idleWh = newVm ? grp.idleWatts * (hours + c.idleTimeoutHours)
                                : c.share(j, g) * grp.idleWatts * hours;
    const double dynWh =
        (j.vcpus * j.cpuUtil * grp.cpuDynWattsPerVcpu + gpu * grp.gpuDynWatts) * hours;
    double kg = (idleWh + dynWh) / 1000.0 * c.regionPue[r] * c.regionCarbonKgPerKwh[r];
    if (j.dataGb > 0.0 && j.homeRegion >= 0 && j.homeRegion != grp.region)
        kg += j.dataGb * c.networkKwhPerGb *
              c.regionCarbonKgPerKwh[static_cast<std::size_t>(j.homeRegion)];
    if (j.dataset >= 0 && !c.dataLocal(j, grp.region)) {
        const int src = c.datasetSource(j.dataset, grp.region);
        if (src >= 0)
            kg += c.datasetGb[static_cast<std::size_t>(j.dataset)] * c.networkKwhPerGb *
                  c.regionCarbonKgPerKwh[static_cast<std::size_t>(src)];
    }
    return kg;
}

int CarbonAwarePolicy::pickVm(const ClusterState& c, const JobDemand& j, int g) const
{
    return c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus);
}

double CarbonAwarePolicy::score(const ClusterState& c, const JobDemand& j, int g, int vm) const
{
    const double kg = expectedKgCo2e(c, j, g, c.isNewVm(vm));
    return j.workPflop > 0.0 ? kg / j.workPflop : kg;
}

std::string CarbonAwarePolicy::why(const ClusterState& c, const JobDemand& j, int g, int, double s,
                                   bool) const
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    const auto r = static_cast<std::size_t>(grp.region);
    return format("%.3f kg CO2e%s at %.3f kg/kWh, PUE %.2f", s, j.workPflop > 0 ? "/PFLOP" : "",
                  c.regionCarbonKgPerKwh[r], c.regionPue[r]);
}

std::string CarbonAwarePolicy::reason(const ClusterState& c, const JobDemand& j, int g,
                                      double s) const
{
    return format("lowest carbon: %s emits an expected %.3f kg CO2e%s", groupLabel(c, g).c_str(), s,
                  j.workPflop > 0 ? " per PFLOP" : " for this job");
}

} // namespace nephos
