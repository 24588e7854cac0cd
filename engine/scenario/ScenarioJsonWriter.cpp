// ScenarioJson::toJson / save: Scenario -> JSON. Every key is written so that files are explicit.
#include "scenario/ScenarioJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace nephos {

namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

template <typename T, typename F> QJsonArray arrayOf(const std::vector<T>& items, F toObject)
{
    QJsonArray a;
    for (const auto& item : items)
        a.append(toObject(item));
    return a;
}

QJsonArray stringsJson(const std::vector<std::string>& items)
{
    QJsonArray a;
    for (const std::string& item : items)
        a.append(str(item));
    return a;
}

QJsonObject distributionJson(const Distribution& d)
{
    return {{QStringLiteral("kind"), ScenarioJson::distributionKindKey(d.kind)},
            {QStringLiteral("mean_h"), d.mean},
            {QStringLiteral("stddev_h"), d.stddev},
            {QStringLiteral("min_h"), d.min},
            {QStringLiteral("max_h"), d.max}};
}

QJsonObject workloadJson(const WorkloadClass& w)
{
    const QJsonArray bursts = arrayOf(w.arrival.bursts, [](const Burst& b) {
        return QJsonObject{{QStringLiteral("start_h"), b.startHour},
                           {QStringLiteral("duration_h"), b.durationHours},
                           {QStringLiteral("rate_multiplier"), b.rateMultiplier}};
    });
    const QJsonObject arrival{{QStringLiteral("rate_per_hour"), w.arrival.ratePerHour},
                              {QStringLiteral("diurnal_amplitude"), w.arrival.diurnalAmplitude},
                              {QStringLiteral("peak_hour_utc"), w.arrival.peakHourUtc},
                              {QStringLiteral("bursts"), bursts}};
    return {{QStringLiteral("name"), str(w.name)},
            {QStringLiteral("kind"), str(w.kind)},
            {QStringLiteral("arrival"), arrival},
            {QStringLiteral("duration"), distributionJson(w.durationHours)},
            {QStringLiteral("vcpus"), w.vcpus},
            {QStringLiteral("memory_gib"), w.memoryGib},
            {QStringLiteral("gpus"), w.gpus},
            {QStringLiteral("cpu_util"), w.cpuUtil},
            {QStringLiteral("mem_util"), w.memUtil},
            {QStringLiteral("gpu_util"), w.gpuUtil},
            {QStringLiteral("reference_gpu"), str(w.referenceGpu)},
            {QStringLiteral("data_input_gb"), w.dataInputGb},
            {QStringLiteral("home_region"), str(w.homeRegion)},
            {QStringLiteral("sla_h"), w.slaHours},
            {QStringLiteral("checkpoint_h"), w.checkpointHours},
            {QStringLiteral("datasets"), stringsJson(w.datasets)},
            {QStringLiteral("mfu"), w.mfu},
            {QStringLiteral("timing"), str(w.timing)}};
}

QJsonValue seedJson(std::uint64_t seed)
{
    // JSON numbers are exact up to 2^53; larger seeds go out as decimal strings.
    if (seed <= (std::uint64_t(1) << 53))
        return QJsonValue(static_cast<double>(seed));
    return QJsonValue(QString::number(static_cast<qulonglong>(seed)));
}

} // namespace

QString ScenarioJson::distributionKindKey(Distribution::Kind kind)
{
    switch (kind) {
    case Distribution::Kind::Fixed:
        return QStringLiteral("fixed");
    case Distribution::Kind::Exponential:
        return QStringLiteral("exponential");
    case Distribution::Kind::LogNormal:
        return QStringLiteral("lognormal");
    case Distribution::Kind::Uniform:
        return QStringLiteral("uniform");
    }
    return QStringLiteral("fixed");
}

bool ScenarioJson::distributionKindFromKey(const QString& key, Distribution::Kind& out)
{
    for (auto k : {Distribution::Kind::Fixed, Distribution::Kind::Exponential,
                   Distribution::Kind::LogNormal, Distribution::Kind::Uniform}) {
        if (distributionKindKey(k) == key) {
            out = k;
            return true;
        }
    }
    return false;
}

