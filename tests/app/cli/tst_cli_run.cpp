// `nephos-cli run`: JSON output, determinism, the run store, trace replay, usage errors,
// Ctrl-C cancellation and recovery of a run killed mid-way.
#include "CliTestSupport.h"
#include "TestPaths.h"
#include "data/TraceImporter.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioScaling.h"
#include "store/RunStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <csignal>

using namespace nephos;
using nephos::test::runCli;

namespace {

const char* const kRequiredKpis[] = {
    "utilisation_cpu_pct", "utilisation_mem_pct", "utilisation_gpu_pct",  "jct_mean_h",
    "jct_p95_h",           "sla_violation_pct",   "energy_kwh_per_pflop", "cost_usd_per_pflop",
    "intercloud_tb",       "responsiveness_min",  "total_cost_usd",       "energy_kwh",
    "carbon_kg_co2e",      "jobs_total",          "jobs_completed"};

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// A scenario that runs for seconds: the default at 10x, 120 days.
    QString longScenario()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.json"));
        if (!QFile::exists(path)) {
            Scenario s = scaledScenario(defaultScenario(), 10.0);
            s.name = "long";
            s.settings.horizonHours = 2880;
            ScenarioJson::save(path, s);
        }
        return path;
    }

    /// Waits until the store lists a running run; its id or -1.
    qint64 waitForRunningRun(const QString& dbPath, QProcess& process)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && process.state() == QProcess::Running) {
            if (QFile::exists(dbPath)) {
                RunStore store;
                if (store.open(dbPath)) {
                    RunFilter running;
                    running.status = QStringLiteral("running");
                    const auto runs = store.listRuns(running);
                    if (!runs.empty())
                        return runs.front().id;
                }
            }
            QThread::msleep(20);
        }
        return -1;
    }

