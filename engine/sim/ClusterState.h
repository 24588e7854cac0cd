#pragma once

#include "policy/CapacityIndex.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

struct Scenario;

enum class VmState : std::uint8_t { Inactive, Booting, Up, Failed };

/// How the pool changes size (settings.scaling), independent of the placement policy.
enum class ScalingMode : std::uint8_t { None, OnDemand, Threshold };

/// Where a dataset is in one region.
enum class ReplicaState : std::uint8_t { Absent, InFlight, Cached, Home };

/// One group of interchangeable VM slots: one VmPoolEntry (a region, an instance type, on-demand
/// or spot). Slots beyond the entry's count start inactive and are used by the autoscaler.
struct VmGroup
{
    int poolEntry = -1;
    int region = -1;       ///< index into Scenario::regions
    int provider = -1;     ///< index into Scenario::providers
    int instanceType = -1; ///< index into Scenario::instanceTypes
    bool spot = false;
    double priceUsdPerHour = 0.0;
    double vcpus = 0.0;
    double memoryGib = 0.0;
    int gpus = 0;
    int gpuModel = -1; ///< index into Scenario::gpuModels, -1 CPU-only
    double gpuFp16Tflops = 0.0;
    double idleWatts = 0.0;          ///< IT power of an up VM without jobs
    double cpuDynWattsPerVcpu = 0.0; ///< max - min per busy vCPU
    double gpuDynWatts = 0.0;        ///< max - idle per busy GPU
    int firstVm = 0;                 ///< slots [firstVm, firstVm + slots)
    int slots = 0;
    int minCount = 0;
    int maxCount = 0;
    int initialCount = 0;
    int reserved = 0; ///< the first `reserved` slots are committed VMs (never released)
    double reservedPriceUsdPerHour = 0.0;
    bool enabled = true; ///< region and provider enabled; a disabled group holds no VMs
};

/// Directed region pair facts (index src * regionCount + dst).
struct LinkFacts
{
    bool exists = false;
    double throughputGbps = 0.0;
    double rttMs = 0.0;
    double egressUsdPerGb = 0.0;
};

/// What a job asks for, as the policies see it.
struct JobDemand
{
    std::uint32_t id = 0;
    int workloadClass = -1; ///< index into Scenario::workloads, -1 for trace jobs without class
    double arrivalHours = 0.0;
    double vcpus = 0.0;
    double memoryGib = 0.0;
    double gpus = 0.0; ///< whole GPUs or a fraction of one
    double cpuUtil = 1.0;
    double memUtil = 1.0;
    double gpuUtil = 1.0;
    double workPflop = 0.0;
    double referenceHours = 0.0;
    double dataGb = 0.0;
    double slaHours = 0.0;
    int homeRegion = -1;        ///< where the private input (dataGb) lives; -1: none
    int dataset = -1;           ///< index into Scenario::datasets, -1: none
    bool gpuBound = false;      ///< needs a GPU
    bool hardwareSpeed = false; ///< run time scales with the GPU's FLOPs ("throughput" timing)
    double mfu = 1.0;           ///< model-FLOP utilisation of GPU work
};

/// Cluster facts (resolved once to indices) and the dynamic VM state shared by the kernel and
/// the policies. Plain arrays indexed by VM, group, region.
struct ClusterState
{
    const Scenario* scenario = nullptr;
    int regionCount = 0;
    int providerCount = 0;
    int typeCount = 0;
    std::vector<VmGroup> groups;
    std::vector<int> regionProvider;
    std::vector<double> regionPue;
    std::vector<double> regionCarbonKgPerKwh;
    std::vector<LinkFacts> links;
    double cpuGflopsPerVcpu = 0.0;
    double memoryWattsPerGib = 0.0;
    double networkKwhPerGb = 0.0;
    ScalingMode scaling = ScalingMode::None;
    bool cpuJobsOnGpuVms = false; ///< settings.cpuJobsOnGpuVms
    double bootHours = 0.0;
    double idleTimeoutHours = 0.0;

