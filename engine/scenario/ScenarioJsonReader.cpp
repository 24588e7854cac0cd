// ScenarioJson::fromJson / load: JSON structure -> Scenario, then ScenarioValidator.
#include "scenario/ScenarioFieldReader.h"

#include "core/TextPosition.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioValidator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace nephos {

namespace {

using Fields = ScenarioFieldReader;

class StructureReader
{
public:
    StructureReader(ScenarioProblems& problems, QSet<QString>& failed)
        : m_problems(problems)
        , m_failed(failed)
    {}

    void readRoot(const QJsonObject& root, Scenario& s)
    {
        Fields f(root, QString(), m_problems, m_failed);
        f.readInt(QStringLiteral("version"), s.version, true);
        if (!m_failed.contains(QStringLiteral("version")) &&
            s.version != ScenarioJson::formatVersion)
            fail(QStringLiteral("version"), QStringLiteral("unsupported version %1, expected %2")
                                                .arg(s.version)
                                                .arg(ScenarioJson::formatVersion));
        f.readString(QStringLiteral("name"), s.name, true);
        f.readString(QStringLiteral("description"), s.description);
        readArray(f, QStringLiteral("providers"), s.providers, &StructureReader::readProvider);
        readArray(f, QStringLiteral("regions"), s.regions, &StructureReader::readRegion);
        readArray(f, QStringLiteral("gpu_models"), s.gpuModels, &StructureReader::readGpu);
        readArray(f, QStringLiteral("instance_types"), s.instanceTypes, &StructureReader::readType);
        readArray(f, QStringLiteral("offers"), s.offers, &StructureReader::readOffer);
        readArray(f, QStringLiteral("network"), s.network, &StructureReader::readLink);
        readArray(f, QStringLiteral("pool"), s.pool, &StructureReader::readPool);
        readArray(f, QStringLiteral("datasets"), s.datasets, &StructureReader::readDataset);
        readArray(f, QStringLiteral("workloads"), s.workloads, &StructureReader::readWorkload);
        readArray(f, QStringLiteral("trace_jobs"), s.traceJobs, &StructureReader::readTraceJob);
        QJsonObject o;
        if (f.object(QStringLiteral("faults"), o))
            readFaults(Fields(o, f.pathOf(QStringLiteral("faults")), m_problems, m_failed),
                       s.faults);
        if (f.object(QStringLiteral("policy"), o))
            readPolicy(Fields(o, f.pathOf(QStringLiteral("policy")), m_problems, m_failed),
                       s.policy);
        if (f.object(QStringLiteral("settings"), o))
            readSettings(Fields(o, f.pathOf(QStringLiteral("settings")), m_problems, m_failed),
                         s.settings);
        f.finish();
    }

private:
    void fail(const QString& path, const QString& message)
    {
        m_problems.push_back({path, message});
        m_failed.insert(path);
    }

