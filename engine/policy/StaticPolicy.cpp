#include "policy/StaticPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int StaticPolicy::firstFit(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    const int groups = static_cast<int>(c.groups.size());
    for (int g = 0; g < groups; ++g) {
        if (!c.typeCanHost(j, g) || !c.reachable(j, c.groups[static_cast<std::size_t>(g)].region))
            continue;
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
    return firstFit(c, j, rec);
}

} // namespace nephos
