#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

// The scenario model: plain C++ data, no Qt. JSON I/O lives in scenario/ScenarioJson.h,
// the format is documented in docs/scenario-format.md. Units are in the member names.
namespace nephos {

/// One step of a provider's internet (inter-cloud) egress price schedule: from `fromTb` TB
/// transferred in the billing month on, a GB costs `usdPerGb` (list price of that tier).
struct EgressTier
{
    double fromTb = 0.0;
    double usdPerGb = 0.0;
};

struct Provider
{
    std::string id;   ///< "aws", "gcp" or "azure"
    std::string name; ///< display name, e.g. "Amazon Web Services"
    bool enabled = true;
    /// Object storage list price for dataset replicas, USD per GB-month (730 h).
    double storageUsdPerGbMonth = 0.0;
    /// Volume tiers of inter-cloud egress, ascending fromTb; empty: links' flat prices.
    std::vector<EgressTier> egressTiers;
};

struct Region
{
    std::string id;       ///< "provider:code", e.g. "aws:us-east-1"
    std::string provider; ///< Provider::id
    std::string name;     ///< display name, e.g. "US East (N. Virginia)"
    double latitude = 0.0;
    double longitude = 0.0;
    double pue = 1.0;            ///< power usage effectiveness (ratio)
    bool pueEstimated = false;   ///< provider-level fallback instead of a regional figure
    double carbonKgPerKwh = 0.0; ///< grid carbon intensity, kg CO2e per kWh
    bool carbonEstimated = false;
    bool enabled = true;
};

struct GpuModel
{
    std::string name; ///< as in the price catalog: "A100", "H100", "T4", …
    double fp32Tflops = 0.0;
    double fp16Tflops =
        0.0; ///< dense FP16/BF16 tensor peak (FP16 or FP32 peak without tensor cores)
    double memoryGb = 0.0;
    double idleWatts = 0.0;
    double maxWatts = 0.0;
};

struct InstanceType
{
    std::string name;     ///< provider's type name, e.g. "p4d.24xlarge"
    std::string provider; ///< Provider::id
    double vcpus = 0.0;
    double memoryGib = 0.0;
    std::string gpuModel; ///< GpuModel::name, empty for CPU-only types
    int gpuCount = 0;
    double cpuMinWattsPerVcpu = 0.0; ///< CCF coefficient at idle
    double cpuMaxWattsPerVcpu = 0.0; ///< CCF coefficient at 100 % load
};

/// Price of one instance type in one region.
struct Offer
{
    std::string region;       ///< Region::id
    std::string instanceType; ///< InstanceType::name
    double onDemandUsdPerHour = 0.0;
    double spotUsdPerHour = -1.0; ///< < 0: no spot price known
    bool estimated = false;       ///< derived (e.g. from another region), not a catalog figure
};

/// Directed link between two regions.
struct NetworkLink
{
    std::string src; ///< Region::id
    std::string dst; ///< Region::id
    double throughputGbps = 0.0;
    double rttMs = 0.0;
    double egressUsdPerGb = 0.0;
    bool throughputEstimated = false;
    bool rttEstimated = false;
    bool egressEstimated = false;
};

/// How many VMs of one type run in one region, and the autoscaler's bounds.
struct VmPoolEntry
{
    std::string region;
    std::string instanceType;
    int count = 0;    ///< provisioned at time 0
    int minCount = 0; ///< autoscaler lower bound
    int maxCount = 0; ///< autoscaler upper bound (>= count)
    bool spot = false;
    /// Committed VMs among `count`: always up, never released, billed the whole run at the
    /// on-demand price less settings.reservedDiscountPct.
    int reserved = 0;
};

/// A named input data set (training corpus, table, model weights) that jobs read. It lives in
/// its home region(s); a job placed elsewhere needs a replica there first, which is cached in
/// that region's storage and reused by later jobs (docs/simulation-model.md, "Datasets").
struct Dataset
{
    std::string name;
    double sizeGb = 0.0;
    std::vector<std::string> homeRegions; ///< Region::id, at least one
};

struct Distribution
{
    enum class Kind { Fixed, Exponential, LogNormal, Uniform };
    Kind kind = Kind::Fixed;
    double mean = 1.0;
    double stddev = 0.0; ///< LogNormal only
    double min = 0.0;    ///< Uniform lower bound; samples are clamped to [min, max] when max > 0
    double max = 0.0;
};

struct Burst
{
    double startHour = 0.0;
    double durationHours = 0.0;
    double rateMultiplier = 1.0;
};

/// Non-homogeneous Poisson arrivals: rate * (1 + amplitude * cos(2π (h - peak) / 24)) * bursts.
struct ArrivalProcess
{
    double ratePerHour = 0.0;
    double diurnalAmplitude = 0.0; ///< 0..1
    double peakHourUtc = 14.0;
    std::vector<Burst> bursts;
};

/// A class of AI jobs (paper Table 6).
struct WorkloadClass
{
    std::string name; ///< e.g. "Deep learning training"
    std::string kind; ///< "training", "analytics" or "inference"
    ArrivalProcess arrival;
    Distribution durationHours; ///< run time on the reference hardware
    double vcpus = 1.0;
    double memoryGib = 1.0;
    int gpus = 0;
    double cpuUtil = 1.0; ///< fraction of the requested vCPUs kept busy
    double memUtil = 1.0;
    double gpuUtil = 1.0;
    std::string referenceGpu; ///< GPU model the durations refer to; empty: CPU-bound
    double dataInputGb = 0.0;
    std::string homeRegion;       ///< where the input data lives (Region::id)
    double slaHours = 0.0;        ///< completion-time limit (arrival to finish); 0: none
    double checkpointHours = 0.0; ///< progress saved every N hours; 0: never
    /// Datasets a job of this class reads (each job draws one uniformly); empty: none.
    std::vector<std::string> datasets;
    /// Model-FLOP utilisation: useful model FLOPs / peak FP16 FLOPs of the GPUs; < 0: gpuUtil.
    double mfu = -1.0;
    /// "throughput": run time scales with the GPU's delivered FLOPs (training); "wall-clock":
    /// the job occupies its GPU for its duration whatever the GPU (serving, analytics); empty:
    /// by kind (training → throughput, others → wall-clock).
    std::string timing;
};

/// One job given explicitly (trace replay) instead of drawn from a workload class.
struct TraceJob
{
    double arrivalHours = 0.0;
    double durationHours = 0.0; ///< run time on the reference hardware of its class
    double vcpus = 1.0;
    double memoryGib = 1.0;
    int gpus = 0;
    double gpuFraction = 0.0;  ///< shared-GPU jobs (0 < f < 1 of one GPU) when gpus == 0
    std::string workloadClass; ///< name of a WorkloadClass giving utilisation, SLA, data, reference
    std::string dataset;       ///< Scenario dataset name; empty: the class's datasets
};

struct NetworkPerturbation
{
    double startHour = 0.0;
    double durationHours = 0.0;
    std::string src = "*"; ///< Region::id or "*"
    std::string dst = "*";
    double throughputFactor = 1.0; ///< multiplies throughput while active
    double extraRttMs = 0.0;
};

struct FaultModel
{
    double vmMtbfHours = 0.0;   ///< mean time between VM failures; 0: no failures
    double vmRepairHours = 0.5; ///< time until a failed VM is back
    std::vector<NetworkPerturbation> perturbations;
};

struct PolicyConfig
{
    std::string name = "least-loaded";
    std::map<std::string, double> params;
};

struct SimulationSettings
{
    double horizonHours = 720.0;
    double monitorIntervalMinutes = 5.0;
    std::uint64_t seed = 42;
    double vmBootSeconds = 90.0;
    double scalingIntervalMinutes = 5.0;
    double cpuGflopsPerVcpu = 0.0;  ///< sustained FP32 per vCPU for CPU-bound work (assumption)
    double memoryWattsPerGib = 0.0; ///< CCF memory coefficient
    double networkKwhPerGb = 0.0;   ///< CCF networking coefficient
    bool monitoring = true;
    /// Scaling strategy, independent of placement: "none" (fixed pool), "on-demand" (a
    /// placement may provision a VM; idle VMs are released after idleTimeoutMinutes) or
    /// "threshold" (groups scale on reserved-share thresholds every scalingIntervalMinutes).
    std::string scaling = "none";
    double idleTimeoutMinutes = 10.0;
    double reservedDiscountPct = 0.0; ///< discount of reserved/committed VMs on on-demand
    double cacheCapacityGb = 0.0;     ///< dataset replica storage per region; 0: unlimited
    /// Whether jobs that need no GPU may use GPU VMs when a CPU-only type could host them (GPU
    /// node pools are tainted against them by default, as Kubernetes does).
    bool cpuJobsOnGpuVms = false;
    /// Jobs no pool type can ever host: "skip" (reported, not simulated) or "refuse" (error).
    std::string unhostable = "skip";
};

struct Scenario
{
    int version = 1;
    std::string name;
    std::string description;
    std::vector<Provider> providers;
    std::vector<Region> regions;
    std::vector<GpuModel> gpuModels;
    std::vector<InstanceType> instanceTypes;
    std::vector<Offer> offers;
    std::vector<NetworkLink> network;
    std::vector<VmPoolEntry> pool;
    std::vector<Dataset> datasets;
    std::vector<WorkloadClass> workloads;
    std::vector<TraceJob> traceJobs;
    FaultModel faults;
    PolicyConfig policy;
    SimulationSettings settings;

    const Provider* findProvider(const std::string& id) const;
    const Region* findRegion(const std::string& id) const;
    const GpuModel* findGpuModel(const std::string& name) const;
    const InstanceType* findInstanceType(const std::string& name) const;
    const Offer* findOffer(const std::string& region, const std::string& instanceType) const;
    const NetworkLink* findLink(const std::string& src, const std::string& dst) const;
    const Dataset* findDataset(const std::string& name) const;
    int totalVms() const;
};

} // namespace nephos
