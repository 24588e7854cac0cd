#include "policy/ScoringPolicy.h"

#include "policy/PolicySupport.h"

#include <cmath>

namespace nephos {

using namespace policysupport;

int ScoringPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    const bool lastResort = newVmsOnlyWhenFull();
    struct Best
    {
        int vm = -1, group = -1, candidate = -1;
        bool isNew = false, local = false;
        double score = 0.0, cost = 0.0;
    } best;
    for (int g : m_candidates.forJob(c, j)) {
        const bool room = c.groupUsable(g) && c.index.mayFit(g, j.vcpus, j.memoryGib, j.gpus);
        int vm = room ? pickVm(c, j, g) : -1;
        bool isNew = false;
        if (vm < 0) { // on-demand scaling: a new VM of this group is a candidate too
            if (lastResort && best.vm >= 0 && !best.isNew && !rec)
                continue; // a running VM has room already: new VMs cannot win
            vm = c.provisionSlot(g);
            isNew = vm >= 0;
        }
        if (vm < 0) {
            addCandidate(rec, c, g, -1, 0.0, j);
            continue;
        }
        const double s = score(c, j, g, vm);
        addCandidate(rec, c, g, vm, s, j, isNew);
        bool better = best.vm < 0, tie = false;
        if (!better && lastResort && isNew != best.isNew)
            better = !isNew; // running VMs first; a new one only when none has room
        else if (!better) {
            const double tol = 1e-9 * std::max(1.0, std::fabs(best.score));
            better = s < best.score - tol;
            tie = !better && s <= best.score + tol;
        }
        if (better) {
            best = {vm, g,   rec ? static_cast<int>(rec->candidates.size()) - 1 : -1, isNew, false,
                    s,  -1.0}; // tie-break facts: computed on a tie only
        } else if (tie) {
            const bool local = c.dataLocal(j, c.groups[static_cast<std::size_t>(g)].region);
            const double cost = c.expectedCostUsd(j, g); // the second tie-break
            { // data locality first, then the lower expected cost
                if (best.cost < 0.0) {
                    best.local =
                        c.dataLocal(j, c.groups[static_cast<std::size_t>(best.group)].region);
                    best.cost = c.expectedCostUsd(j, best.group);
                }
                better = (local && !best.local) || (local == best.local && cost < best.cost);
            }
            if (better)
                best = {vm,    g,     rec ? static_cast<int>(rec->candidates.size()) - 1 : -1,
                        isNew, local, s,
                        cost};
        }
    }
    if (rec)
        rec->chosen = best.candidate;
    return best.vm;
}

void ScoringPolicy::explain(const ClusterState& c, const JobDemand& j, DecisionRecord& rec) const
{
    for (CandidateRecord& cand : rec.candidates) {
        if (!cand.feasible)
            cand.why = "type fits but every VM is full and the group cannot grow";
        else
            cand.why = (cand.newVm ? std::string("new VM (boots first): ") : std::string()) +
                       why(c, j, cand.poolEntry, cand.vm, cand.score, cand.newVm);
    }
    if (rec.chosen >= 0) {
        const CandidateRecord& w = rec.candidates[static_cast<std::size_t>(rec.chosen)];
        rec.reason = reason(c, j, w.poolEntry, w.score);
        int tied = 0;
        for (const CandidateRecord& cand : rec.candidates)
            tied += cand.feasible && &cand != &w &&
                    std::fabs(cand.score - w.score) <= 1e-9 * std::max(1.0, std::fabs(w.score));
        if (tied > 0)
            rec.reason += format("; %d other candidate(s) scored the same: the tie went to the "
                                 "region holding the job's data, then to the lower expected cost",
                                 tied);
        if (w.newVm)
            rec.reason += "; a VM is provisioned for it";
    } else {
        rec.reason = "no VM has room for the job and no group can grow: it waits";
    }
}

} // namespace nephos
