#pragma once

#include "sim/ClusterState.h"

#include <string>
#include <vector>

namespace nephos {

struct DecisionRecord;

/// Scaling actions a policy asks for; the kernel applies them within each group's
/// VmPoolEntry min/max (new VMs boot for settings.vmBootSeconds; only idle VMs are removed).
struct ScalingPlan
{
    struct Change
    {
        int group = -1;
        int delta = 0; ///< > 0: start VMs, < 0: stop idle VMs
    };
    std::vector<Change> changes;
    void add(int group, int delta) { changes.push_back({group, delta}); }
};

/// A placement and scaling strategy. It sees the cluster read-only (facts, VM state, capacity
/// index) and one job at a time; it never scans every VM: use ClusterState::index per group.
/// Instances hold no global state; one instance serves one Simulation.
class Policy
{
public:
    virtual ~Policy() = default;
    virtual std::string name() const = 0;
    /// Returns the VM (index into the run's VM slots) the job should run on, or -1 to leave it
    /// queued. When `record` is given, fills its candidates (one per (region, type) group
    /// considered, score lower is better), `chosen` and `reason`.
    virtual int place(const ClusterState& cluster, const JobDemand& job,
                      DecisionRecord* record) = 0;
    /// Fills each candidate's `why` and the record's `reason` of a record this policy filled in
    /// place() (which only stores numbers: that keeps recording cheap). Uses static facts and the
    /// recorded numbers only, so the kernel may call it later (when results are read).
    virtual void explain(const ClusterState& cluster, const JobDemand& job,
                         DecisionRecord& record) const = 0;
    /// Whether the policy needs a fixed pool (the paper's static allocation): the kernel then
    /// ignores settings.scaling.
    virtual bool fixedPool() const { return false; }
    /// Whether scale() should be called every settings.scalingIntervalMinutes.
    virtual bool scales() const { return false; }
    virtual void scale(const ClusterState& /*cluster*/, ScalingPlan& /*plan*/) {}
};

} // namespace nephos
