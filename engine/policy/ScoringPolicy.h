#pragma once

#include "policy/CandidateGroups.h"
#include "policy/Policy.h"

#include <string>

namespace nephos {

/// Base of the policies that compare every eligible (region, type) group: each picks one VM per
/// group (through the capacity index, never a VM scan; under on-demand scaling a new VM of the
/// group when none has room), scores it (lower is better) and the best score wins; ties prefer
/// data locality, then the lower expected cost, then the earlier group in pool order.
class ScoringPolicy : public Policy
{
public:
    int place(const ClusterState& cluster, const JobDemand& job, DecisionRecord* record) override;
    void explain(const ClusterState& cluster, const JobDemand& job,
                 DecisionRecord& record) const override;

protected:
    /// Whether new VMs are considered only when no running VM has room (load balancers).
    virtual bool newVmsOnlyWhenFull() const { return false; }
    /// VM of group g for the job, -1 when none fits.
    virtual int pickVm(const ClusterState& c, const JobDemand& j, int g) const = 0;
    /// Score of the job on `vm` of group g; `vm` may be an inactive slot (a new VM).
    virtual double score(const ClusterState& c, const JobDemand& j, int g, int vm) const = 0;
    /// Short explanation of a candidate's score (static facts, the score and whether the VM was
    /// a new one: it may run after the cluster state changed).
    virtual std::string why(const ClusterState& c, const JobDemand& j, int g, int vm, double score,
                            bool newVm) const = 0;
    /// One sentence on why the winner won.
    virtual std::string reason(const ClusterState& c, const JobDemand& j, int g,
                               double score) const = 0;

private:
    CandidateGroups m_candidates;
};

} // namespace nephos
