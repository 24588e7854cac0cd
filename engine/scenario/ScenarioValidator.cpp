#include "scenario/ScenarioValidator.h"

#include "scenario/ScenarioElasticChecks.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace nephos {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 12);
}

QString quoted(const std::string& s)
{
    return QLatin1Char('\'') + QString::fromStdString(s) + QLatin1Char('\'');
}

QString at(const QString& array, std::size_t i)
{
    return QStringLiteral("%1[%2]").arg(array).arg(i);
}

/// Collects problems under a path prefix with the recurring checks.
class Checker
{
public:
    explicit Checker(ScenarioProblems& problems)
        : m_problems(problems)
    {}

    void add(const QString& path, const QString& message) { m_problems.push_back({path, message}); }

    bool finite(const QString& path, double v)
    {
        if (std::isfinite(v))
            return true;
        add(path, QStringLiteral("must be a finite number, got %1").arg(num(v)));
        return false;
    }
    void positive(const QString& path, double v)
    {
        if (finite(path, v) && !(v > 0))
            add(path, QStringLiteral("must be > 0, got %1").arg(num(v)));
    }
    void nonNegative(const QString& path, double v)
    {
        if (finite(path, v) && v < 0)
            add(path, QStringLiteral("must be >= 0, got %1").arg(num(v)));
    }
    void atLeast(const QString& path, double v, double lo)
    {
        if (finite(path, v) && v < lo)
            add(path, QStringLiteral("must be >= %1, got %2").arg(num(lo), num(v)));
    }
    void within(const QString& path, double v, double lo, double hi)
    {
        if (finite(path, v) && (v < lo || v > hi))
            add(path, QStringLiteral("must be in [%1, %2], got %3").arg(num(lo), num(hi), num(v)));
    }
    void notEmpty(const QString& path, const std::string& s)
    {
        if (s.empty())
            add(path, QStringLiteral("must not be empty"));
    }
    /// Reports a second occurrence of a non-empty key.
    void unique(std::map<std::string, QString>& seen, const std::string& key, const QString& path,
                const QString& what)
    {
        if (key.empty())
            return;
        auto [it, inserted] = seen.emplace(key, path);
        if (!inserted)
            add(path,
                QStringLiteral("duplicate %1 %2 (first at %3)").arg(what, quoted(key), it->second));
    }

private:
    ScenarioProblems& m_problems;
};

