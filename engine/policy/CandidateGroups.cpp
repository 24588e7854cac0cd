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
    return m_entries.back().groups;
}

} // namespace nephos