QJsonObject ScenarioJson::toJsonObject(const Scenario& s)
{
    QJsonObject root;
    root[QStringLiteral("version")] = s.version;
    root[QStringLiteral("name")] = str(s.name);
    root[QStringLiteral("description")] = str(s.description);
    root[QStringLiteral("providers")] = arrayOf(s.providers, [](const Provider& p) {
        return QJsonObject{
            {QStringLiteral("id"), str(p.id)},
            {QStringLiteral("name"), str(p.name)},
            {QStringLiteral("enabled"), p.enabled},
            {QStringLiteral("storage_usd_per_gb_month"), p.storageUsdPerGbMonth},
            {QStringLiteral("egress_tiers"), arrayOf(p.egressTiers, [](const EgressTier& t) {
                 return QJsonObject{{QStringLiteral("from_tb"), t.fromTb},
                                    {QStringLiteral("usd_per_gb"), t.usdPerGb}};
             })}};
    });
    root[QStringLiteral("regions")] = arrayOf(s.regions, [](const Region& r) {
        return QJsonObject{{QStringLiteral("id"), str(r.id)},
                           {QStringLiteral("provider"), str(r.provider)},
                           {QStringLiteral("name"), str(r.name)},
                           {QStringLiteral("latitude"), r.latitude},
                           {QStringLiteral("longitude"), r.longitude},
                           {QStringLiteral("pue"), r.pue},
                           {QStringLiteral("pue_estimated"), r.pueEstimated},
                           {QStringLiteral("carbon_kg_per_kwh"), r.carbonKgPerKwh},
                           {QStringLiteral("carbon_estimated"), r.carbonEstimated},
                           {QStringLiteral("enabled"), r.enabled}};
    });
    root[QStringLiteral("gpu_models")] = arrayOf(s.gpuModels, [](const GpuModel& g) {
        return QJsonObject{{QStringLiteral("name"), str(g.name)},
                           {QStringLiteral("fp32_tflops"), g.fp32Tflops},
                           {QStringLiteral("fp16_tflops"), g.fp16Tflops},
                           {QStringLiteral("memory_gb"), g.memoryGb},
                           {QStringLiteral("idle_watts"), g.idleWatts},
                           {QStringLiteral("max_watts"), g.maxWatts}};
    });
    root[QStringLiteral("instance_types")] = arrayOf(s.instanceTypes, [](const InstanceType& t) {
        return QJsonObject{{QStringLiteral("name"), str(t.name)},
                           {QStringLiteral("provider"), str(t.provider)},
                           {QStringLiteral("vcpus"), t.vcpus},
                           {QStringLiteral("memory_gib"), t.memoryGib},
                           {QStringLiteral("gpu_model"), str(t.gpuModel)},
                           {QStringLiteral("gpu_count"), t.gpuCount},
                           {QStringLiteral("cpu_min_watts_per_vcpu"), t.cpuMinWattsPerVcpu},
                           {QStringLiteral("cpu_max_watts_per_vcpu"), t.cpuMaxWattsPerVcpu}};
    });
    root[QStringLiteral("offers")] = arrayOf(s.offers, [](const Offer& o) {
        return QJsonObject{{QStringLiteral("region"), str(o.region)},
                           {QStringLiteral("instance_type"), str(o.instanceType)},
                           {QStringLiteral("on_demand_usd_per_hour"), o.onDemandUsdPerHour},
                           {QStringLiteral("spot_usd_per_hour"), o.spotUsdPerHour},
                           {QStringLiteral("estimated"), o.estimated}};
    });
    root[QStringLiteral("network")] = arrayOf(s.network, [](const NetworkLink& l) {
        return QJsonObject{{QStringLiteral("src"), str(l.src)},
                           {QStringLiteral("dst"), str(l.dst)},
                           {QStringLiteral("throughput_gbps"), l.throughputGbps},
                           {QStringLiteral("rtt_ms"), l.rttMs},
                           {QStringLiteral("egress_usd_per_gb"), l.egressUsdPerGb},
                           {QStringLiteral("throughput_estimated"), l.throughputEstimated},
                           {QStringLiteral("rtt_estimated"), l.rttEstimated},
                           {QStringLiteral("egress_estimated"), l.egressEstimated}};
    });
    root[QStringLiteral("pool")] = arrayOf(s.pool, [](const VmPoolEntry& p) {
        return QJsonObject{{QStringLiteral("region"), str(p.region)},
                           {QStringLiteral("instance_type"), str(p.instanceType)},
                           {QStringLiteral("count"), p.count},
                           {QStringLiteral("min_count"), p.minCount},
                           {QStringLiteral("max_count"), p.maxCount},
                           {QStringLiteral("spot"), p.spot},
                           {QStringLiteral("reserved"), p.reserved}};
    });
    root[QStringLiteral("datasets")] = arrayOf(s.datasets, [](const Dataset& d) {
        return QJsonObject{{QStringLiteral("name"), str(d.name)},
                           {QStringLiteral("size_gb"), d.sizeGb},
                           {QStringLiteral("home_regions"), stringsJson(d.homeRegions)}};
    });
    root[QStringLiteral("workloads")] = arrayOf(s.workloads, &workloadJson);
    root[QStringLiteral("trace_jobs")] = arrayOf(s.traceJobs, [](const TraceJob& j) {
        return QJsonObject{{QStringLiteral("arrival_h"), j.arrivalHours},
                           {QStringLiteral("duration_h"), j.durationHours},
                           {QStringLiteral("vcpus"), j.vcpus},
                           {QStringLiteral("memory_gib"), j.memoryGib},
                           {QStringLiteral("gpus"), j.gpus},
                           {QStringLiteral("gpu_fraction"), j.gpuFraction},
                           {QStringLiteral("workload_class"), str(j.workloadClass)},
                           {QStringLiteral("dataset"), str(j.dataset)}};
    });
    const QJsonArray perturbations =
        arrayOf(s.faults.perturbations, [](const NetworkPerturbation& p) {
            return QJsonObject{{QStringLiteral("start_h"), p.startHour},
                               {QStringLiteral("duration_h"), p.durationHours},
                               {QStringLiteral("src"), str(p.src)},
                               {QStringLiteral("dst"), str(p.dst)},
                               {QStringLiteral("throughput_factor"), p.throughputFactor},
                               {QStringLiteral("extra_rtt_ms"), p.extraRttMs}};
        });
    root[QStringLiteral("faults")] =
        QJsonObject{{QStringLiteral("vm_mtbf_h"), s.faults.vmMtbfHours},
                    {QStringLiteral("vm_repair_h"), s.faults.vmRepairHours},
                    {QStringLiteral("perturbations"), perturbations}};
    QJsonObject params;
    for (const auto& [key, value] : s.policy.params)
        params[str(key)] = value;
    root[QStringLiteral("policy")] = QJsonObject{{QStringLiteral("name"), str(s.policy.name)},
                                                 {QStringLiteral("params"), params}};
    const SimulationSettings& st = s.settings;
    root[QStringLiteral("settings")] =
        QJsonObject{{QStringLiteral("horizon_hours"), st.horizonHours},
                    {QStringLiteral("monitor_interval_min"), st.monitorIntervalMinutes},
                    {QStringLiteral("seed"), seedJson(st.seed)},
                    {QStringLiteral("vm_boot_s"), st.vmBootSeconds},
                    {QStringLiteral("scaling_interval_min"), st.scalingIntervalMinutes},
                    {QStringLiteral("cpu_gflops_per_vcpu"), st.cpuGflopsPerVcpu},
                    {QStringLiteral("memory_watts_per_gib"), st.memoryWattsPerGib},
                    {QStringLiteral("network_kwh_per_gb"), st.networkKwhPerGb},
                    {QStringLiteral("monitoring"), st.monitoring},
                    {QStringLiteral("scaling"), str(st.scaling)},
                    {QStringLiteral("idle_timeout_min"), st.idleTimeoutMinutes},
                    {QStringLiteral("reserved_discount_pct"), st.reservedDiscountPct},
                    {QStringLiteral("cache_capacity_gb"), st.cacheCapacityGb},
                    {QStringLiteral("unhostable"), str(st.unhostable)},
                    {QStringLiteral("cpu_jobs_on_gpu_vms"), st.cpuJobsOnGpuVms}};
    return root;
}

QByteArray ScenarioJson::toJson(const Scenario& scenario)
{
    return QJsonDocument(toJsonObject(scenario)).toJson(QJsonDocument::Indented);
}

bool ScenarioJson::save(const QString& path, const Scenario& scenario, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(scenario)) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nephos