void checkFacts(const Scenario& s, Checker& c)
{
    std::map<std::string, QString> seen;
    for (std::size_t i = 0; i < s.providers.size(); ++i) {
        const QString p = at(QStringLiteral("providers"), i);
        c.notEmpty(p + QStringLiteral(".id"), s.providers[i].id);
        c.unique(seen, s.providers[i].id, p + QStringLiteral(".id"), QStringLiteral("provider id"));
    }
    seen.clear();
    for (std::size_t i = 0; i < s.regions.size(); ++i) {
        const Region& r = s.regions[i];
        const QString p = at(QStringLiteral("regions"), i);
        c.notEmpty(p + QStringLiteral(".id"), r.id);
        c.unique(seen, r.id, p + QStringLiteral(".id"), QStringLiteral("region id"));
        if (!s.findProvider(r.provider))
            c.add(p + QStringLiteral(".provider"),
                  QStringLiteral("unknown provider %1").arg(quoted(r.provider)));
        c.within(p + QStringLiteral(".latitude"), r.latitude, -90, 90);
        c.within(p + QStringLiteral(".longitude"), r.longitude, -180, 180);
        c.atLeast(p + QStringLiteral(".pue"), r.pue, 1.0);
        c.nonNegative(p + QStringLiteral(".carbon_kg_per_kwh"), r.carbonKgPerKwh);
    }
    seen.clear();
    for (std::size_t i = 0; i < s.gpuModels.size(); ++i) {
        const GpuModel& g = s.gpuModels[i];
        const QString p = at(QStringLiteral("gpu_models"), i);
        c.notEmpty(p + QStringLiteral(".name"), g.name);
        c.unique(seen, g.name, p + QStringLiteral(".name"), QStringLiteral("GPU model"));
        c.positive(p + QStringLiteral(".fp32_tflops"), g.fp32Tflops);
        c.nonNegative(p + QStringLiteral(".fp16_tflops"), g.fp16Tflops);
        c.nonNegative(p + QStringLiteral(".memory_gb"), g.memoryGb);
        c.nonNegative(p + QStringLiteral(".idle_watts"), g.idleWatts);
        c.atLeast(p + QStringLiteral(".max_watts"), g.maxWatts, g.idleWatts);
    }
    seen.clear();
    for (std::size_t i = 0; i < s.instanceTypes.size(); ++i) {
        const InstanceType& t = s.instanceTypes[i];
        const QString p = at(QStringLiteral("instance_types"), i);
        c.notEmpty(p + QStringLiteral(".name"), t.name);
        c.unique(seen, t.name, p + QStringLiteral(".name"), QStringLiteral("instance type"));
        if (!s.findProvider(t.provider))
            c.add(p + QStringLiteral(".provider"),
                  QStringLiteral("unknown provider %1").arg(quoted(t.provider)));
        c.positive(p + QStringLiteral(".vcpus"), t.vcpus);
        c.positive(p + QStringLiteral(".memory_gib"), t.memoryGib);
        c.nonNegative(p + QStringLiteral(".gpu_count"), t.gpuCount);
        if (!t.gpuModel.empty() && !s.findGpuModel(t.gpuModel))
            c.add(p + QStringLiteral(".gpu_model"),
                  QStringLiteral("unknown GPU model %1").arg(quoted(t.gpuModel)));
        if (t.gpuCount > 0 && t.gpuModel.empty())
            c.add(p + QStringLiteral(".gpu_model"),
                  QStringLiteral("must name the GPU model when gpu_count is %1").arg(t.gpuCount));
        c.nonNegative(p + QStringLiteral(".cpu_min_watts_per_vcpu"), t.cpuMinWattsPerVcpu);
        c.atLeast(p + QStringLiteral(".cpu_max_watts_per_vcpu"), t.cpuMaxWattsPerVcpu,
                  t.cpuMinWattsPerVcpu);
    }
    seen.clear();
    for (std::size_t i = 0; i < s.offers.size(); ++i) {
        const Offer& o = s.offers[i];
        const QString p = at(QStringLiteral("offers"), i);
        const Region* region = s.findRegion(o.region);
        const InstanceType* type = s.findInstanceType(o.instanceType);
        if (!region)
            c.add(p + QStringLiteral(".region"),
                  QStringLiteral("unknown region %1").arg(quoted(o.region)));
        if (!type)
            c.add(p + QStringLiteral(".instance_type"),
                  QStringLiteral("unknown instance type %1").arg(quoted(o.instanceType)));
        if (region && type && region->provider != type->provider)
            c.add(p + QStringLiteral(".instance_type"),
                  QStringLiteral("%1 is a %2 type but region %3 belongs to %4")
                      .arg(quoted(o.instanceType), QString::fromStdString(type->provider),
                           quoted(o.region), QString::fromStdString(region->provider)));
        c.unique(seen, o.region + '\n' + o.instanceType, p, QStringLiteral("offer"));
        c.nonNegative(p + QStringLiteral(".on_demand_usd_per_hour"), o.onDemandUsdPerHour);
        c.finite(p + QStringLiteral(".spot_usd_per_hour"), o.spotUsdPerHour);
    }
    seen.clear();
    for (std::size_t i = 0; i < s.network.size(); ++i) {
        const NetworkLink& l = s.network[i];
        const QString p = at(QStringLiteral("network"), i);
        if (!s.findRegion(l.src))
            c.add(p + QStringLiteral(".src"),
                  QStringLiteral("unknown region %1").arg(quoted(l.src)));
        if (!s.findRegion(l.dst))
            c.add(p + QStringLiteral(".dst"),
                  QStringLiteral("unknown region %1").arg(quoted(l.dst)));
        c.unique(seen, l.src + '\n' + l.dst, p, QStringLiteral("link"));
        c.positive(p + QStringLiteral(".throughput_gbps"), l.throughputGbps);
        c.nonNegative(p + QStringLiteral(".rtt_ms"), l.rttMs);
        c.nonNegative(p + QStringLiteral(".egress_usd_per_gb"), l.egressUsdPerGb);
    }
}

