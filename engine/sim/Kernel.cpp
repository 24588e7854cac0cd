#include "sim/Kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <unordered_map>

namespace nephos {

namespace {
template <typename T>
std::unordered_map<std::string, int> indexBy(const std::vector<T>& v, std::string T::*key)
{
    std::unordered_map<std::string, int> m;
    for (std::size_t i = 0; i < v.size(); ++i)
        m.emplace(v[i].*key, static_cast<int>(i));
    return m;
}

int lookup(const std::unordered_map<std::string, int>& m, const std::string& key,
           const std::string& what)
{
    auto it = m.find(key);
    if (it == m.end())
        throw std::invalid_argument(what + " '" + key + "' is not defined in the scenario");
    return it->second;
}
/// The kernel's own copy of the scenario without the trace jobs (they become JobSpecs).
Scenario withoutTraceJobs(const Scenario& s)
{
    Scenario c;
    c.version = s.version;
    c.name = s.name;
    c.description = s.description;
    c.providers = s.providers;
    c.regions = s.regions;
    c.gpuModels = s.gpuModels;
    c.instanceTypes = s.instanceTypes;
    c.offers = s.offers;
    c.network = s.network;
    c.pool = s.pool;
    c.datasets = s.datasets;
    c.workloads = s.workloads;
    c.faults = s.faults;
    c.policy = s.policy;
    c.settings = s.settings;
    return c;
}
} // namespace

Simulation::Kernel::Kernel(const Scenario& scenario, std::unique_ptr<Policy> policy)
    : m_scenario(withoutTraceJobs(scenario))
    , m_policy(std::move(policy))
    , m_faultRng(scenario.settings.seed, 0xfa17ULL)
{
    if (!m_policy)
        throw std::invalid_argument("unknown policy '" + scenario.policy.name + "'");
    if (!(scenario.settings.horizonHours > 0.0))
        throw std::invalid_argument("settings.horizonHours must be > 0");
    m_specs = WorkloadGenerator::generate(scenario);
    resolve();
    filterUnhostable();
}

void Simulation::Kernel::resolve()
{
    const Scenario& s = m_scenario;
    ClusterState& c = m_cluster;
    c.scenario = &m_scenario;
    c.regionCount = static_cast<int>(s.regions.size());
    c.providerCount = static_cast<int>(s.providers.size());
    c.typeCount = static_cast<int>(s.instanceTypes.size());
    c.cpuGflopsPerVcpu = s.settings.cpuGflopsPerVcpu;
    c.memoryWattsPerGib = s.settings.memoryWattsPerGib;
    c.networkKwhPerGb = s.settings.networkKwhPerGb;
    const std::string& mode = s.settings.scaling;
    if (mode == "none" || mode.empty())
        c.scaling = ScalingMode::None;
    else if (mode == "on-demand")
        c.scaling = ScalingMode::OnDemand;
    else if (mode == "threshold")
        c.scaling = ScalingMode::Threshold;
    else
        throw std::invalid_argument("unknown scaling strategy '" + mode + "'");
    if (m_policy->fixedPool() || m_policy->scales())
        c.scaling = ScalingMode::None; // the policy brings its own pool behaviour
    c.bootHours = std::max(0.0, s.settings.vmBootSeconds) / 3600.0;
    c.cpuJobsOnGpuVms = s.settings.cpuJobsOnGpuVms;
    c.idleTimeoutHours = std::max(0.0, s.settings.idleTimeoutMinutes) / 60.0;
    const auto providers = indexBy(s.providers, &Provider::id);
    const auto regions = indexBy(s.regions, &Region::id);
    const auto types = indexBy(s.instanceTypes, &InstanceType::name);
    const auto gpus = indexBy(s.gpuModels, &GpuModel::name);
    for (const Region& r : s.regions) {
        c.regionProvider.push_back(lookup(providers, r.provider, "provider of region " + r.id));
        c.regionPue.push_back(r.pue);
        c.regionCarbonKgPerKwh.push_back(r.carbonKgPerKwh);
    }
    const auto R = static_cast<std::size_t>(c.regionCount);
    c.links.assign(R * R, LinkFacts{});
    std::vector<double> gbps(R * R, 0.0), rtt(R * R, 0.0);
    for (const NetworkLink& l : s.network) {
        const int a = lookup(regions, l.src, "network link source region");
        const int b = lookup(regions, l.dst, "network link destination region");
        LinkFacts& f = c.links[static_cast<std::size_t>(a) * R + static_cast<std::size_t>(b)];
        f = {true, l.throughputGbps, l.rttMs, l.egressUsdPerGb};
        gbps[static_cast<std::size_t>(a) * R + static_cast<std::size_t>(b)] = l.throughputGbps;
        rtt[static_cast<std::size_t>(a) * R + static_cast<std::size_t>(b)] = l.rttMs;
    }
    std::vector<TransferNetwork::Perturbation> perts;
    for (const NetworkPerturbation& p : s.faults.perturbations) {
        TransferNetwork::Perturbation q;
        q.startHours = p.startHour;
        q.endHours = p.startHour + p.durationHours;
        q.src = p.src == "*" || p.src.empty() ? -1 : lookup(regions, p.src, "perturbation region");
        q.dst = p.dst == "*" || p.dst.empty() ? -1 : lookup(regions, p.dst, "perturbation region");
        q.throughputFactor = p.throughputFactor;
        q.extraRttMs = p.extraRttMs;
        perts.push_back(q);
    }
    m_network.init(c.regionCount, gbps, rtt, perts);

    // VM groups: one per pool entry, slots for max(count, maxCount) VMs
    std::vector<int> sizes;
    std::vector<double> vc, mem, gp;
    int vm = 0;
    for (std::size_t e = 0; e < s.pool.size(); ++e) {
        const VmPoolEntry& p = s.pool[e];
        VmGroup g;
        g.poolEntry = static_cast<int>(e);
        g.region = lookup(regions, p.region, "pool[" + std::to_string(e) + "] region");
        g.instanceType =
            lookup(types, p.instanceType, "pool[" + std::to_string(e) + "] instance type");
        g.provider = c.regionProvider[static_cast<std::size_t>(g.region)];
        const InstanceType& t = s.instanceTypes[static_cast<std::size_t>(g.instanceType)];
        if (t.provider != s.providers[static_cast<std::size_t>(g.provider)].id)
            throw std::invalid_argument("pool[" + std::to_string(e) + "]: instance type " + t.name +
                                        " belongs to " + t.provider + ", region " + p.region +
                                        " does not");
        const Offer* offer = s.findOffer(p.region, p.instanceType);
        if (!offer)
            throw std::invalid_argument("pool[" + std::to_string(e) + "]: no offer (price) for " +
                                        p.instanceType + " in " + p.region);
        if (p.count < 0)
            throw std::invalid_argument("pool[" + std::to_string(e) + "]: count must be >= 0");
        g.spot = p.spot && offer->spotUsdPerHour >= 0.0;
        g.priceUsdPerHour = g.spot ? offer->spotUsdPerHour : offer->onDemandUsdPerHour;
        const Region& region = s.regions[static_cast<std::size_t>(g.region)];
        g.enabled = region.enabled && s.providers[static_cast<std::size_t>(g.provider)].enabled;
        g.reservedPriceUsdPerHour =
            offer->onDemandUsdPerHour * (1.0 - s.settings.reservedDiscountPct / 100.0);
        g.vcpus = t.vcpus;
        g.memoryGib = t.memoryGib;
        g.gpus = t.gpuCount;
        double gpuIdle = 0.0;
        if (!t.gpuModel.empty() && t.gpuCount > 0) {
            g.gpuModel = lookup(gpus, t.gpuModel, "GPU model of " + t.name);
            const GpuModel& m = s.gpuModels[static_cast<std::size_t>(g.gpuModel)];
            g.gpuFp16Tflops = m.fp16Tflops;
            gpuIdle = m.idleWatts;
            g.gpuDynWatts = m.maxWatts - m.idleWatts;
        } else {
            g.gpus = 0;
        }
        g.idleWatts =
            t.vcpus * t.cpuMinWattsPerVcpu + t.memoryGib * c.memoryWattsPerGib + g.gpus * gpuIdle;
        g.cpuDynWattsPerVcpu = t.cpuMaxWattsPerVcpu - t.cpuMinWattsPerVcpu;
        g.initialCount = g.enabled ? p.count : 0;
        g.maxCount = g.enabled ? std::max(p.count, p.maxCount) : 0;
        g.minCount = std::min(std::max(0, p.minCount), g.initialCount);
        g.reserved = std::min(std::max(0, p.reserved), g.initialCount);
        g.minCount = std::max(g.minCount, g.reserved);
        g.firstVm = vm;
        g.slots = g.maxCount;
        vm += g.slots;
        c.groups.push_back(g);
        sizes.push_back(g.slots);
        vc.push_back(g.vcpus);
        mem.push_back(g.memoryGib);
        gp.push_back(g.gpus);
    }
    const auto V = static_cast<std::size_t>(vm);
    c.vmGroup.resize(V);
    for (std::size_t g = 0; g < c.groups.size(); ++g)
        for (int i = 0; i < c.groups[g].slots; ++i)
            c.vmGroup[static_cast<std::size_t>(c.groups[g].firstVm + i)] = static_cast<int>(g);
    c.vmState.assign(V, VmState::Inactive);
    c.vmJobCount.assign(V, 0);
    c.vmUsedVcpus.assign(V, 0.0);
    c.vmUsedMemGib.assign(V, 0.0);
    c.vmUsedGpus.assign(V, 0.0);
    c.index.build(sizes, vc, mem, gp);
    c.groupActive.assign(c.groups.size(), 0);
    c.groupUp.assign(c.groups.size(), 0);
    c.groupBooting.assign(c.groups.size(), 0);
    c.groupFreeSlots.assign(c.groups.size(), {});
    for (std::size_t g = 0; g < c.groups.size(); ++g)
        for (int i = c.groups[g].slots - 1; i >= c.groups[g].initialCount; --i)
            c.groupFreeSlots[g].push_back(c.groups[g].firstVm + i);
    c.groupReservedVcpus.assign(c.groups.size(), 0.0);
    c.groupReservedMemGib.assign(c.groups.size(), 0.0);
    c.groupReservedGpus.assign(c.groups.size(), 0.0);
    m_vmEpoch.assign(V, 0);
    m_vmFirstJob.assign(V, -1);
    m_vmProvisionedAt.assign(V, 0.0);
    m_vmIdleSince.assign(V, -1.0);
    m_vmIdleCheckPending.assign(V, 0);

    // datasets: replicas start at their home regions
    const auto D = s.datasets.size();
    c.datasetGb.assign(D, 0.0);
    c.replicas.assign(D * R, ReplicaState::Absent);
    m_datasetQueueRegion.assign(D, -1);
    for (std::size_t d = 0; d < D; ++d) {
        c.datasetGb[d] = s.datasets[d].sizeGb;
        for (const std::string& home : s.datasets[d].homeRegions) {
            const int r = lookup(regions, home, "home region of dataset " + s.datasets[d].name);
            c.replicas[d * R + static_cast<std::size_t>(r)] = ReplicaState::Home;
            if (m_datasetQueueRegion[d] < 0)
                m_datasetQueueRegion[d] = r;
        }
    }
    for (std::size_t d = 0; d < D; ++d)
        c.refreshDatasetSources(static_cast<int>(d));
    c.datasetReachable.assign(D * R, 0);
    for (std::size_t d = 0; d < D; ++d)
        for (std::size_t h = 0; h < R; ++h) {
            if (c.replicas[d * R + h] != ReplicaState::Home)
                continue;
            for (std::size_t r = 0; r < R; ++r) {
                const LinkFacts& l = c.links[h * R + r];
                if (h == r || (l.exists && l.throughputGbps > 0.0))
                    c.datasetReachable[d * R + r] = 1;
            }
        }
    m_replicaEpoch.assign(D * R, 0);
    m_replicaUsers.assign(D * R, 0);
    m_replicaLastUse.assign(D * R, 0.0);
    m_replicaClass.assign(D * R, -1);
    m_replicaWaiters.assign(D * R, {});
    m_regionCacheGb.assign(R, 0.0);
    m_cacheCapacityGb = s.settings.cacheCapacityGb;
    for (const Provider& p : s.providers) {
        m_providerStorageUsdPerGbHour.push_back(p.storageUsdPerGbMonth / 730.0);
        m_providerTiers.push_back(p.egressTiers);
    }
    m_providerMonth.assign(s.providers.size(), 0);
    m_providerMonthGb.assign(s.providers.size(), 0.0);

    m_globalEntity = c.regionCount + c.typeCount;
    m_classEntity0 = m_globalEntity + 1;
    const auto K = s.workloads.size() + 1; // last: jobs without a class
    m_acc.resize(m_classEntity0 + static_cast<int>(K));
    m_classEgressUsd.assign(K, 0.0);
    m_classIntercloudGb.assign(K, 0.0);
    m_classPflop.assign(K, 0.0);
    m_classNetKwh.assign(K, 0.0);
    m_classNetKg.assign(K, 0.0);
    m_classQueued.assign(K, 0);
    m_classStarting.assign(K, 0);
    m_regionQueued.assign(R, 0);
    m_regionRunning.assign(R, 0);
    m_regionEgressUsd.assign(R, 0.0);
    m_regionNetKwh.assign(R, 0.0);
    m_regionNetKg.assign(R, 0.0);
    m_regionPflop.assign(R, 0.0);
    m_regionCompleted.assign(R, 0);
    m_typePflop.assign(static_cast<std::size_t>(c.typeCount), 0.0);
    m_typeCompleted.assign(static_cast<std::size_t>(c.typeCount), 0);
    m_linkGb.assign(R * R, 0.0);
    m_linkUsd.assign(R * R, 0.0);
    m_linkCount.assign(R * R, 0);

    for (const WorkloadClass& w : s.workloads) {
        m_classHome.push_back(w.homeRegion.empty() ? -1
                                                   : lookup(regions, w.homeRegion,
                                                            "home region of workload " + w.name));
        m_classRefTflops.push_back(
            w.referenceGpu.empty()
                ? -1.0
                : s.gpuModels[static_cast<std::size_t>(lookup(
                                  gpus, w.referenceGpu, "reference GPU of workload " + w.name))]
                      .fp16Tflops);
        m_classCheckpoint.push_back(w.checkpointHours);
    }
    const std::size_t queues = s.workloads.size() + 1; // last: trace jobs without a class
    m_qHead.assign(queues, -1);
    m_qTail.assign(queues, -1);
    m_qBlocked.assign(queues, 0);

    m_horizon = s.settings.horizonHours;
    m_bootHours = c.bootHours;
    m_mtbf = s.faults.vmMtbfHours;
    m_repair = std::max(0.0, s.faults.vmRepairHours);
    m_jobs.reserve(m_specs.size());
    m_queue.reserve(1024);

    // VMs provisioned at t = 0 come up at t = 0, inside the run loop (one event each, as in
    // CloudSim Plus); jobs arriving at t = 0 may already be placed on them
    for (std::size_t g = 0; g < c.groups.size(); ++g)
        for (int i = 0; i < c.groups[g].initialCount; ++i) {
            const int v = c.groups[g].firstVm + i;
            vmProvision(v, +1.0);
            c.vmState[static_cast<std::size_t>(v)] = VmState::Booting;
            ++c.groupBooting[g];
            refreshIndex(v);
            m_queue.push(0.0, EventType::VmBootDone, static_cast<std::uint32_t>(v),
                         m_vmEpoch[static_cast<std::size_t>(v)]);
        }
    // load steps: every burst start inside the run (responsiveness KPI)
    for (std::size_t w = 0; w < s.workloads.size(); ++w)
        for (const Burst& b : s.workloads[w].arrival.bursts)
            if (b.startHour > 0.0 && b.startHour < m_horizon && b.rateMultiplier > 1.0)
                m_steps.push_back(
                    {b.startHour, b.startHour + b.durationHours, static_cast<int>(w)});
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const LoadStep& a, const LoadStep& b) {
        return a.startHours < b.startHours;
    });
    for (std::size_t i = 0; i < perts.size(); ++i) {
        if (perts[i].startHours <= m_horizon && perts[i].endHours > perts[i].startHours) {
            m_queue.push(perts[i].startHours, EventType::PerturbationStart,
                         static_cast<std::uint32_t>(i));
            m_queue.push(perts[i].endHours, EventType::PerturbationEnd,
                         static_cast<std::uint32_t>(i));
        }
    }
    if ((m_policy->scales() || c.scaling == ScalingMode::Threshold) &&
        s.settings.scalingIntervalMinutes > 0.0) {
        m_scalingInterval = s.settings.scalingIntervalMinutes / 60.0;
        m_queue.push(m_scalingInterval, EventType::Scaling);
    }
    initSeries();
}