    template <typename T>
    void readArray(Fields& parent, const QString& key, std::vector<T>& out,
                   void (StructureReader::*readItem)(Fields&&, T&))
    {
        QJsonArray array;
        if (!parent.array(key, array))
            return;
        out.clear();
        out.reserve(static_cast<std::size_t>(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(parent.pathOf(key)).arg(i);
            T item;
            if (!array.at(i).isObject()) {
                fail(path, QStringLiteral("expected an object, got %1")
                               .arg(Fields::typeName(array.at(i))));
            } else {
                (this->*readItem)(Fields(array.at(i).toObject(), path, m_problems, m_failed), item);
            }
            out.push_back(std::move(item));
        }
    }

    void readProvider(Fields&& f, Provider& p)
    {
        f.readString(QStringLiteral("id"), p.id, true);
        f.readString(QStringLiteral("name"), p.name);
        f.readBool(QStringLiteral("enabled"), p.enabled);
        f.readNumber(QStringLiteral("storage_usd_per_gb_month"), p.storageUsdPerGbMonth);
        readArray(f, QStringLiteral("egress_tiers"), p.egressTiers, &StructureReader::readTier);
        f.finish();
    }

    void readTier(Fields&& f, EgressTier& t)
    {
        f.readNumber(QStringLiteral("from_tb"), t.fromTb, true);
        f.readNumber(QStringLiteral("usd_per_gb"), t.usdPerGb, true);
        f.finish();
    }

    void readDataset(Fields&& f, Dataset& d)
    {
        f.readString(QStringLiteral("name"), d.name, true);
        f.readNumber(QStringLiteral("size_gb"), d.sizeGb, true);
        f.readStringList(QStringLiteral("home_regions"), d.homeRegions, true);
        f.finish();
    }

    void readRegion(Fields&& f, Region& r)
    {
        f.readString(QStringLiteral("id"), r.id, true);
        f.readString(QStringLiteral("provider"), r.provider, true);
        f.readString(QStringLiteral("name"), r.name);
        f.readNumber(QStringLiteral("latitude"), r.latitude);
        f.readNumber(QStringLiteral("longitude"), r.longitude);
        f.readNumber(QStringLiteral("pue"), r.pue);
        f.readBool(QStringLiteral("pue_estimated"), r.pueEstimated);
        f.readNumber(QStringLiteral("carbon_kg_per_kwh"), r.carbonKgPerKwh);
        f.readBool(QStringLiteral("carbon_estimated"), r.carbonEstimated);
        f.readBool(QStringLiteral("enabled"), r.enabled);
        f.finish();
    }

    void readGpu(Fields&& f, GpuModel& g)
    {
        f.readString(QStringLiteral("name"), g.name, true);
        f.readNumber(QStringLiteral("fp32_tflops"), g.fp32Tflops, true);
        f.readNumber(QStringLiteral("fp16_tflops"), g.fp16Tflops);
        f.readNumber(QStringLiteral("memory_gb"), g.memoryGb);
        f.readNumber(QStringLiteral("idle_watts"), g.idleWatts);
        f.readNumber(QStringLiteral("max_watts"), g.maxWatts);
        f.finish();
    }

    void readType(Fields&& f, InstanceType& t)
    {
        f.readString(QStringLiteral("name"), t.name, true);
        f.readString(QStringLiteral("provider"), t.provider, true);
        f.readNumber(QStringLiteral("vcpus"), t.vcpus, true);
        f.readNumber(QStringLiteral("memory_gib"), t.memoryGib, true);
        f.readString(QStringLiteral("gpu_model"), t.gpuModel);
        f.readInt(QStringLiteral("gpu_count"), t.gpuCount);
        f.readNumber(QStringLiteral("cpu_min_watts_per_vcpu"), t.cpuMinWattsPerVcpu);
        f.readNumber(QStringLiteral("cpu_max_watts_per_vcpu"), t.cpuMaxWattsPerVcpu);
        f.finish();
    }

    void readOffer(Fields&& f, Offer& o)
    {
        f.readString(QStringLiteral("region"), o.region, true);
        f.readString(QStringLiteral("instance_type"), o.instanceType, true);
        f.readNumber(QStringLiteral("on_demand_usd_per_hour"), o.onDemandUsdPerHour, true);
        f.readNumber(QStringLiteral("spot_usd_per_hour"), o.spotUsdPerHour);
        f.readBool(QStringLiteral("estimated"), o.estimated);
        f.finish();
    }

    void readLink(Fields&& f, NetworkLink& l)
    {
        f.readString(QStringLiteral("src"), l.src, true);
        f.readString(QStringLiteral("dst"), l.dst, true);
        f.readNumber(QStringLiteral("throughput_gbps"), l.throughputGbps, true);
        f.readNumber(QStringLiteral("rtt_ms"), l.rttMs);
        f.readNumber(QStringLiteral("egress_usd_per_gb"), l.egressUsdPerGb);
        f.readBool(QStringLiteral("throughput_estimated"), l.throughputEstimated);
        f.readBool(QStringLiteral("rtt_estimated"), l.rttEstimated);
        f.readBool(QStringLiteral("egress_estimated"), l.egressEstimated);
        f.finish();
    }

    void readPool(Fields&& f, VmPoolEntry& p)
    {
        f.readString(QStringLiteral("region"), p.region, true);
        f.readString(QStringLiteral("instance_type"), p.instanceType, true);
        f.readInt(QStringLiteral("count"), p.count, true);
        // Without bounds the autoscaler keeps the entry at its initial count.
        p.minCount = p.count;
        p.maxCount = p.count;
        f.readInt(QStringLiteral("min_count"), p.minCount);
        f.readInt(QStringLiteral("max_count"), p.maxCount);
        f.readBool(QStringLiteral("spot"), p.spot);
        f.readInt(QStringLiteral("reserved"), p.reserved);
        f.finish();
    }

    void readDistribution(Fields&& f, Distribution& d)
    {
        std::string kind;
        f.readString(QStringLiteral("kind"), kind, true);
        if (!kind.empty() &&
            !ScenarioJson::distributionKindFromKey(QString::fromStdString(kind), d.kind))
            fail(f.pathOf(QStringLiteral("kind")),
                 QStringLiteral("unknown distribution '%1' (expected fixed, exponential, "
                                "lognormal or uniform)")
                     .arg(QString::fromStdString(kind)));
        f.readNumber(QStringLiteral("mean_h"), d.mean, true);
        f.readNumber(QStringLiteral("stddev_h"), d.stddev, d.kind == Distribution::Kind::LogNormal);
        f.readNumber(QStringLiteral("min_h"), d.min);
        f.readNumber(QStringLiteral("max_h"), d.max);
        f.finish();
    }

    void readBurst(Fields&& f, Burst& b)
    {
        f.readNumber(QStringLiteral("start_h"), b.startHour, true);
        f.readNumber(QStringLiteral("duration_h"), b.durationHours, true);
        f.readNumber(QStringLiteral("rate_multiplier"), b.rateMultiplier, true);
        f.finish();
    }

    void readArrival(Fields&& f, ArrivalProcess& a)
    {
        f.readNumber(QStringLiteral("rate_per_hour"), a.ratePerHour, true);
        f.readNumber(QStringLiteral("diurnal_amplitude"), a.diurnalAmplitude);
        f.readNumber(QStringLiteral("peak_hour_utc"), a.peakHourUtc);
        readArray(f, QStringLiteral("bursts"), a.bursts, &StructureReader::readBurst);
        f.finish();
    }

    void readWorkload(Fields&& f, WorkloadClass& w)
    {
        f.readString(QStringLiteral("name"), w.name, true);
        f.readString(QStringLiteral("kind"), w.kind, true);
        QJsonObject o;
        if (f.object(QStringLiteral("arrival"), o, true))
            readArrival(Fields(o, f.pathOf(QStringLiteral("arrival")), m_problems, m_failed),
                        w.arrival);
        if (f.object(QStringLiteral("duration"), o, true))
            readDistribution(Fields(o, f.pathOf(QStringLiteral("duration")), m_problems, m_failed),
                             w.durationHours);
        f.readNumber(QStringLiteral("vcpus"), w.vcpus, true);
        f.readNumber(QStringLiteral("memory_gib"), w.memoryGib, true);
        f.readInt(QStringLiteral("gpus"), w.gpus);
        f.readNumber(QStringLiteral("cpu_util"), w.cpuUtil);
        f.readNumber(QStringLiteral("mem_util"), w.memUtil);
        f.readNumber(QStringLiteral("gpu_util"), w.gpuUtil);
        f.readString(QStringLiteral("reference_gpu"), w.referenceGpu);
        f.readNumber(QStringLiteral("data_input_gb"), w.dataInputGb);
        f.readString(QStringLiteral("home_region"), w.homeRegion);
        f.readNumber(QStringLiteral("sla_h"), w.slaHours);
        f.readNumber(QStringLiteral("checkpoint_h"), w.checkpointHours);
        f.readStringList(QStringLiteral("datasets"), w.datasets);
        f.readNumber(QStringLiteral("mfu"), w.mfu);
        f.readString(QStringLiteral("timing"), w.timing);
        f.finish();
    }

    void readTraceJob(Fields&& f, TraceJob& j)
    {
        f.readNumber(QStringLiteral("arrival_h"), j.arrivalHours, true);
        f.readNumber(QStringLiteral("duration_h"), j.durationHours, true);
        f.readNumber(QStringLiteral("vcpus"), j.vcpus, true);
        f.readNumber(QStringLiteral("memory_gib"), j.memoryGib, true);
        f.readInt(QStringLiteral("gpus"), j.gpus);
        f.readNumber(QStringLiteral("gpu_fraction"), j.gpuFraction);
        f.readString(QStringLiteral("workload_class"), j.workloadClass, true);
        f.readString(QStringLiteral("dataset"), j.dataset);
        f.finish();
    }

    void readPerturbation(Fields&& f, NetworkPerturbation& p)
    {
        f.readNumber(QStringLiteral("start_h"), p.startHour, true);
        f.readNumber(QStringLiteral("duration_h"), p.durationHours, true);
        f.readString(QStringLiteral("src"), p.src);
        f.readString(QStringLiteral("dst"), p.dst);
        f.readNumber(QStringLiteral("throughput_factor"), p.throughputFactor);
        f.readNumber(QStringLiteral("extra_rtt_ms"), p.extraRttMs);
        f.finish();
    }

    void readFaults(Fields&& f, FaultModel& m)
    {
        f.readNumber(QStringLiteral("vm_mtbf_h"), m.vmMtbfHours);
        f.readNumber(QStringLiteral("vm_repair_h"), m.vmRepairHours);
        readArray(f, QStringLiteral("perturbations"), m.perturbations,
                  &StructureReader::readPerturbation);
        f.finish();
    }

    void readPolicy(Fields&& f, PolicyConfig& p)
    {
        f.readString(QStringLiteral("name"), p.name, true);
        QJsonObject params;
        if (f.object(QStringLiteral("params"), params)) {
            p.params.clear();
            for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
                if (!it.value().isDouble()) {
                    fail(f.pathOf(QStringLiteral("params.") + it.key()),
                         QStringLiteral("expected a number, got %1")
                             .arg(Fields::typeName(it.value())));
                    continue;
                }
                p.params[it.key().toStdString()] = it.value().toDouble();
            }
        }
        f.finish();
    }

