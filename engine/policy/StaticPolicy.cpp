#include "policy/StaticPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int StaticPolicy::firstFit(const ClusterState& c, const JobDemand& j,
                           const std::vector<int>& groups, DecisionRecord* rec)
{
    for (int g : groups) {
        const int vm = c.groupUp[static_cast<std::size_t>(g)] > 0
                           ? c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus)
                           : -1;
        if (rec)
            addCandidate(rec, c, g, vm, static_cast<double>(g),
                         vm >= 0 ? format("first group in pool order with room (VM %d)", vm)
                                 : std::string("type fits but every VM is full"));
        if (vm >= 0) {
            if (rec) {
                rec->chosen = static_cast<int>(rec->candidates.size()) - 1;
                rec->reason = "first fit: " + groupLabel(c, g) +
                              " is the first pool entry with a VM that has room";
            }
            return vm;
        }
    }
    if (rec)
        rec->reason = "no VM in the pool has room: the job waits";
    return -1;
}

int StaticPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    return firstFit(c, j, m_candidates.forJob(c, j), rec);
}

} // namespace nephos