JobDemand Simulation::Kernel::makeDemand(const JobSpec& s, std::uint32_t id) const
{
    JobDemand d;
    d.id = id;
    d.workloadClass = s.workloadClass;
    d.arrivalHours = s.arrivalHours;
    d.vcpus = s.vcpus;
    d.memoryGib = s.memoryGib;
    d.gpus = s.gpus;
    d.referenceHours = s.referenceHours;
    double refSpeedPflopPerHour = 0.0;
    if (s.workloadClass >= 0) {
        const WorkloadClass& w = m_scenario.workloads[static_cast<std::size_t>(s.workloadClass)];
        d.cpuUtil = w.cpuUtil;
        d.memUtil = w.memUtil;
        d.gpuUtil = w.gpuUtil;
        d.dataGb = w.dataInputGb;
        d.slaHours = w.slaHours;
        d.homeRegion = m_classHome[static_cast<std::size_t>(s.workloadClass)];
        const double refTflops = m_classRefTflops[static_cast<std::size_t>(s.workloadClass)];
        d.gpuBound = refTflops >= 0.0 && d.gpus > 0.0;
        d.mfu = w.mfu >= 0.0 ? w.mfu : w.gpuUtil;
        const bool throughput =
            w.timing == "throughput" || (w.timing.empty() && w.kind == "training");
        d.hardwareSpeed = d.gpuBound && throughput;
        if (d.gpuBound)
            refSpeedPflopPerHour = d.gpus * refTflops * d.mfu * 3.6;
    }
    d.dataset = s.dataset;
    if (!d.gpuBound)
        refSpeedPflopPerHour = d.vcpus * m_cluster.cpuGflopsPerVcpu * d.cpuUtil * 0.0036;
    d.workPflop = refSpeedPflopPerHour * s.referenceHours;
    return d;
}

