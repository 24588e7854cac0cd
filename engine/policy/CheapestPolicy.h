#pragma once

#include "policy/ScoringPolicy.h"

namespace nephos {

/// Cost greedy across clouds: expected cost of the job in each group = VM price × the share of
/// the VM the job occupies × expected run time on that hardware + egress of its input data to
/// that region. The cheapest group wins (first fit inside it); never scales.
class CheapestPolicy : public ScoringPolicy
{
public:
    std::string name() const override { return "cheapest"; }
    /// Expected cost in USD of the job on group g.
    static double expectedCostUsd(const ClusterState& c, const JobDemand& j, int g);
    /// Expected cost of a VM of group g provisioned for the job (boot + run + idle timeout).
    static double newVmCostUsd(const ClusterState& c, const JobDemand& j, int g);

protected:
    int pickVm(const ClusterState& c, const JobDemand& j, int g) const override;
    double score(const ClusterState& c, const JobDemand& j, int g, int vm) const override;
    std::string why(const ClusterState& c, const JobDemand& j, int g, int vm, double score,
                    bool newVm) const override;
    std::string reason(const ClusterState& c, const JobDemand& j, int g,
                       double score) const override;
};

} // namespace nephos
