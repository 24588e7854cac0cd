// Scenario JSON: every validation error path, syntax errors, round-trip, the in-memory validator.
#include "ScenarioFixture.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace nephos;

namespace {

/// Sets (or removes, when value is undefined) the member at a path like
/// "workloads[0].duration.mean_h".
QJsonValue setAt(const QJsonValue& node, QStringList parts, const QJsonValue& value)
{
    const QString head = parts.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^([^\\[]+)\\[(\\d+)\\]$"));
    const auto m = indexed.match(head);
    QJsonObject obj = node.toObject();
    if (m.hasMatch()) {
        QJsonArray array = obj.value(m.captured(1)).toArray();
        const int i = m.captured(2).toInt();
        array[i] = parts.isEmpty() ? value : setAt(array.at(i), parts, value);
        obj[m.captured(1)] = array;
        return obj;
    }
    if (parts.isEmpty()) {
        if (value.isUndefined())
            obj.remove(head);
        else
            obj[head] = value;
        return obj;
    }
    obj[head] = setAt(obj.value(head), parts, value);
    return obj;
}

QJsonObject fixtureJson()
{
    return ScenarioJson::toJsonObject(test::smallScenario());
}

QStringList problemsOf(const QByteArray& json)
{
    Scenario s;
    ScenarioProblems problems;
    ScenarioJson::fromJson(json, s, problems);
    QStringList lines;
    for (const auto& p : problems)
        lines << p.toString();
    return lines;
}

QByteArray mutated(const QString& path, const QJsonValue& value)
{
    const QJsonValue root = setAt(fixtureJson(), path.split(QLatin1Char('.')), value);
    return QJsonDocument(root.toObject()).toJson();
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureIsValid()
    {
        const QStringList problems = problemsOf(QJsonDocument(fixtureJson()).toJson());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void roundTripIsExact()
    {
        const QByteArray first = ScenarioJson::toJson(test::smallScenario());
        Scenario loaded;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::fromJson(first, loaded, problems));
        QCOMPARE(ScenarioJson::toJson(loaded), first);
        QCOMPARE(loaded.pool.size(), std::size_t(4));
        QCOMPARE(loaded.workloads[0].durationHours.kind, Distribution::Kind::LogNormal);
        QCOMPARE(loaded.workloads[1].durationHours.max, 0.75);
        QCOMPARE(loaded.traceJobs[0].gpuFraction, 0.25);
        QCOMPARE(loaded.policy.params.at("egress_weight"), 1.5);
        QCOMPARE(loaded.faults.perturbations[0].extraRttMs, 20.0);
        QCOMPARE(loaded.regions[2].pueEstimated, true);
        QCOMPARE(loaded.settings.seed, std::uint64_t(7));
    }

    void roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY2(ScenarioJson::save(path, test::smallScenario(), &error), qPrintable(error));
        Scenario loaded;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::load(path, loaded, problems));
        QCOMPARE(ScenarioJson::toJson(loaded), ScenarioJson::toJson(test::smallScenario()));
    }