void checkPool(const Scenario& s, Checker& c)
{
    std::map<std::string, QString> seen;
    for (std::size_t i = 0; i < s.pool.size(); ++i) {
        const VmPoolEntry& e = s.pool[i];
        const QString p = at(QStringLiteral("pool"), i);
        const bool regionOk = s.findRegion(e.region) != nullptr;
        const bool typeOk = s.findInstanceType(e.instanceType) != nullptr;
        if (!regionOk)
            c.add(p + QStringLiteral(".region"),
                  QStringLiteral("unknown region %1").arg(quoted(e.region)));
        if (!typeOk)
            c.add(p + QStringLiteral(".instance_type"),
                  QStringLiteral("unknown instance type %1").arg(quoted(e.instanceType)));
        if (regionOk && typeOk && !s.findOffer(e.region, e.instanceType))
            c.add(p, QStringLiteral("no offer prices %1 in %2")
                         .arg(quoted(e.instanceType), quoted(e.region)));
        c.unique(seen, e.region + '\n' + e.instanceType + (e.spot ? "\nspot" : ""), p,
                 QStringLiteral("pool entry"));
        c.nonNegative(p + QStringLiteral(".min_count"), e.minCount);
        if (e.maxCount < e.minCount)
            c.add(p + QStringLiteral(".max_count"),
                  QStringLiteral("must be >= min_count (%1), got %2")
                      .arg(e.minCount)
                      .arg(e.maxCount));
        else if (e.count < e.minCount || e.count > e.maxCount)
            c.add(p + QStringLiteral(".count"),
                  QStringLiteral("must be within [min_count, max_count] = [%1, %2], got %3")
                      .arg(e.minCount)
                      .arg(e.maxCount)
                      .arg(e.count));
    }
}

/// True when some pool entry that may hold VMs, in an enabled region of an enabled provider,
/// offers a type fitting the demand.
bool poolFits(const Scenario& s, double vcpus, double memoryGib, int gpus)
{
    for (const auto& e : s.pool) {
        const InstanceType* t = s.findInstanceType(e.instanceType);
        const Region* r = s.findRegion(e.region);
        const Provider* p = r ? s.findProvider(r->provider) : nullptr;
        if (t && r && p && r->enabled && p->enabled && e.maxCount > 0 && t->vcpus >= vcpus &&
            t->memoryGib >= memoryGib && t->gpuCount >= gpus)
            return true;
    }
    return false;
}

