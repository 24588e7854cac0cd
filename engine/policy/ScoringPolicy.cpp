#include "policy/ScoringPolicy.h"

#include "policy/PolicySupport.h"

namespace nephos {

using namespace policysupport;

int ScoringPolicy::place(const ClusterState& c, const JobDemand& j, DecisionRecord* rec)
{
    int bestVm = -1, bestCandidate = -1;
    double bestScore = 0.0;
    for (int g : m_candidates.forJob(c, j)) {
        const bool room = c.groupUp[static_cast<std::size_t>(g)] > 0 &&
                          c.index.mayFit(g, j.vcpus, j.memoryGib, j.gpus);
        const int vm = room ? pickVm(c, j, g) : -1;
        if (vm < 0) {
            addCandidate(rec, c, g, -1, 0.0);
            continue;
        }
        const double s = score(c, j, g, vm);
        addCandidate(rec, c, g, vm, s);
        if (bestVm < 0 || s < bestScore) {
            bestVm = vm;
            bestScore = s;
            bestCandidate = rec ? static_cast<int>(rec->candidates.size()) - 1 : -1;
        }
    }
    if (rec)
        rec->chosen = bestCandidate;
    return bestVm;
}

void ScoringPolicy::explain(const ClusterState& c, const JobDemand& j, DecisionRecord& rec) const
{
    for (CandidateRecord& cand : rec.candidates)
        cand.why = cand.feasible ? why(c, j, cand.poolEntry, cand.vm, cand.score)
                                 : std::string("type fits but every VM is full");
    if (rec.chosen >= 0) {
        const CandidateRecord& w = rec.candidates[static_cast<std::size_t>(rec.chosen)];
        rec.reason = reason(c, j, w.poolEntry, w.score);
    } else {
        rec.reason = "no VM has room for the job: it waits";
    }
}

} // namespace nephos