    void largeSeedsSurvive()
    {
        Scenario s = test::smallScenario();
        s.settings.seed = 18446744073709551557ull;
        Scenario loaded;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::fromJson(ScenarioJson::toJson(s), loaded, problems));
        QCOMPARE(loaded.settings.seed, s.settings.seed);
    }

    void optionalKeysTakeDefaults()
    {
        QJsonObject root = fixtureJson();
        root.remove(QStringLiteral("settings"));
        root.remove(QStringLiteral("faults"));
        root.remove(QStringLiteral("trace_jobs"));
        QJsonValue v = setAt(root, {QStringLiteral("pool[0]"), QStringLiteral("min_count")},
                             QJsonValue(QJsonValue::Undefined));
        v = setAt(v, {QStringLiteral("pool[0]"), QStringLiteral("max_count")},
                  QJsonValue(QJsonValue::Undefined));
        Scenario s;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::fromJson(QJsonDocument(v.toObject()).toJson(), s, problems));
        QCOMPARE(s.settings.horizonHours, SimulationSettings().horizonHours);
        QCOMPARE(s.pool[0].minCount, s.pool[0].count);
        QCOMPARE(s.pool[0].maxCount, s.pool[0].count);
    }

    void rejectsMutation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonValue remove(QJsonValue::Undefined);
        auto row = [](const char* tag, const char* path, const QJsonValue& v,
                      const char* expected) {
            QTest::newRow(tag) << QString::fromUtf8(path) << v << QString::fromUtf8(expected);
        };
        row("negative mean", "workloads[0].duration.mean_h", -3,
            "workloads[0].duration.mean_h: must be > 0, got -3");
        row("unknown settings key", "settings.horizon_hour", 10,
            "settings.horizon_hour: unknown key");
        row("unknown root key", "colour", QStringLiteral("blue"), "colour: unknown key");
        row("unknown nested key", "workloads[1].arrival.rate", 3,
            "workloads[1].arrival.rate: unknown key");
        row("wrong type number", "settings.horizon_hours", QStringLiteral("long"),
            "settings.horizon_hours: expected a number, got a string");
        row("wrong type string", "regions[0].name", 3,
            "regions[0].name: expected a string, got a number");
        row("wrong type bool", "settings.monitoring", QStringLiteral("yes"),
            "settings.monitoring: expected a boolean, got a string");
        row("wrong type array", "providers", QJsonObject(),
            "providers: expected an array, got an object");
        row("wrong type object", "settings", QJsonArray(),
            "settings: expected an object, got an array");
        row("array item not object", "regions[0]", 5,
            "regions[0]: expected an object, got a number");
        row("non-integer count", "pool[0].count", 1.5,
            "pool[0].count: expected an integer, got 1.5");
        row("negative seed", "settings.seed", -1,
            "settings.seed: expected a non-negative integer (or a decimal string), got -1");
        row("missing version", "version", remove, "version: missing required key");
        row("missing name", "name", remove, "name: missing required key");
        row("missing region provider", "regions[0].provider", remove,
            "regions[0].provider: missing required key");
        row("missing mean", "workloads[0].duration.mean_h", remove,
            "workloads[0].duration.mean_h: missing required key");
        row("missing lognormal stddev", "workloads[0].duration.stddev_h", remove,
            "workloads[0].duration.stddev_h: missing required key");
        row("missing arrival", "workloads[0].arrival", remove,
            "workloads[0].arrival: missing required key");
        row("missing trace class", "trace_jobs[0].workload_class", remove,
            "trace_jobs[0].workload_class: missing required key");
        row("wrong version", "version", 2, "version: unsupported version 2, expected 1");
        row("empty name", "name", QString(), "name: must not be empty");
        row("unknown region provider", "regions[1].provider", QStringLiteral("ibm"),
            "regions[1].provider: unknown provider 'ibm'");
        row("unknown type provider", "instance_types[0].provider", QStringLiteral("oracle"),
            "instance_types[0].provider: unknown provider 'oracle'");
        row("unknown pool region", "pool[0].region", QStringLiteral("aws:nowhere"),
            "pool[0].region: unknown region 'aws:nowhere'");
        row("unknown pool type", "pool[1].instance_type", QStringLiteral("x9.huge"),
            "pool[1].instance_type: unknown instance type 'x9.huge'");
        row("unpriced pool entry", "pool[2].instance_type", QStringLiteral("p3.8xlarge"),
            "pool[2]: no offer prices 'p3.8xlarge' in 'aws:eu-west-1'");
        row("unknown offer region", "offers[0].region", QStringLiteral("aws:mars-1"),
            "offers[0].region: unknown region 'aws:mars-1'");
        row("unknown offer type", "offers[0].instance_type", QStringLiteral("zz"),
            "offers[0].instance_type: unknown instance type 'zz'");
        row("offer provider mismatch", "offers[3].region", QStringLiteral("aws:us-east-1"),
            "offers[3].instance_type: 'n2-standard-2' is a gcp type but region 'aws:us-east-1' "
            "belongs to aws");
        row("unknown link src", "network[0].src", QStringLiteral("gcp:nope"),
            "network[0].src: unknown region 'gcp:nope'");
        row("unknown gpu model", "instance_types[1].gpu_model", QStringLiteral("Z9"),
            "instance_types[1].gpu_model: unknown GPU model 'Z9'");
        row("gpus without model", "instance_types[1].gpu_model", QString(),
            "instance_types[1].gpu_model: must name the GPU model when gpu_count is 4");
        row("unknown reference gpu", "workloads[0].reference_gpu", QStringLiteral("TPU"),
            "workloads[0].reference_gpu: unknown GPU model 'TPU'");
        row("unknown home region", "workloads[0].home_region", QStringLiteral("gcp:mars"),
            "workloads[0].home_region: unknown region 'gcp:mars'");
        row("data without home", "workloads[0].home_region", QString(),
            "workloads[0].home_region: must name the region holding the 200 GB of input data");
        row("unknown trace class", "trace_jobs[0].workload_class", QStringLiteral("gaming"),
            "trace_jobs[0].workload_class: unknown workload class 'gaming'");
        row("unknown perturbation region", "faults.perturbations[0].src", QStringLiteral("x"),
            "faults.perturbations[0].src: unknown region 'x' (use \"*\" for any)");
        row("count above max", "pool[0].count", 99,
            "pool[0].count: must be within [min_count, max_count] = [1, 4], got 99");
        row("count below min", "pool[1].count", 0,
            "pool[1].count: must be within [min_count, max_count] = [1, 2], got 0");
        row("max below min", "pool[0].max_count", 0,
            "pool[0].max_count: must be >= min_count (1), got 0");
        row("negative min", "pool[2].min_count", -1, "pool[2].min_count: must be >= 0, got -1");
        row("duplicate provider", "providers[1].id", QStringLiteral("aws"),
            "providers[1].id: duplicate provider id 'aws' (first at providers[0].id)");
        row("duplicate region", "regions[1].id", QStringLiteral("aws:us-east-1"),
            "regions[1].id: duplicate region id 'aws:us-east-1' (first at regions[0].id)");
        row("duplicate gpu", "gpu_models[1].name", QStringLiteral("A100"),
            "gpu_models[1].name: duplicate GPU model 'A100'");
        row("duplicate type", "instance_types[2].name", QStringLiteral("m5.large"),
            "instance_types[2].name: duplicate instance type 'm5.large'");
        row("duplicate class", "workloads[1].name", QStringLiteral("Deep learning training"),
            "workloads[1].name: duplicate workload class 'Deep learning training'");
        row("duplicate offer", "offers[1].instance_type", QStringLiteral("m5.large"),
            "offers[1]: duplicate offer");
        row("duplicate link", "network[2].dst", QStringLiteral("aws:eu-west-1"),
            "network[2]: duplicate link");
        row("duplicate pool entry", "pool[1].instance_type", QStringLiteral("m5.large"),
            "pool[1]: duplicate pool entry");
        row("bad workload kind", "workloads[0].kind", QStringLiteral("gaming"),
            "workloads[0].kind: must be training, analytics or inference, got 'gaming'");
        row("unknown distribution", "workloads[0].duration.kind", QStringLiteral("weibull"),
            "workloads[0].duration.kind: unknown distribution 'weibull'");
        row("uniform without range", "workloads[1].duration.max_h", 0,
            "workloads[1].duration.max_h: a uniform distribution needs max_h > min_h, got [0.25, "
            "0]");
        row("max below min duration", "workloads[1].duration.min_h", 1,
            "workloads[1].duration.max_h: must be >= min_h (1), got 0.75");
        row("negative stddev", "workloads[0].duration.stddev_h", -1,
            "workloads[0].duration.stddev_h: must be >= 0, got -1");
        row("util above one", "workloads[0].cpu_util", 1.5,
            "workloads[0].cpu_util: must be in [0, 1], got 1.5");
        row("negative gpu util", "workloads[0].gpu_util", -0.1,
            "workloads[0].gpu_util: must be in [0, 1], got -0.1");
        row("amplitude above one", "workloads[0].arrival.diurnal_amplitude", 2,
            "workloads[0].arrival.diurnal_amplitude: must be in [0, 1], got 2");
        row("peak hour 24", "workloads[0].arrival.peak_hour_utc", 24,
            "workloads[0].arrival.peak_hour_utc: must be in [0, 24), got 24");
        row("negative rate", "workloads[1].arrival.rate_per_hour", -1,
            "workloads[1].arrival.rate_per_hour: must be >= 0, got -1");
        row("zero burst duration", "workloads[0].arrival.bursts[0].duration_h", 0,
            "workloads[0].arrival.bursts[0].duration_h: must be > 0, got 0");
        row("zero vcpus", "workloads[1].vcpus", 0, "workloads[1].vcpus: must be > 0, got 0");
        row("class fits nowhere", "workloads[0].vcpus", 1000,
            "workloads[0]: no instance type in the pool (enabled regions) fits 1000 vCPU, 128.7 "
            "GiB, "
            "4 GPU");
        row("negative sla", "workloads[0].sla_h", -2, "workloads[0].sla_h: must be >= 0, got -2");
        row("negative data", "workloads[0].data_input_gb", -1,
            "workloads[0].data_input_gb: must be >= 0, got -1");
        row("pue below one", "regions[0].pue", 0.9, "regions[0].pue: must be >= 1, got 0.9");
        row("negative carbon", "regions[0].carbon_kg_per_kwh", -0.1,
            "regions[0].carbon_kg_per_kwh: must be >= 0, got -0.1");
        row("latitude", "regions[0].latitude", 91,
            "regions[0].latitude: must be in [-90, 90], got 91");
        row("longitude", "regions[0].longitude", -181,
            "regions[0].longitude: must be in [-180, 180], got -181");
        row("zero tflops", "gpu_models[0].fp32_tflops", 0,
            "gpu_models[0].fp32_tflops: must be > 0, got 0");
        row("max below idle watts", "gpu_models[1].max_watts", 5,
            "gpu_models[1].max_watts: must be >= 8, got 5");
        row("zero type memory", "instance_types[0].memory_gib", 0,
            "instance_types[0].memory_gib: must be > 0, got 0");
        row("negative price", "offers[0].on_demand_usd_per_hour", -1,
            "offers[0].on_demand_usd_per_hour: must be >= 0, got -1");
        row("zero throughput", "network[0].throughput_gbps", 0,
            "network[0].throughput_gbps: must be > 0, got 0");
        row("negative rtt", "network[0].rtt_ms", -5, "network[0].rtt_ms: must be >= 0, got -5");
        row("negative egress", "network[2].egress_usd_per_gb", -0.01,
            "network[2].egress_usd_per_gb: must be >= 0, got -0.01");
        row("trace negative vcpus", "trace_jobs[0].vcpus", -2,
            "trace_jobs[0].vcpus: must be >= 0, got -2");
        row("trace negative memory", "trace_jobs[0].memory_gib", -1,
            "trace_jobs[0].memory_gib: must be >= 0, got -1");
        row("trace zero duration", "trace_jobs[0].duration_h", 0,
            "trace_jobs[0].duration_h: must be > 0, got 0");
        row("trace negative arrival", "trace_jobs[0].arrival_h", -1,
            "trace_jobs[0].arrival_h: must be >= 0, got -1");
        row("trace gpu fraction", "trace_jobs[0].gpu_fraction", 1,
            "trace_jobs[0].gpu_fraction: must be in [0, 1), got 1");
        row("negative mtbf", "faults.vm_mtbf_h", -1, "faults.vm_mtbf_h: must be >= 0, got -1");
        row("zero repair", "faults.vm_repair_h", 0, "faults.vm_repair_h: must be > 0, got 0");
        row("zero throughput factor", "faults.perturbations[0].throughput_factor", 0,
            "faults.perturbations[0].throughput_factor: must be > 0, got 0");
        row("policy param type", "policy.params.alpha", QStringLiteral("x"),
            "policy.params.alpha: expected a number, got a string");
        row("empty policy", "policy.name", QString(), "policy.name: must not be empty");
        row("zero horizon", "settings.horizon_hours", 0,
            "settings.horizon_hours: must be > 0, got 0");
        row("zero monitor interval", "settings.monitor_interval_min", 0,
            "settings.monitor_interval_min: must be > 0, got 0");
        row("negative boot", "settings.vm_boot_s", -90,
            "settings.vm_boot_s: must be >= 0, got -90");
        row("zero scaling interval", "settings.scaling_interval_min", 0,
            "settings.scaling_interval_min: must be > 0, got 0");
        row("negative gflops", "settings.cpu_gflops_per_vcpu", -1,
            "settings.cpu_gflops_per_vcpu: must be >= 0, got -1");
        row("negative memory watts", "settings.memory_watts_per_gib", -1,
            "settings.memory_watts_per_gib: must be >= 0, got -1");
        row("horizon beyond ten years", "settings.horizon_hours", 1e7,
            "settings.horizon_hours: must be <= 87600 (10 years), got 10000000");
        row("too many samples", "settings.monitor_interval_min", 0.001,
            "settings.monitor_interval_min: gives 10080000 monitoring samples over the horizon; "
            "at most 2000000");
        row("too many scaling ticks", "settings.scaling_interval_min", 1e-4,
            "settings.scaling_interval_min: gives 100800000 autoscaler runs");
        row("huge pool", "pool[0].max_count", 5000000,
            "pool[0].max_count: must be <= 1000000, got 5000000");
        row("too many jobs", "workloads[1].arrival.rate_per_hour", 1e6,
            "workloads[1].arrival: gives up to 252000000 jobs over the horizon; at most 50000000");
        row("burst too many jobs", "workloads[0].arrival.bursts[0].rate_multiplier", 1e12,
            "workloads[0].arrival: gives up to");
        row("tiny checkpoint", "workloads[0].checkpoint_h", 1e-6,
            "workloads[0].checkpoint_h: must be 0 (never) or >= 0.01, got 1e-06");
        row("tiny mtbf", "faults.vm_mtbf_h", 1e-6, "faults.vm_mtbf_h: gives about");
        row("negative network kwh", "settings.network_kwh_per_gb", -1,
            "settings.network_kwh_per_gb: must be >= 0, got -1");
    }

    void rejectsMutation()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QStringList problems = problemsOf(mutated(path, value));
        QVERIFY2(!problems.isEmpty(), "mutation was accepted");
        bool found = false;
        for (const auto& p : problems)
            found = found || p.contains(expected);
        QVERIFY2(found, qPrintable(QStringLiteral("expected '%1' among:\n%2")
                                       .arg(expected, problems.join(QLatin1Char('\n')))));
    }

    void traceJobMustRequestSomething()
    {
        QJsonValue v = fixtureJson();
        for (const char* key : {"vcpus", "memory_gib", "gpus", "gpu_fraction"})
            v = setAt(v, {QStringLiteral("trace_jobs[0]"), QString::fromLatin1(key)}, 0);
        QCOMPARE(
            problemsOf(QJsonDocument(v.toObject()).toJson()),
            QStringList{QStringLiteral("trace_jobs[0]: requests no resources (vcpus, memory_gib, "
                                       "gpus and gpu_fraction are all 0)")});
        // A pod without a memory request is fine.
        v = setAt(fixtureJson(), {QStringLiteral("trace_jobs[0]"), QStringLiteral("memory_gib")},
                  0);
        QVERIFY(problemsOf(QJsonDocument(v.toObject()).toJson()).isEmpty());
    }

    void wrongTypeIsReportedOnce()
    {
        // A value that cannot be read is not reported again by the value checks.
        const QStringList problems =
            problemsOf(mutated(QStringLiteral("pool[0].region"), QJsonValue(3)));
        QCOMPARE(problems,
                 QStringList{QStringLiteral("pool[0].region: expected a string, got a number")});
    }

    void collectsEveryProblem()
    {
        QJsonValue v =
            setAt(fixtureJson(), {QStringLiteral("settings"), QStringLiteral("horizon_hour")}, 1);
        v = setAt(
            v,
            {QStringLiteral("workloads[1]"), QStringLiteral("duration"), QStringLiteral("mean_h")},
            -3);
        v = setAt(v, {QStringLiteral("pool[0]"), QStringLiteral("region")},
                  QStringLiteral("aws:x"));
        const QStringList problems = problemsOf(QJsonDocument(v.toObject()).toJson());
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.contains(QStringLiteral("settings.horizon_hour: unknown key")));
        QVERIFY(
            problems.contains(QStringLiteral("workloads[1].duration.mean_h: must be > 0, got -3")));
        QVERIFY(problems.contains(QStringLiteral("pool[0].region: unknown region 'aws:x'")));
    }

    void syntaxErrorNamesLineAndColumn()
    {
        const QByteArray json = "{\n  \"version\": 1,\n  \"name\": \"x\",,\n}";
        const QStringList problems = problemsOf(json);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].startsWith(QStringLiteral("line 3, column ")),
                 qPrintable(problems[0]));
        QVERIFY(problems[0].contains(QStringLiteral("JSON syntax error")));
    }

    void truncatedDocument()
    {
        QByteArray json = ScenarioJson::toJson(test::smallScenario());
        json.truncate(json.size() / 2);
        const QStringList problems = problemsOf(json);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(QStringLiteral("JSON syntax error")));
    }

    void rootMustBeObject()
    {
        QCOMPARE(problemsOf("[1, 2]"),
                 QStringList{QStringLiteral("the document must be a JSON object, got an array")});
        QVERIFY(!problemsOf("").isEmpty());
        QVERIFY(!problemsOf("\xff\xfe garbage").isEmpty());
    }

    void unreadableFileIsNamed()
    {
        Scenario s;
        ScenarioProblems problems;
        const QString path = QStringLiteral("/nonexistent/dir/scenario.json");
        QVERIFY(!ScenarioJson::load(path, s, problems));
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].toString().startsWith(QStringLiteral("cannot read ") + path));
    }

    void endlessFileIsRefused()
    {
        if (!QFile::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero");
        Scenario s;
        ScenarioProblems problems;
        QVERIFY(!ScenarioJson::load(QStringLiteral("/dev/zero"), s, problems));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].toString(),
                 QStringLiteral("cannot read /dev/zero: larger than 64 MiB"));
    }

    void knownPoliciesAreChecked()
    {
        Scenario s;
        ScenarioProblems problems;
        const std::vector<std::string> known{"static", "least-loaded"};
        QVERIFY(!ScenarioJson::fromJson(ScenarioJson::toJson(test::smallScenario()), s, problems,
                                        &known));
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(
            problems[0].toString(),
            QStringLiteral("policy.name: unknown policy 'cheapest' (known: static, least-loaded)"));
    }

    void documentedExampleIsValid()
    {
        const QString doc = QFINDTESTDATA("../../../docs/scenario-format.md");
        QVERIFY(!doc.isEmpty());
        QFile f(doc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        const qsizetype start = text.indexOf("```json\n");
        QVERIFY(start >= 0);
        const qsizetype end = text.indexOf("```", start + 8);
        const QByteArray json = text.mid(start + 8, end - start - 8);
        const QStringList problems = problemsOf(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        Scenario s;
        ScenarioProblems unused;
        QVERIFY(ScenarioJson::fromJson(json, s, unused));
        QCOMPARE(s.pool[1].maxCount, 2); // defaults to count
        QCOMPARE(s.offers[0].spotUsdPerHour, -1.0);
        QCOMPARE(s.settings.vmBootSeconds, 90.0);
    }

    void survivesCorruptedDocuments()
    {
        // Deterministic byte flips, truncations and insertions: never a crash, always an answer.
        const QByteArray original = ScenarioJson::toJson(test::smallScenario());
        std::uint64_t state = 0x9e3779b97f4a7c15ull;
        auto next = [&state]() {
            state += 0x9e3779b97f4a7c15ull;
            std::uint64_t z = state;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            return z ^ (z >> 31);
        };
        const char alphabet[] = "{}[],:\"-0123456789.eE truefalsnul\\x";
        int rejected = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray json = original;
            const int edits = 1 + int(next() % 4);
            for (int e = 0; e < edits; ++e) {
                const auto pos = qsizetype(next() % std::uint64_t(json.size()));
                const char ch = alphabet[next() % (sizeof(alphabet) - 1)];
                switch (next() % 3) {
                case 0:
                    json[pos] = ch;
                    break;
                case 1:
                    json.insert(pos, ch);
                    break;
                default:
                    json.remove(pos, 1 + qsizetype(next() % 8));
                    break;
                }
            }
            Scenario s;
            ScenarioProblems problems;
            const bool ok = ScenarioJson::fromJson(json, s, problems);
            QCOMPARE(ok, problems.empty());
            for (const auto& p : problems)
                QVERIFY(!p.message.isEmpty());
            rejected += ok ? 0 : 1;
        }
        QVERIFY(rejected > 2000);
    }

    void validatorWorksInMemory()
    {
        Scenario s = test::smallScenario();
        QVERIFY(ScenarioValidator::validate(s).empty());
        s.workloads[1].durationHours.mean = std::numeric_limits<double>::quiet_NaN();
        s.settings.horizonHours = -1;
        s.pool[3].region = "gcp:europe-west4";
        auto problems = ScenarioValidator::validate(s);
        QStringList lines;
        for (const auto& p : problems)
            lines << p.toString();
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.contains(
            QStringLiteral("workloads[1].duration.mean_h: must be a finite number, got nan")));
        QVERIFY(lines.contains(QStringLiteral("settings.horizon_hours: must be > 0, got -1")));
        QVERIFY(
            lines.contains(QStringLiteral("pool[3].region: unknown region 'gcp:europe-west4'")));

        // Disabled regions and providers host nothing.
        s = test::smallScenario();
        s.regions[0].enabled = false;                    // aws:us-east-1
        QVERIFY(ScenarioValidator::validate(s).empty()); // GCP's 4-GPU type still fits training
        s.providers[1].enabled = false;                  // gcp
        problems = ScenarioValidator::validate(s);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].toString(),
                 QStringLiteral("workloads[0]: no instance type in the pool (enabled regions) fits "
                                "24 vCPU, 128.7 GiB, 4 GPU"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenario_json.moc"
