#pragma once

#include "policy/Policy.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"

#include <cstdio>
#include <string>

namespace nephos::policysupport {

/// Whether group g could host the job now: type large enough, GPUs if needed, data reachable,
/// and (root check) some VM with enough free capacity.
inline bool eligible(const ClusterState& c, const JobDemand& j, int g)
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    return c.groupUsable(g) && c.typeCanHost(j, g) && c.reachable(j, grp.region) &&
           c.index.mayFit(g, j.vcpus, j.memoryGib, j.gpus);
}

/// Adds one candidate (a (region, type) group) to a decision record.
inline void addCandidate(DecisionRecord* rec, const ClusterState& c, int g, int vm, double score,
                         const JobDemand& j, bool newVm = false)
{
    if (!rec)
        return;
    CandidateRecord cand;
    cand.region = c.groups[static_cast<std::size_t>(g)].region;
    cand.instanceType = c.groups[static_cast<std::size_t>(g)].instanceType;
    cand.vm = vm;
    cand.score = score;
    cand.feasible = vm >= 0;
    cand.poolEntry = g;
    cand.newVm = newVm;
    cand.stagingHours = c.stagingHours(j, cand.region);
    rec->candidates.push_back(std::move(cand));
}

/// printf-style formatting for the short explanations.
template <typename... Args> std::string format(const char* fmt, Args... args)
{
    char buf[256];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

/// "aws:us-east-1 m5.large" for explanations.
inline std::string groupLabel(const ClusterState& c, int g)
{
    const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
    return c.scenario->regions[static_cast<std::size_t>(grp.region)].id + " " +
           c.scenario->instanceTypes[static_cast<std::size_t>(grp.instanceType)].name;
}

} // namespace nephos::policysupport