    void readSettings(Fields&& f, SimulationSettings& s)
    {
        f.readNumber(QStringLiteral("horizon_hours"), s.horizonHours);
        f.readNumber(QStringLiteral("monitor_interval_min"), s.monitorIntervalMinutes);
        f.readUInt64(QStringLiteral("seed"), s.seed);
        f.readNumber(QStringLiteral("vm_boot_s"), s.vmBootSeconds);
        f.readNumber(QStringLiteral("scaling_interval_min"), s.scalingIntervalMinutes);
        f.readNumber(QStringLiteral("cpu_gflops_per_vcpu"), s.cpuGflopsPerVcpu);
        f.readNumber(QStringLiteral("memory_watts_per_gib"), s.memoryWattsPerGib);
        f.readNumber(QStringLiteral("network_kwh_per_gb"), s.networkKwhPerGb);
        f.readBool(QStringLiteral("monitoring"), s.monitoring);
        f.readString(QStringLiteral("scaling"), s.scaling);
        f.readNumber(QStringLiteral("idle_timeout_min"), s.idleTimeoutMinutes);
        f.readNumber(QStringLiteral("reserved_discount_pct"), s.reservedDiscountPct);
        f.readNumber(QStringLiteral("cache_capacity_gb"), s.cacheCapacityGb);
        f.readString(QStringLiteral("unhostable"), s.unhostable);
        f.readBool(QStringLiteral("cpu_jobs_on_gpu_vms"), s.cpuJobsOnGpuVms);
        f.finish();
    }

