#pragma once

#include "policy/CapacityIndex.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

struct Scenario;

enum class VmState : std::uint8_t { Inactive, Booting, Up, Failed };

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
    int homeRegion = -1;   ///< -1: no input data location
    bool gpuBound = false; ///< speed follows the VM's GPU model
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
    /// Whether the job's input can reach region r (same region, no data, or a usable link).
    bool reachable(const JobDemand& job, int r) const
    {
        if (job.dataGb <= 0.0 || job.homeRegion < 0 || job.homeRegion == r)
            return true;
        const LinkFacts& l = link(job.homeRegion, r);
        return l.exists && l.throughputGbps > 0.0;
    }
    /// Work rate of the job on a VM of group g, PFLOP per hour (0 for jobs without work).
    double speedPflopPerHour(const JobDemand& job, int g) const;
    /// Expected run time on a VM of group g (the reference duration when the job has no work).
    double expectedHours(const JobDemand& job, int g) const;
    /// Expected staging time (bandwidth unshared plus RTT) and egress cost into region r.
    double stagingHours(const JobDemand& job, int r) const;
    double egressUsd(const JobDemand& job, int r) const;
    /// Share of a VM of group g the job occupies: max over vCPU, memory, GPU fractions.
    double share(const JobDemand& job, int g) const;
    /// Whether the job could ever run on group g's instance type (ignoring current load).
    bool typeCanHost(const JobDemand& job, int g) const;
};

} // namespace nephos
