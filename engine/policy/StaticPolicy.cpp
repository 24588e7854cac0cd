#include "policy/StaticPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int StaticPolicy::firstFit(const ClusterState& c, const JobDemand& j,
                           const std::vector<int>& groups, DecisionRecord* rec)
{
    for (int g : groups) {
        const int vm = c.groupUsable(g) ? c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus) : -1;
        addCandidate(rec, c, g, vm, static_cast<double>(g), j);
        if (vm >= 0) {
            if (rec)
                rec->chosen = static_cast<int>(rec->candidates.size()) - 1;
            return vm;
        }
    }
    // on-demand scaling: no running VM has room, provision in the first group that can grow
    for (int g : groups) {
        const int slot = c.provisionSlot(g);
        if (slot < 0)
            continue;
        addCandidate(rec, c, g, slot, static_cast<double>(g), j, true);
        if (rec)
            rec->chosen = static_cast<int>(rec->candidates.size()) - 1;
        return slot;
    }
    return -1;
}

void StaticPolicy::explainFirstFit(const ClusterState& c, DecisionRecord& rec)
{
    for (CandidateRecord& cand : rec.candidates)
        cand.why = !cand.feasible ? std::string("type fits but every VM is full")
                   : cand.newVm
                       ? format("first group in pool order that can grow (new VM %d)", cand.vm)
                       : format("first group in pool order with room (VM %d)", cand.vm);
    if (rec.chosen >= 0)
        rec.reason = "first fit: " +
                     groupLabel(c, rec.candidates[static_cast<std::size_t>(rec.chosen)].poolEntry) +
                     " is the first pool entry with a VM that has room";
    else
        rec.reason = "no VM in the pool has room: the job waits";
}

void StaticPolicy::explain(const ClusterState& c, const JobDemand&, DecisionRecord& rec) const
{
    explainFirstFit(c, rec);
}

int StaticPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    return firstFit(c, j, m_candidates.forJob(c, j), rec);
}

} // namespace nephos