    // Datasets: sizes, and per (dataset, region) where replicas are (index d * regionCount + r).
    std::vector<double> datasetGb;
    std::vector<ReplicaState> replicas;
    /// Whether a home region of dataset d can deliver it to r (same region or a usable link).
    std::vector<char> datasetReachable;
    ReplicaState replica(int d, int r) const
    {
        return replicas[static_cast<std::size_t>(d * regionCount + r)];
    }
    /// Region holding dataset d that delivers it fastest to r (ties: lower egress), -1 when none
    /// can (no usable link). Sources are home regions and cached replicas. O(1): read from a
    /// table the kernel refreshes (refreshDatasetSources) whenever a replica appears or goes.
    int datasetSource(int d, int r) const
    {
        return datasetSources[static_cast<std::size_t>(d * regionCount + r)];
    }
    std::vector<int> datasetSources;
    void refreshDatasetSources(int d);
    int findDatasetSource(int d, int r) const;

    // Dynamic state, per VM slot.
    std::vector<int> vmGroup;
    std::vector<VmState> vmState;
    std::vector<int> vmJobCount;
    std::vector<double> vmUsedVcpus; ///< reserved by placed jobs
    std::vector<double> vmUsedMemGib;
    std::vector<double> vmUsedGpus;
    CapacityIndex index;

    // Dynamic state, per group.
    std::vector<int> groupActive; ///< booting + up + failed
    std::vector<int> groupUp;
    std::vector<int> groupBooting;
    /// Inactive slots of each group (a stack: the last is provisioned next).
    std::vector<std::vector<int>> groupFreeSlots;
    /// Slot a placement may provision in group g now (on-demand scaling, group enabled and below
    /// its max), -1 otherwise.
    int provisionSlot(int g) const;
    /// Whether group g has VMs that can take jobs (up or booting).
    bool groupUsable(int g) const
    {
        return groupUp[static_cast<std::size_t>(g)] + groupBooting[static_cast<std::size_t>(g)] > 0;
    }
    /// Free capacity of a VM slot for scoring: an inactive slot counts as a new, empty VM.
    double freeVcpus(int vm) const;
    double freeMemGib(int vm) const;
    double freeGpus(int vm) const;
    std::vector<double> groupReservedVcpus; ///< reserved by placed jobs, over the group's VMs
    std::vector<double> groupReservedMemGib;
    std::vector<double> groupReservedGpus;
    /// Largest reserved share over vCPU, memory and GPU of the group's active VMs (0 when none).
    double groupReservedShare(int g) const;

    double nowHours = 0.0;
    int queuedJobs = 0;
    int runningJobs = 0;

    const LinkFacts& link(int src, int dst) const
    {
        return links[static_cast<std::size_t>(src * regionCount + dst)];
    }
    /// Whether the job's inputs can reach region r (private input: same region, none, or a
    /// usable link; dataset: held there or deliverable from a home region or replica).
    bool reachable(const JobDemand& job, int r) const
    {
        if (job.dataGb > 0.0 && job.homeRegion >= 0 && job.homeRegion != r) {
            const LinkFacts& l = link(job.homeRegion, r);
            if (!l.exists || l.throughputGbps <= 0.0)
                return false;
        }
        return job.dataset < 0 ||
               datasetReachable[static_cast<std::size_t>(job.dataset * regionCount + r)];
    }
    /// Whether the job's data is in region r already (nothing to stage).
    bool dataLocal(const JobDemand& job, int r) const;
    /// Work rate of the job on a VM of group g, PFLOP per hour (0 for jobs without work).
    double speedPflopPerHour(const JobDemand& job, int g) const;
    /// Expected run time on a VM of group g (the reference duration when the job has no work).
    double expectedHours(const JobDemand& job, int g) const;
    /// Expected staging time (bandwidth unshared plus RTT, the slower of private input and
    /// dataset replica) and egress cost (list prices) into region r.
    double stagingHours(const JobDemand& job, int r) const;
    double egressUsd(const JobDemand& job, int r) const;
    /// Expected cost of the job on a running VM of group g: price × share × run time + egress of
    /// missing data (the cheapest policy's score and every scoring policy's tie-break).
    double expectedCostUsd(const JobDemand& job, int g) const;
    /// Whether vm is an inactive slot (a VM that would be provisioned).
    bool isNewVm(int vm) const
    {
        return vmState[static_cast<std::size_t>(vm)] == VmState::Inactive;
    }
    /// Share of a VM of group g the job occupies: max over vCPU, memory, GPU fractions.
    double share(const JobDemand& job, int g) const;
    /// Whether the job could ever run on group g's instance type (ignoring current load).
    bool typeCanHost(const JobDemand& job, int g) const;
};

} // namespace nephos
