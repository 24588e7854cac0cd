#include "policy/CandidateGroups.h"

namespace nephos {

const std::vector<int>& CandidateGroups::forJob(const ClusterState& c, const JobDemand& j)
{
    const bool hasData = j.dataGb > 0.0 && j.homeRegion >= 0;
    for (const Entry& e : m_entries)
        if (e.vcpus == j.vcpus && e.memoryGib == j.memoryGib && e.gpus == j.gpus &&
            e.gpuBound == j.gpuBound && e.homeRegion == j.homeRegion && e.hasData == hasData &&
            e.dataset == j.dataset)
            return e.groups;
    if (m_entries.size() >= 64) // many distinct shapes (trace replay): start over
        m_entries.clear();
    Entry e{j.vcpus, j.memoryGib, j.gpus, j.gpuBound, j.homeRegion, hasData, j.dataset, {}};
    // reachability from home regions is fixed; replicas only add sources, so this stays valid
    for (int g = 0; g < static_cast<int>(c.groups.size()); ++g)
        if (c.groups[static_cast<std::size_t>(g)].enabled &&
            c.groups[static_cast<std::size_t>(g)].maxCount > 0 && c.typeCanHost(j, g) &&
            c.reachable(j, c.groups[static_cast<std::size_t>(g)].region))
            e.groups.push_back(g);
    m_entries.push_back(std::move(e));
    return m_entries.back().groups;
}

} // namespace nephos