const JobDemand& Simulation::Kernel::pendingJob() const
{
    return m_jobs[static_cast<std::size_t>(m_pending)].demand;
}

bool Simulation::Kernel::fits(int vm, const JobDemand& d) const
{
    if (vm < 0 || vm >= static_cast<int>(m_cluster.vmState.size()))
        return false;
    const auto v = static_cast<std::size_t>(vm);
    if (m_cluster.vmState[v] != VmState::Up && m_cluster.vmState[v] != VmState::Booting)
        return false;
    const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(m_cluster.vmGroup[v])];
    if (d.gpuBound && g.gpus == 0)
        return false;
    if (!m_cluster.reachable(d, g.region))
        return false;
    return m_cluster.vmUsedVcpus[v] + d.vcpus <= g.vcpus + 1e-9 &&
           m_cluster.vmUsedMemGib[v] + d.memoryGib <= g.memoryGib + 1e-9 &&
           m_cluster.vmUsedGpus[v] + d.gpus <= g.gpus + 1e-9;
}

bool Simulation::Kernel::canPlace(int vm, const JobDemand& d) const
{
    if (fits(vm, d))
        return true;
    if (vm < 0 || vm >= static_cast<int>(m_cluster.vmState.size()))
        return false;
    const int g = m_cluster.vmGroup[static_cast<std::size_t>(vm)];
    return m_cluster.vmState[static_cast<std::size_t>(vm)] == VmState::Inactive &&
           m_cluster.provisionSlot(g) >= 0 && m_cluster.typeCanHost(d, g) &&
           m_cluster.reachable(d, m_cluster.groups[static_cast<std::size_t>(g)].region);
}

void Simulation::Kernel::setRecording(bool record, std::size_t maxRecords)
{
    m_record = record;
    m_maxRecords = maxRecords;
}

double Simulation::Kernel::nextEventTime() const
{
    double t = std::numeric_limits<double>::infinity();
    if (m_nextSpec < m_specs.size())
        t = m_specs[m_nextSpec].arrivalHours;
    if (!m_queue.empty())
        t = std::min(t, m_queue.top().timeHours);
    t = std::min(t, m_network.nextDue());
    return t;
}

void Simulation::Kernel::advanceClock(double hours)
{
    if (hours > m_cluster.nowHours)
        m_cluster.nowHours = std::min(hours, m_horizon);
}

} // namespace nephos