void checkWorkloads(const Scenario& s, Checker& c)
{
    static const std::set<std::string> kinds{"training", "analytics", "inference"};
    std::map<std::string, QString> seen;
    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        const WorkloadClass& w = s.workloads[i];
        const QString p = at(QStringLiteral("workloads"), i);
        c.notEmpty(p + QStringLiteral(".name"), w.name);
        c.unique(seen, w.name, p + QStringLiteral(".name"), QStringLiteral("workload class"));
        if (!kinds.count(w.kind))
            c.add(p + QStringLiteral(".kind"),
                  QStringLiteral("must be training, analytics or inference, got %1")
                      .arg(quoted(w.kind)));
        const QString a = p + QStringLiteral(".arrival");
        c.nonNegative(a + QStringLiteral(".rate_per_hour"), w.arrival.ratePerHour);
        c.within(a + QStringLiteral(".diurnal_amplitude"), w.arrival.diurnalAmplitude, 0, 1);
        if (c.finite(a + QStringLiteral(".peak_hour_utc"), w.arrival.peakHourUtc) &&
            (w.arrival.peakHourUtc < 0 || w.arrival.peakHourUtc >= 24))
            c.add(a + QStringLiteral(".peak_hour_utc"),
                  QStringLiteral("must be in [0, 24), got %1").arg(num(w.arrival.peakHourUtc)));
        for (std::size_t b = 0; b < w.arrival.bursts.size(); ++b) {
            const QString bp = at(a + QStringLiteral(".bursts"), b);
            c.nonNegative(bp + QStringLiteral(".start_h"), w.arrival.bursts[b].startHour);
            c.positive(bp + QStringLiteral(".duration_h"), w.arrival.bursts[b].durationHours);
            c.nonNegative(bp + QStringLiteral(".rate_multiplier"),
                          w.arrival.bursts[b].rateMultiplier);
        }
        const QString d = p + QStringLiteral(".duration");
        const Distribution& dist = w.durationHours;
        c.positive(d + QStringLiteral(".mean_h"), dist.mean);
        if (dist.kind == Distribution::Kind::LogNormal)
            c.nonNegative(d + QStringLiteral(".stddev_h"), dist.stddev);
        c.nonNegative(d + QStringLiteral(".min_h"), dist.min);
        c.nonNegative(d + QStringLiteral(".max_h"), dist.max);
        if (dist.max > 0 && dist.max < dist.min)
            c.add(
                d + QStringLiteral(".max_h"),
                QStringLiteral("must be >= min_h (%1), got %2").arg(num(dist.min), num(dist.max)));
        if (dist.kind == Distribution::Kind::Uniform && !(dist.max > dist.min))
            c.add(d + QStringLiteral(".max_h"),
                  QStringLiteral("a uniform distribution needs max_h > min_h, got [%1, %2]")
                      .arg(num(dist.min), num(dist.max)));
        c.positive(p + QStringLiteral(".vcpus"), w.vcpus);
        c.positive(p + QStringLiteral(".memory_gib"), w.memoryGib);
        c.nonNegative(p + QStringLiteral(".gpus"), w.gpus);
        c.within(p + QStringLiteral(".cpu_util"), w.cpuUtil, 0, 1);
        c.within(p + QStringLiteral(".mem_util"), w.memUtil, 0, 1);
        c.within(p + QStringLiteral(".gpu_util"), w.gpuUtil, 0, 1);
        if (!w.referenceGpu.empty() && !s.findGpuModel(w.referenceGpu))
            c.add(p + QStringLiteral(".reference_gpu"),
                  QStringLiteral("unknown GPU model %1").arg(quoted(w.referenceGpu)));
        c.nonNegative(p + QStringLiteral(".data_input_gb"), w.dataInputGb);
        if (!w.homeRegion.empty() && !s.findRegion(w.homeRegion))
            c.add(p + QStringLiteral(".home_region"),
                  QStringLiteral("unknown region %1").arg(quoted(w.homeRegion)));
        if (w.homeRegion.empty() && w.dataInputGb > 0)
            c.add(p + QStringLiteral(".home_region"),
                  QStringLiteral("must name the region holding the %1 GB of input data")
                      .arg(num(w.dataInputGb)));
        c.nonNegative(p + QStringLiteral(".sla_h"), w.slaHours);
        c.nonNegative(p + QStringLiteral(".checkpoint_h"), w.checkpointHours);
        if (w.vcpus > 0 && w.memoryGib > 0 && w.gpus >= 0 && !s.pool.empty() &&
            !poolFits(s, w.vcpus, w.memoryGib, w.gpus))
            c.add(p, QStringLiteral("no instance type in the pool (enabled regions) fits %1 vCPU, "
                                    "%2 GiB, %3 GPU")
                         .arg(num(w.vcpus), num(w.memoryGib))
                         .arg(w.gpus));
    }
}

void checkTraceJobs(const Scenario& s, Checker& c)
{
    for (std::size_t i = 0; i < s.traceJobs.size(); ++i) {
        const TraceJob& j = s.traceJobs[i];
        const QString p = at(QStringLiteral("trace_jobs"), i);
        c.nonNegative(p + QStringLiteral(".arrival_h"), j.arrivalHours);
        c.positive(p + QStringLiteral(".duration_h"), j.durationHours);
        // Traces hold pods that request no memory (or no CPU); a job must request something.
        c.nonNegative(p + QStringLiteral(".vcpus"), j.vcpus);
        c.nonNegative(p + QStringLiteral(".memory_gib"), j.memoryGib);
        c.nonNegative(p + QStringLiteral(".gpus"), j.gpus);
        if (j.vcpus == 0 && j.memoryGib == 0 && j.gpus == 0 && j.gpuFraction == 0)
            c.add(p, QStringLiteral("requests no resources (vcpus, memory_gib, gpus and "
                                    "gpu_fraction are all 0)"));
        if (c.finite(p + QStringLiteral(".gpu_fraction"), j.gpuFraction) &&
            (j.gpuFraction < 0 || j.gpuFraction >= 1))
            c.add(p + QStringLiteral(".gpu_fraction"),
                  QStringLiteral("must be in [0, 1), got %1").arg(num(j.gpuFraction)));
        bool known = false;
        for (const auto& w : s.workloads)
            known = known || w.name == j.workloadClass;
        if (!known)
            c.add(p + QStringLiteral(".workload_class"),
                  QStringLiteral("unknown workload class %1").arg(quoted(j.workloadClass)));
    }
}

