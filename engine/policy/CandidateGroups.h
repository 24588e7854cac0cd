#pragma once

#include "sim/ClusterState.h"

#include <vector>

namespace nephos {

/// Per-policy cache of the groups whose instance type can ever host a job shape (size, GPU
/// need, reachability of its input data), so a decision only visits those groups. Jobs of a
/// workload class share a shape, so the cache holds a handful of entries.
class CandidateGroups
{
public:
    const std::vector<int>& forJob(const ClusterState& c, const JobDemand& j);

private:
    struct Entry
    {
        double vcpus, memoryGib, gpus;
        bool gpuBound;
        int homeRegion;
        bool hasData;
        int dataset;
        std::vector<int> groups;
    };
    std::vector<Entry> m_entries;
};

} // namespace nephos
