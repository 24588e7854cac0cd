#include "policy/ScoringPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int ScoringPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    int bestVm = -1, bestGroup = -1, bestCandidate = -1;
    double bestScore = 0.0;
    for (int g : m_candidates.forJob(c, j)) {
        const bool room = c.groupUp[static_cast<std::size_t>(g)] > 0 &&
                          c.index.mayFit(g, j.vcpus, j.memoryGib, j.gpus);
        const int vm = room ? pickVm(c, j, g) : -1;
        if (vm < 0) {
            addCandidate(rec, c, g, -1, 0.0, "type fits but every VM is full");
            continue;
        }
        const double s = score(c, j, g, vm);
        if (rec)
            addCandidate(rec, c, g, vm, s, why(c, j, g, vm, s));
        if (bestVm < 0 || s < bestScore) {
            bestVm = vm;
            bestGroup = g;
            bestScore = s;
            bestCandidate = rec ? static_cast<int>(rec->candidates.size()) - 1 : -1;
        }
    }
    if (rec) {
        rec->chosen = bestCandidate;
        rec->reason = bestVm >= 0 ? reason(c, j, bestGroup, bestScore)
                                  : std::string("no VM has room for the job: it waits");
    }
    return bestVm;
}

} // namespace nephos