void checkRest(const Scenario& s, Checker& c, const std::vector<std::string>* knownPolicies)
{
    c.nonNegative(QStringLiteral("faults.vm_mtbf_h"), s.faults.vmMtbfHours);
    c.positive(QStringLiteral("faults.vm_repair_h"), s.faults.vmRepairHours);
    for (std::size_t i = 0; i < s.faults.perturbations.size(); ++i) {
        const NetworkPerturbation& n = s.faults.perturbations[i];
        const QString p = at(QStringLiteral("faults.perturbations"), i);
        c.nonNegative(p + QStringLiteral(".start_h"), n.startHour);
        c.positive(p + QStringLiteral(".duration_h"), n.durationHours);
        if (n.src != "*" && !s.findRegion(n.src))
            c.add(p + QStringLiteral(".src"),
                  QStringLiteral("unknown region %1 (use \"*\" for any)").arg(quoted(n.src)));
        if (n.dst != "*" && !s.findRegion(n.dst))
            c.add(p + QStringLiteral(".dst"),
                  QStringLiteral("unknown region %1 (use \"*\" for any)").arg(quoted(n.dst)));
        c.positive(p + QStringLiteral(".throughput_factor"), n.throughputFactor);
        c.nonNegative(p + QStringLiteral(".extra_rtt_ms"), n.extraRttMs);
    }
    c.notEmpty(QStringLiteral("policy.name"), s.policy.name);
    if (knownPolicies && !s.policy.name.empty()) {
        bool known = false;
        QStringList names;
        for (const auto& n : *knownPolicies) {
            known = known || n == s.policy.name;
            names << QString::fromStdString(n);
        }
        if (!known)
            c.add(QStringLiteral("policy.name"),
                  QStringLiteral("unknown policy %1 (known: %2)")
                      .arg(quoted(s.policy.name), names.join(QStringLiteral(", "))));
    }
    for (const auto& [key, value] : s.policy.params)
        c.finite(QStringLiteral("policy.params.") + QString::fromStdString(key), value);
    const SimulationSettings& st = s.settings;
    c.positive(QStringLiteral("settings.horizon_hours"), st.horizonHours);
    c.positive(QStringLiteral("settings.monitor_interval_min"), st.monitorIntervalMinutes);
    c.nonNegative(QStringLiteral("settings.vm_boot_s"), st.vmBootSeconds);
    c.positive(QStringLiteral("settings.scaling_interval_min"), st.scalingIntervalMinutes);
    c.nonNegative(QStringLiteral("settings.cpu_gflops_per_vcpu"), st.cpuGflopsPerVcpu);
    c.nonNegative(QStringLiteral("settings.memory_watts_per_gib"), st.memoryWattsPerGib);
    c.nonNegative(QStringLiteral("settings.network_kwh_per_gb"), st.networkKwhPerGb);
}

/// Limits that keep any accepted file from exhausting memory or running for days: a scenario
/// beyond them is almost certainly a unit mistake.
struct Limits
{
    static constexpr double maxHorizonHours = 87600.0; // 10 years
    static constexpr double maxMonitorSamples = 2.0e6;
    static constexpr double maxScalingTicks = 1.0e7;
    static constexpr int maxVmsPerEntry = 1000000;
    static constexpr double maxExpectedJobs = 5.0e7;
    static constexpr double maxExpectedFailures = 1.0e7;
    static constexpr double minCheckpointHours = 0.01;
};

