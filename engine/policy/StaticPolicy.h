#pragma once

#include "policy/CandidateGroups.h"
#include "policy/Policy.h"

namespace nephos {

/// Static allocation: the fixed pool, first fit in pool order (first group, then lowest VM index
/// with enough free capacity). Never scales.
class StaticPolicy : public Policy
{
public:
    bool fixedPool() const override { return true; }
    std::string name() const override { return "static"; }
    int place(const ClusterState& cluster, const JobDemand& job, DecisionRecord* record) override;
    void explain(const ClusterState& cluster, const JobDemand& job,
                 DecisionRecord& record) const override;
    static void explainFirstFit(const ClusterState& cluster, DecisionRecord& record);

    /// First fit across `groups` in pool order; shared with the threshold policy.
    static int firstFit(const ClusterState& cluster, const JobDemand& job,
                        const std::vector<int>& groups, DecisionRecord* record);

private:
    CandidateGroups m_candidates;
};

} // namespace nephos
