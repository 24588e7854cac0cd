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
        bool matches(const JobDemand& j, bool hasData) const
        {
            return vcpus == j.vcpus && memoryGib == j.memoryGib && gpus == j.gpus &&
                   gpuBound == j.gpuBound && homeRegion == j.homeRegion &&
                   hasData == this->hasData && dataset == j.dataset;
        }
    };
    std::vector<Entry> m_entries;
    /// Entry last used per (workload class, dataset) slot: generated jobs of a class share a
    /// shape, so the first comparison usually hits (the scan is the fallback).
    std::vector<int> m_lastHit;
};

} // namespace nephos