void checkScale(const Scenario& s, Checker& c)
{
    const SimulationSettings& st = s.settings;
    const double horizon = st.horizonHours;
    if (!(horizon > 0) || !std::isfinite(horizon))
        return; // reported elsewhere
    if (horizon > Limits::maxHorizonHours)
        c.add(QStringLiteral("settings.horizon_hours"),
              QStringLiteral("must be <= %1 (10 years), got %2")
                  .arg(num(Limits::maxHorizonHours), num(horizon)));
    if (st.monitoring && st.monitorIntervalMinutes > 0 &&
        horizon * 60.0 / st.monitorIntervalMinutes > Limits::maxMonitorSamples)
        c.add(QStringLiteral("settings.monitor_interval_min"),
              QStringLiteral("gives %1 monitoring samples over the horizon; at most %2 (use a "
                             "longer interval)")
                  .arg(num(std::ceil(horizon * 60.0 / st.monitorIntervalMinutes)),
                       num(Limits::maxMonitorSamples)));
    if (st.scalingIntervalMinutes > 0 &&
        horizon * 60.0 / st.scalingIntervalMinutes > Limits::maxScalingTicks)
        c.add(QStringLiteral("settings.scaling_interval_min"),
              QStringLiteral("gives %1 autoscaler runs over the horizon; at most %2")
                  .arg(num(std::ceil(horizon * 60.0 / st.scalingIntervalMinutes)),
                       num(Limits::maxScalingTicks)));
    double vms = 0;
    for (std::size_t i = 0; i < s.pool.size(); ++i) {
        const VmPoolEntry& e = s.pool[i];
        vms += std::max(e.count, e.maxCount);
        if (e.maxCount > Limits::maxVmsPerEntry || e.count > Limits::maxVmsPerEntry)
            c.add(at(QStringLiteral("pool"), i) + QStringLiteral(".max_count"),
                  QStringLiteral("must be <= %1, got %2")
                      .arg(Limits::maxVmsPerEntry)
                      .arg(std::max(e.count, e.maxCount)));
    }
    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        const ArrivalProcess& a = s.workloads[i].arrival;
        // Upper bound of the expected arrivals: peak diurnal rate, bursts on top.
        double hours = horizon;
        for (const auto& b : a.bursts)
            hours += std::max(0.0, b.rateMultiplier - 1.0) * std::min(b.durationHours, horizon);
        const double expected = a.ratePerHour * (1.0 + std::max(0.0, a.diurnalAmplitude)) * hours;
        if (std::isfinite(expected) && expected > Limits::maxExpectedJobs)
            c.add(at(QStringLiteral("workloads"), i) + QStringLiteral(".arrival"),
                  QStringLiteral("gives up to %1 jobs over the horizon; at most %2")
                      .arg(num(std::ceil(expected)), num(Limits::maxExpectedJobs)));
        const double checkpoint = s.workloads[i].checkpointHours;
        if (checkpoint > 0 && checkpoint < Limits::minCheckpointHours)
            c.add(at(QStringLiteral("workloads"), i) + QStringLiteral(".checkpoint_h"),
                  QStringLiteral("must be 0 (never) or >= %1, got %2")
                      .arg(num(Limits::minCheckpointHours), num(checkpoint)));
    }
    const double mtbf = s.faults.vmMtbfHours;
    if (mtbf > 0 && std::isfinite(mtbf) && vms * horizon / mtbf > Limits::maxExpectedFailures)
        c.add(QStringLiteral("faults.vm_mtbf_h"),
              QStringLiteral("gives about %1 VM failures over the horizon; at most %2")
                  .arg(num(std::ceil(vms * horizon / mtbf)), num(Limits::maxExpectedFailures)));
}

} // namespace

ScenarioProblems ScenarioValidator::validate(const Scenario& s,
                                             const std::vector<std::string>* knownPolicies)
{
    ScenarioProblems problems;
    Checker c(problems);
    if (s.version != 1)
        c.add(QStringLiteral("version"),
              QStringLiteral("unsupported version %1, expected 1").arg(s.version));
    c.notEmpty(QStringLiteral("name"), s.name);
    checkFacts(s, c);
    checkPool(s, c);
    checkWorkloads(s, c);
    checkTraceJobs(s, c);
    checkRest(s, c, knownPolicies);
    checkScale(s, c);
    checkElasticModel(s, problems);
    return problems;
}

} // namespace nephos
