// The embedded default scenario. Every choice below is explained in docs/scenario-format.md,
// section "Default scenario"; facts (regions, types, prices, network, energy) come unchanged
// from defaultDataPack().
#include "scenario/DefaultScenario.h"

#include "data/DefaultDataPack.h"
#include "data/ProviderTariffs.h"

#include <algorithm>
#include <set>

namespace nephos {

namespace {

/// Three regions per provider: North America, Europe, Asia-Pacific.
const char* const kRegions[] = {
    "aws:us-east-1",   "aws:eu-west-1",    "aws:ap-southeast-1",
    "gcp:us-central1", "gcp:europe-west4", "gcp:asia-southeast1",
    "azure:eastus",    "azure:westeurope", "azure:southeastasia",
};

/// VMs of each type in every region of its provider that prices it (500 in total).
struct PoolSpec
{
    const char* type;
    int countPerRegion;
};

const PoolSpec kPool[] = {
    // AWS: small, general purpose, 64 vCPU / 512 GiB memory-optimised, 4-GPU boxes.
    {"t3.medium", 6},
    {"m5.2xlarge", 5},
    {"r5.16xlarge", 2},
    {"g4dn.12xlarge", 16},
    {"p3.8xlarge", 16},
    {"g5.12xlarge", 10}, // not priced in ap-southeast-1
    // GCP
    {"n2-standard-2", 6},
    {"n2-standard-8", 5},
    {"n2-highmem-64", 2},
    {"a2-highgpu-1g", 16},
    {"g2-standard-48", 13},
    {"a2-highgpu-4g", 15},
    // Azure; NC96ads_A100_v4 is the HPC tier (96 vCPU, 880 GiB, 4 x A100 80 GB).
    {"Standard_B2s", 6},
    {"Standard_D8s_v5", 5},
    {"Standard_E64s_v5", 2},
    {"Standard_NC6s_v3", 20},
    {"Standard_NC24s_v3", 13},
    {"Standard_NC96ads_A100_v4", 12},
};

double constantOr(const DataPack& pack, const std::string& key, double fallback)
{
    auto it = pack.constants.find(key);
    return it == pack.constants.end() ? fallback : it->second.value;
}

WorkloadClass workload(const char* name, const char* kind, double rate, double amplitude,
                       double meanH, double stddevH, double vcpus, double memGib, int gpus,
                       double cpuUtil, double gpuUtil)
{
    WorkloadClass w;
    w.name = name;
    w.kind = kind;
    w.arrival.ratePerHour = rate;
    w.arrival.diurnalAmplitude = amplitude;
    w.arrival.peakHourUtc = 14.0;
    w.durationHours.kind = Distribution::Kind::LogNormal;
    w.durationHours.mean = meanH;
    w.durationHours.stddev = stddevH;
    w.vcpus = vcpus;
    w.memoryGib = memGib;
    w.gpus = gpus;
    w.cpuUtil = cpuUtil;
    w.memUtil = 1.0;
    w.gpuUtil = gpuUtil;
    return w;
}

std::vector<WorkloadClass> table6Workloads()
{
    // Table 6 of the paper: average duration, CPU utilisation, memory, GPU utilisation. Model-FLOP
    // utilisation and timing are our assumptions (docs/scenario-format.md, "Default scenario").
    WorkloadClass training = workload("Deep learning training", "training", 5.0, 0.2, 24.5, 12.0,
                                      24, 128.7, 4, 0.853, 0.924);
    training.referenceGpu = "A100";
    training.datasets = {"ImageNet-1k", "Web text corpus", "Speech corpus"};
    training.mfu = 0.40;
    training.timing = "throughput";
    training.slaHours = 72;
    training.checkpointHours = 2;
    training.arrival.bursts.push_back({480.0, 12.0, 2.0});

    WorkloadClass analytics = workload("Large-scale data analytics", "analytics", 5.0, 0.3, 8.7,
                                       4.0, 16, 256.3, 1, 0.721, 0.452);
    analytics.referenceGpu = "V100";
    analytics.datasets = {"Clickstream tables", "Sales ledger"};
    analytics.mfu = 0.15;
    analytics.timing = "wall-clock";
    analytics.slaHours = 24;
    analytics.checkpointHours = 1;

    WorkloadClass inference = workload("Real-time inference", "inference", 60.0, 0.5, 0.5, 0.25, 4,
                                       64.5, 1, 0.689, 0.786);
    inference.referenceGpu = "T4";
    inference.datasets = {"LLM 7B weights", "Vision model weights"};
    inference.mfu = 0.25;
    inference.timing = "wall-clock";
    inference.slaHours = 1.5;
    inference.arrival.bursts.push_back({240.0, 4.0, 3.0});

    // CPU-only work of the same pipelines, so that the general-purpose and memory-optimised
    // types carry what a user would really send them (not in the paper's Table 6).
    WorkloadClass etl =
        workload("Data preprocessing (ETL)", "analytics", 8.0, 0.3, 1.5, 1.0, 8, 32, 0, 0.7, 0.0);
    etl.datasets = {"Raw event logs", "Sensor archive", "App telemetry"};
    etl.slaHours = 6;
    WorkloadClass features =
        workload("Feature extraction", "analytics", 20.0, 0.4, 0.5, 0.3, 2, 4, 0, 0.8, 0.0);
    features.datasets = {"Raw event logs", "Sensor archive", "App telemetry"};
    features.slaHours = 2;
    WorkloadClass inMemory = workload("In-memory analytics (CPU)", "analytics", 1.0, 0.2, 4.0, 2.0,
                                      48, 384, 0, 0.6, 0.0);
    inMemory.datasets = {"Clickstream tables"};
    inMemory.slaHours = 12;
    return {training, analytics, inference, etl, features, inMemory};
}

Dataset dataset(const char* name, double gb, std::vector<std::string> homes)
{
    Dataset d;
    d.name = name;
    d.sizeGb = gb;
    d.homeRegions = std::move(homes);
    return d;
}

/// Named inputs of the default classes (sizes are typical public figures, see the docs).
std::vector<Dataset> defaultDatasets()
{
    return {
        dataset("ImageNet-1k", 150, {"aws:us-east-1"}),
        dataset("Web text corpus", 400, {"aws:us-east-1"}),
        dataset("Speech corpus", 250, {"gcp:us-central1"}),
        dataset("Clickstream tables", 500, {"gcp:us-central1"}),
        dataset("Sales ledger", 120, {"gcp:us-central1"}),
        dataset("LLM 7B weights", 15, {"azure:westeurope"}),
        dataset("Vision model weights", 1, {"azure:westeurope"}),
        dataset("Raw event logs", 80, {"aws:us-east-1"}),
        dataset("Sensor archive", 60, {"azure:eastus"}),
        dataset("App telemetry", 40, {"gcp:europe-west4"}),
    };
}

} // namespace

Scenario defaultScenario()
{
    const DataPack pack = defaultDataPack();
    Scenario s;
    s.name = "Paper setup: 3 clouds, 500 VMs, the paper's AI workloads + CPU pipelines, 30 days";
    s.description = "AWS, GCP and Azure (three regions each), 500 VMs at the start (elastic "
                    "on demand up to twice as many) from 2 vCPU / 4 GiB to 96 vCPU / 880 GiB / "
                    "4 GPUs, the three AI workload classes of the paper's Table 6 plus three "
                    "CPU-only pipeline classes, ten named datasets cached where they are used, "
                    "diurnal arrivals and two bursts, 30 simulated days. Facts from the embedded "
                    "data pack; see docs/scenario-format.md.";
    s.providers = pack.providers;
    applyProviderTariffs(s.providers);

    const std::set<std::string> regionIds(std::begin(kRegions), std::end(kRegions));
    for (const char* id : kRegions) {
        for (const auto& r : pack.regions)
            if (r.id == id)
                s.regions.push_back(r);
    }

    std::set<std::string> typeNames;
    for (const auto& spec : kPool)
        typeNames.insert(spec.type);
    std::set<std::string> gpuNames{"A100", "V100", "T4"}; // the classes' reference GPUs
    for (const auto& t : pack.instanceTypes) {
        if (!typeNames.count(t.name))
            continue;
        s.instanceTypes.push_back(t);
        if (!t.gpuModel.empty())
            gpuNames.insert(t.gpuModel);
    }
    for (const auto& g : pack.gpuModels)
        if (gpuNames.count(g.name))
            s.gpuModels.push_back(g);
    for (const auto& o : pack.offers)
        if (regionIds.count(o.region) && typeNames.count(o.instanceType))
            s.offers.push_back(o);
    for (const auto& l : pack.network)
        if (regionIds.count(l.src) && regionIds.count(l.dst))
            s.network.push_back(l);

    for (const auto& spec : kPool) {
        const InstanceType* type = s.findInstanceType(spec.type);
        if (!type)
            continue;
        for (const auto& region : s.regions) {
            if (region.provider != type->provider || !s.findOffer(region.id, type->name))
                continue;
            VmPoolEntry e;
            e.region = region.id;
            e.instanceType = type->name;
            e.count = spec.countPerRegion;
            e.minCount = 0;
            e.maxCount = spec.countPerRegion * 2;
            s.pool.push_back(e);
        }
    }

    s.datasets = defaultDatasets();
    s.workloads = table6Workloads();
    s.policy.name = "least-loaded";

    SimulationSettings& st = s.settings;
    st.horizonHours = 720.0;
    st.monitorIntervalMinutes = 5.0;
    st.seed = 42;
    st.vmBootSeconds = 90.0;
    st.scalingIntervalMinutes = 5.0;
    st.cpuGflopsPerVcpu = 30.0; // assumption, see docs/scenario-format.md
    st.memoryWattsPerGib = constantOr(pack, "memory_watts_per_gib", 0.0);
    st.networkKwhPerGb = constantOr(pack, "network_kwh_per_gb", 0.0);
    st.monitoring = true;
    st.scaling = "on-demand";
    st.idleTimeoutMinutes = 10.0;
    st.cacheCapacityGb = 0.0;
    return s;
}

} // namespace nephos
