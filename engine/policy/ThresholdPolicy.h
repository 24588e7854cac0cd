#pragma once

#include "policy/CandidateGroups.h"
#include "policy/Policy.h"

namespace nephos {

/// Threshold-based dynamic allocation: first fit placement; every scaling interval each group
/// whose reserved share (largest over vCPU, memory, GPU) of its provisioned VMs exceeds `upper`
/// (default 0.8) grows by
/// `step` (default 0.25) of its size (at least one VM), and one below `lower` (default 0.3)
/// shrinks by `step` (idle VMs only), within the pool entry's min/max. A group scaled to zero
/// gets one VM back when jobs are queued.
class ThresholdPolicy : public Policy
{
public:
    ThresholdPolicy(double upper, double lower, double step);
    std::string name() const override { return "threshold"; }
    int place(const ClusterState& cluster, const JobDemand& job, DecisionRecord* record) override;
    void explain(const ClusterState& cluster, const JobDemand& job,
                 DecisionRecord& record) const override;
    bool scales() const override { return true; }
    void scale(const ClusterState& cluster, ScalingPlan& plan) override;
    /// The threshold scaling strategy (settings.scaling "threshold" uses it with any policy):
    /// a group above `upper` reserved share grows by ceil(active × step), one below `lower`
    /// shrinks by as much when nothing is queued.
    static void scaleGroups(const ClusterState& c, ScalingPlan& plan, double upper, double lower,
                            double step);

private:
    double m_upper;
    double m_lower;
    double m_step;
    CandidateGroups m_candidates;
};

} // namespace nephos
