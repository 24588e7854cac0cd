#pragma once

#include "policy/ScoringPolicy.h"

namespace nephos {

/// Heuristic load balancing (the paper's solution C): the job goes to the VM that will be the
/// least loaded after placement, load being the largest used share over vCPU, memory and GPU.
/// Spreads jobs across VMs, regions and clouds; never scales.
class LeastLoadedPolicy : public ScoringPolicy
{
public:
    std::string name() const override { return "least-loaded"; }

protected:
    /// Balances load over the running VMs; grows a group only when none of them has room.
    bool newVmsOnlyWhenFull() const override { return true; }
    int pickVm(const ClusterState& c, const JobDemand& j, int g) const override;
    double score(const ClusterState& c, const JobDemand& j, int g, int vm) const override;
    std::string why(const ClusterState& c, const JobDemand& j, int g, int vm, double score,
                    bool newVm) const override;
    std::string reason(const ClusterState& c, const JobDemand& j, int g,
                       double score) const override;
};

} // namespace nephos
