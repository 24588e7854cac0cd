#pragma once

#include "policy/ScoringPolicy.h"

namespace nephos {

/// Carbon-aware: lowest expected kg CO2e per PFLOP. Expected energy of the job in a group =
/// (its share of the VM's idle power + its dynamic CPU/GPU power) × expected hours × PUE, times
/// the region's grid intensity, plus the network energy of staging its input (at the home
/// region's intensity); divided by the job's work (per job when it has no work). Never scales.
class CarbonAwarePolicy : public ScoringPolicy
{
public:
    std::string name() const override { return "carbon-aware"; }
    /// Expected kg CO2e of the job on group g.
    static double expectedKgCo2e(const ClusterState& c, const JobDemand& j, int g,
                                 bool newVm = false);

protected:
    int pickVm(const ClusterState& c, const JobDemand& j, int g) const override;
    double score(const ClusterState& c, const JobDemand& j, int g, int vm) const override;
    std::string why(const ClusterState& c, const JobDemand& j, int g, int vm, double score,
                    bool newVm) const override;
    std::string reason(const ClusterState& c, const JobDemand& j, int g,
                       double score) const override;
};

} // namespace nephos