private Q_SLOTS:
    void jsonHoldsKpisAndTiming()
    {
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--json"),
                               QStringLiteral("--db"), db("json.sqlite")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = r.json();
        const QJsonObject kpis = o.value(QStringLiteral("kpis")).toObject();
        for (const char* key : kRequiredKpis) {
            const QJsonValue v = kpis.value(QString::fromLatin1(key));
            QVERIFY2(v.isDouble(), key);
            QVERIFY2(std::isfinite(v.toDouble()), key);
        }
        for (auto it = kpis.begin(); it != kpis.end(); ++it)
            QVERIFY2(it.value().isDouble() && std::isfinite(it.value().toDouble()),
                     qPrintable(it.key()));
        QVERIFY(kpis.value(QStringLiteral("jobs_total")).toDouble() > 0);
        const QJsonObject timing = o.value(QStringLiteral("timing")).toObject();
        QVERIFY(timing.value(QStringLiteral("sim_wall_s")).toDouble() > 0);
        QVERIFY(timing.value(QStringLiteral("events")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("policy")).toString(), QStringLiteral("least-loaded"));
        QCOMPARE(o.value(QStringLiteral("seed")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(o.value(QStringLiteral("scenario")).toString(),
                 QString::fromStdString(defaultScenario().name));

        // The run is in the store with the same KPIs.
        RunStore store;
        QVERIFY(store.open(db("json.sqlite")));
        StoredRun row;
        QVERIFY(store.loadRun(o.value(QStringLiteral("run_id")).toInteger(), row));
        QCOMPARE(row.status, QStringLiteral("completed"));
        QCOMPARE(row.policy, QStringLiteral("least-loaded"));
        QCOMPARE(double(row.events), timing.value(QStringLiteral("events")).toDouble());
        for (const auto& [key, value] : store.loadKpiValues(row.id))
            QCOMPARE(value, kpis.value(QString::fromStdString(key)).toDouble());
        MonitorSeries series;
        QVERIFY(store.loadSeries(row.id, series));
        QVERIFY(series.sampleCount() > 100);
        QCOMPARE(store.loadTotals(row.id, RunStore::TotalsKind::Region).size(),
                 defaultScenario().regions.size());
        QCOMPARE(store.loadTotals(row.id, RunStore::TotalsKind::Provider).size(), std::size_t(3));
    }

    void sameSeedSameKpis()
    {
        const QStringList args{QStringLiteral("run"),    QStringLiteral("--json"),
                               QStringLiteral("--seed"), QStringLiteral("3"),
                               QStringLiteral("--db"),   db("seed.sqlite")};
        const auto a = runCli(args);
        const auto b = runCli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        const QJsonObject ka = a.json().value(QStringLiteral("kpis")).toObject();
        QCOMPARE(ka, b.json().value(QStringLiteral("kpis")).toObject());
        QCOMPARE(a.json().value(QStringLiteral("seed")).toInt(), 3);
        QVERIFY(a.json().value(QStringLiteral("run_id")) !=
                b.json().value(QStringLiteral("run_id")));
        const auto c =
            runCli({QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--seed"),
                    QStringLiteral("4"), QStringLiteral("--db"), db("seed.sqlite")});
        QVERIFY(c.json().value(QStringLiteral("kpis")).toObject() != ka);
    }

    void policyAndTable()
    {
        const auto r =
            runCli({QStringLiteral("run"), QStringLiteral("--policy"), QStringLiteral("static"),
                    QStringLiteral("--db"), db("table.sqlite")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Policy:   static")));
        for (const char* key : kRequiredKpis)
            QVERIFY2(r.out.contains(QString::fromLatin1(key)), key);
        QVERIFY(r.out.contains(QStringLiteral("status completed")));
        QVERIFY(!r.err.contains(QStringLiteral("simulating"))); // no progress bar off a TTY
        RunStore store;
        QVERIFY(store.open(db("table.sqlite")));
        QCOMPARE(store.listRuns().front().policy, QStringLiteral("static"));
    }

    void runsAScenarioFile()
    {
        Scenario s = defaultScenario();
        s.name = "one week";
        s.settings.horizonHours = 168;
        const QString path = m_dir.filePath(QStringLiteral("week.json"));
        QVERIFY(ScenarioJson::save(path, s));
        const auto r = runCli({QStringLiteral("run"), path, QStringLiteral("--json"),
                               QStringLiteral("--db"), db("file.sqlite")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("scenario")).toString(), QStringLiteral("one week"));
        QCOMPARE(r.json()
                     .value(QStringLiteral("timing"))
                     .toObject()
                     .value(QStringLiteral("simulated_h"))
                     .toDouble(),
                 168.0);
    }

    void replaysATrace()
    {
        const QString trace =
            nephos::test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv"));
        if (!QFile::exists(trace))
            QSKIP("shared trace data not available");
        TraceImportResult imported;
        QString error;
        QVERIFY2(importAlibabaPodTrace(trace, imported, &error), qPrintable(error));
        const auto r =
            runCli({QStringLiteral("run"), QStringLiteral("--trace"), trace,
                    QStringLiteral("--json"), QStringLiteral("--db"), db("trace.sqlite")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject kpis = r.json().value(QStringLiteral("kpis")).toObject();
        const QJsonObject t = r.json().value(QStringLiteral("trace")).toObject();
        const qint64 jobs = qint64(kpis.value(QStringLiteral("jobs_total")).toDouble());
        const qint64 unhostable = qint64(t.value(QStringLiteral("unhostable")).toDouble());
        // jobs no pool type can host (8 GPUs; the largest types have 4) are reported, not run
        QVERIFY(unhostable > 0);
        QCOMPARE(jobs + unhostable, qint64(imported.summary.jobsImported));
        QCOMPARE(qint64(t.value(QStringLiteral("jobs")).toDouble()), jobs);
        QCOMPARE(qint64(t.value(QStringLiteral("rows")).toDouble()),
                 qint64(imported.summary.rowsRead));
        qint64 skipped = 0;
        const QJsonObject reasons = t.value(QStringLiteral("skipped")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            skipped += qint64(it.value().toDouble());
        QCOMPARE(jobs + skipped, qint64(imported.summary.rowsRead)); // every row accounted for
        // the replay completes nearly every hostable job (none blocks a queue for ever)
        const double completed = kpis.value(QStringLiteral("jobs_completed")).toDouble();
        QVERIFY2(completed >= 0.99 * double(jobs),
                 qPrintable(QStringLiteral("%1 of %2").arg(completed).arg(jobs)));
        QVERIFY(r.json()
                    .value(QStringLiteral("kpis_by_class"))
                    .toObject()
                    .contains(QStringLiteral("Deep learning training")));
        QCOMPARE(qint64(imported.jobs.size()), qint64(imported.summary.jobsImported));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString missing = QStringLiteral("/nonexistent/s.json");
        QTest::newRow("non-numeric seed")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")} << 2
            << QStringLiteral("--seed: expected a non-negative integer, got 'abc'");
        QTest::newRow("negative seed") << QStringList{QStringLiteral("--seed=-4")} << 2
                                       << QStringLiteral("--seed: expected a non-negative integer");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")} << 2
                                        << QStringLiteral("unknown option '--fast'");
        QTest::newRow("short option")
            << QStringList{QStringLiteral("-x")} << 2 << QStringLiteral("unknown option '-x'");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--policy")} << 2
                                       << QStringLiteral("option '--policy' needs a value");
        QTest::newRow("unknown policy")
            << QStringList{QStringLiteral("--policy"), QStringLiteral("oracle")} << 2
            << QStringLiteral("--policy: unknown policy 'oracle' (known: static");
        QTest::newRow("two files")
            << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")} << 2
            << QStringLiteral("expected at most one scenario file");
        QTest::newRow("flag with value") << QStringList{QStringLiteral("--json=yes")} << 2
                                         << QStringLiteral("option '--json' takes no value");
        QTest::newRow("missing scenario")
            << QStringList{missing} << 1 << missing + QStringLiteral(": cannot read ") + missing;
        QTest::newRow("missing trace")
            << QStringList{QStringLiteral("--trace"), missing} << 1 << missing;
        QTest::newRow("unwritable db")
            << QStringList{QStringLiteral("--db"), QStringLiteral("/proc/nephos/runs.sqlite")} << 1
            << QStringLiteral("/proc/nephos");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const auto r = runCli(QStringList{QStringLiteral("run")} + args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void invalidScenarioListsProblems()
    {
        QByteArray json = ScenarioJson::toJson(defaultScenario());
        json.replace("\"horizon_hours\": 720", "\"horizon_hours\": -1");
        const QString path = m_dir.filePath(QStringLiteral("invalid.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const auto r =
            runCli({QStringLiteral("run"), path, QStringLiteral("--db"), db("invalid.sqlite")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, path + QStringLiteral(": settings.horizon_hours: must be > 0, got -1\n"));
    }

    void interruptCancelsCleanly()
    {
        const QString dbPath = db("cancel.sqlite");
        QProcess p;
        p.start(QStringLiteral(NEPHOS_CLI_PATH),
                {QStringLiteral("run"), longScenario(), QStringLiteral("--db"), dbPath});
        QVERIFY(p.waitForStarted());
        const qint64 run = waitForRunningRun(dbPath, p);
        QVERIFY(run > 0);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("cancelled")));
        RunStore store;
        QVERIFY(store.open(dbPath));
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.status, QStringLiteral("cancelled"));
        QVERIFY(row.simulatedHours < 2880);
        Kpis k;
        QVERIFY(store.loadKpis(run, k));
    }

    void killedRunIsMarkedInterrupted()
    {
        const QString dbPath = db("kill.sqlite");
        // A completed run first.
        const auto done = runCli(
            {QStringLiteral("run"), QStringLiteral("--json"), QStringLiteral("--db"), dbPath});
        QCOMPARE(done.exitCode, 0);
        const qint64 completed = done.json().value(QStringLiteral("run_id")).toInteger();
        const QJsonObject completedKpis = done.json().value(QStringLiteral("kpis")).toObject();

        QProcess p;
        p.start(QStringLiteral(NEPHOS_CLI_PATH),
                {QStringLiteral("run"), longScenario(), QStringLiteral("--db"), dbPath});
        QVERIFY(p.waitForStarted());
        const qint64 run = waitForRunningRun(dbPath, p);
        QVERIFY(run > 0);
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        RunStore store;
        QString error;
        QVERIFY2(store.open(dbPath, &error), qPrintable(error));
        QCOMPARE(store.recoveredRuns(), 1);
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.status, QStringLiteral("interrupted"));
        QVERIFY(store.loadRun(completed, row));
        QCOMPARE(row.status, QStringLiteral("completed"));
        for (const auto& [key, value] : store.loadKpiValues(completed))
            QCOMPARE(value, completedKpis.value(QString::fromStdString(key)).toDouble());
        MonitorSeries series;
        QVERIFY(store.loadSeries(completed, series));
        store.close();
        // A second open finds nothing more to recover.
        QVERIFY(store.open(dbPath));
        QCOMPARE(store.recoveredRuns(), 0);
    }
};

QTEST_MAIN(TestCliRun)
#include "tst_cli_run.moc"
