#include "policy/ThresholdPolicy.h"

#include "policy/StaticPolicy.h"

#include <algorithm>
#include <cmath>

namespace nephos {

ThresholdPolicy::ThresholdPolicy(double upper, double lower, double step)
    : m_upper(upper)
    , m_lower(lower)
    , m_step(step)
{}

int ThresholdPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    return StaticPolicy::firstFit(c, j, m_candidates.forJob(c, j), rec);
}

void ThresholdPolicy::explain(const ClusterState& c, const JobDemand&, DecisionRecord& rec) const
{
    StaticPolicy::explainFirstFit(c, rec);
}

void ThresholdPolicy::scale(const ClusterState& c, ScalingPlan& plan)
{
    scaleGroups(c, plan, m_upper, m_lower, m_step);
}

void ThresholdPolicy::scaleGroups(const ClusterState& c, ScalingPlan& plan, double upper,
                                  double lower, double step)
{
    for (std::size_t g = 0; g < c.groups.size(); ++g) {
        const VmGroup& grp = c.groups[g];
        const int active = c.groupActive[g];
        if (active == 0) {
            if (c.queuedJobs > 0 && grp.maxCount > 0)
                plan.add(static_cast<int>(g), 1);
            continue;
        }
        const double util = c.groupReservedShare(static_cast<int>(g));
        const int n = std::max(1, static_cast<int>(std::ceil(active * step)));
        if (util > upper && active < grp.maxCount)
            plan.add(static_cast<int>(g), n);
        else if (util < lower && active > grp.minCount && c.queuedJobs == 0)
            plan.add(static_cast<int>(g), -n);
    }
}

} // namespace nephos
