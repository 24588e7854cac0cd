#include "policy/CandidateGroups.h"

#include <algorithm>

namespace nephos {

const std::vector<int>& CandidateGroups::forJob(const ClusterState& c, const JobDemand& j)
{
    const bool hasData = j.dataGb > 0.0 && j.homeRegion >= 0;
    const std::size_t slot = static_cast<std::size_t>(j.workloadClass + 1) * 64 +
                             static_cast<std::size_t>((j.dataset + 1) & 63);
    if (slot < m_lastHit.size()) {
        const int hit = m_lastHit[slot];
        if (hit >= 0 && m_entries[static_cast<std::size_t>(hit)].matches(j, hasData))
            return m_entries[static_cast<std::size_t>(hit)].groups;
    } else if (j.workloadClass < 1024) {
        m_lastHit.resize(slot + 1, -1);
    }
    auto remember = [&](std::size_t e) {
        if (slot < m_lastHit.size())
            m_lastHit[slot] = static_cast<int>(e);
    };
    for (std::size_t e = 0; e < m_entries.size(); ++e)
        if (m_entries[e].matches(j, hasData)) {
            remember(e);
            return m_entries[e].groups;
        }
    if (m_entries.size() >= 64) { // many distinct shapes (trace replay): start over
        m_entries.clear();
        std::fill(m_lastHit.begin(), m_lastHit.end(), -1);
    }
    Entry e{j.vcpus, j.memoryGib, j.gpus, j.gpuBound, j.homeRegion, hasData, j.dataset, {}};
    // reachability from home regions is fixed; replicas only add sources, so this stays valid
    std::vector<int> cpuOnly;
    for (int g = 0; g < static_cast<int>(c.groups.size()); ++g) {
        const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
        if (grp.enabled && grp.maxCount > 0 && c.typeCanHost(j, g) && c.reachable(j, grp.region)) {
            e.groups.push_back(g);
            if (grp.gpus == 0)
                cpuOnly.push_back(g);
        }
    }
    // GPU VMs are tainted for work that needs no GPU (as Kubernetes GPU node pools are), unless
    // no CPU-only type can take the job or the scenario allows it
    if (j.gpus <= 0.0 && !cpuOnly.empty() && !c.cpuJobsOnGpuVms)
        e.groups.swap(cpuOnly);
    m_entries.push_back(std::move(e));
    remember(m_entries.size() - 1);
    return m_entries.back().groups;
}

} // namespace nephos