    ScenarioProblems& m_problems;
    QSet<QString>& m_failed;
};

/// True when `path` or one of its parents could not be read.
bool coveredBy(const QString& path, const QSet<QString>& failed)
{
    for (const QString& f : failed) {
        if (path == f)
            return true;
        if (path.startsWith(f) && path.size() > f.size() &&
            (path.at(f.size()) == QLatin1Char('.') || path.at(f.size()) == QLatin1Char('[')))
            return true;
    }
    return false;
}

} // namespace

bool ScenarioJson::fromJson(const QByteArray& json, Scenario& out, ScenarioProblems& problems,
                            const std::vector<std::string>* knownPolicies)
{
    const std::size_t before = problems.size();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.push_back({lineColumnText(json, error.offset),
                            QStringLiteral("JSON syntax error: %1").arg(error.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        problems.push_back({QString(), QStringLiteral("the document must be a JSON object, got %1")
                                           .arg(doc.isArray() ? QStringLiteral("an array")
                                                              : QStringLiteral("nothing"))});
        return false;
    }
    out = Scenario();
    QSet<QString> failed;
    ScenarioProblems structural;
    StructureReader(structural, failed).readRoot(doc.object(), out);
    problems.insert(problems.end(), structural.begin(), structural.end());
    // Value checks; skip paths whose value could not be read (already reported).
    for (auto& p : ScenarioValidator::validate(out, knownPolicies)) {
        if (!coveredBy(p.path, failed))
            problems.push_back(std::move(p));
    }
    return problems.size() == before;
}

bool ScenarioJson::load(const QString& path, Scenario& out, ScenarioProblems& problems,
                        const std::vector<std::string>* knownPolicies)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back(
            {QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return false;
    }
    // Scenarios are small; refuse anything absurd rather than exhausting memory (a device such
    // as /dev/zero has no size, so the read itself is capped).
    constexpr qint64 maxBytes = qint64(64) * 1024 * 1024;
    QByteArray json;
    json.reserve(std::min(file.size(), maxBytes) + 1);
    while (json.size() <= maxBytes) {
        const QByteArray chunk = file.read(qint64(1) << 20);
        if (chunk.isEmpty())
            break;
        json += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        problems.push_back(
            {QString(), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())});
        return false;
    }
    if (json.size() > maxBytes) {
        problems.push_back(
            {QString(), QStringLiteral("cannot read %1: larger than 64 MiB").arg(path)});
        return false;
    }
    return fromJson(json, out, problems, knownPolicies);
}

} // namespace nephos
