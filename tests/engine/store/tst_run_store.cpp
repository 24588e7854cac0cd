// Run store: schema, WAL, insert/list/load/delete, migration from v1, recovery of dead runs.
#include "../scenario/ScenarioFixture.h"
#include "scenario/ScenarioJson.h"
#include "store/RunStore.h"
#include "store/SeriesCodec.h"
#include "store/StoreMigrations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace nephos;

namespace {

RunResult sampleResult(RunStatus status)
{
    RunResult r;
    r.status = status;
    r.policy = "cheapest";
    r.seed = 7;
    r.simulatedHours = 168;
    r.simWallSeconds = 0.125;
    r.events = 123456;
    r.kpis.utilisationCpuPct = 61.25;
    r.kpis.jctMeanH = 3.5;
    r.kpis.totalCostUsd = 1234.5;
    r.kpis.jobsTotal = 40;
    r.kpis.jobsCompleted = 38;
    UsageTotals region;
    region.id = "aws:us-east-1";
    region.vmHours = 336;
    region.avgCpuUtilPct = 40.5;
    region.avgQueueLength = 1.25;
    region.costUsd = 900.5;
    region.energyKwh = 12.5;
    region.carbonKg = 5.25;
    region.usefulPflop = 77;
    region.jobsCompleted = 30;
    UsageTotals region2 = region;
    region2.id = "aws:eu-west-1";
    region2.jobsCompleted = 8;
    r.regions = {region, region2};
    UsageTotals provider = region;
    provider.id = "aws";
    r.providers = {provider};
    UsageTotals type = region;
    type.id = "m5.large";
    r.instanceTypes = {type};
    r.transfers = {{"aws:us-east-1", "aws:eu-west-1", 0.4, 8.0, 2}};
    MonitorSeries& s = r.series;
    s.entities = {"aws", "aws:us-east-1", "total"};
    s.providerCount = 1;
    s.regionCount = 1;
    s.capacity = 8; // more than sampled: only taken samples are stored
    s.timesHours = {0.0, 0.5, 1.0};
    const int metrics = static_cast<int>(SeriesMetric::Count);
    s.values.assign(static_cast<std::size_t>(metrics) * 3 * s.capacity, 0.0f);
    for (int m = 0; m < metrics; ++m)
        for (int e = 0; e < 3; ++e)
            for (std::size_t i = 0; i < 3; ++i)
                s.values[(static_cast<std::size_t>(m) * 3 + e) * s.capacity + i] =
                    float(m * 100 + e * 10) + float(i) * 0.5f;
    return r;
}

/// Runs SQL on a database file directly (for fixtures the store would never write).
void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"), {});
    p.waitForStarted();
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid; // reaped: no process has this id now (reuse within the test is negligible)
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString dbPath(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void createsSchemaInWalMode()
    {
        RunStore store;
        QString error;
        QVERIFY2(store.open(dbPath("fresh/runs.sqlite"), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), StoreMigrations::latestVersion());
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        QVERIFY(store.listRuns().empty());
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(RunStore::defaultPath().endsWith(QStringLiteral("/runs.sqlite")));
    }

    void insertListLoadDelete()
    {
        RunStore store;
        QVERIFY(store.open(dbPath("crud.sqlite")));
        const Scenario scenario = test::smallScenario();
        const qint64 sid = store.saveScenario(scenario);
        QVERIFY(sid > 0);
        QCOMPARE(store.saveScenario(scenario), sid); // same JSON: reused
        Scenario loaded;
        QVERIFY(store.loadScenario(sid, loaded));
        QCOMPARE(ScenarioJson::toJson(loaded), ScenarioJson::toJson(scenario));

        const qint64 run = store.beginRun(sid, "cheapest", 7);
        QVERIFY(run > 0);
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.status, QStringLiteral("running"));
        QCOMPARE(row.scenarioName, QStringLiteral("small"));
        QVERIFY(row.finished.isEmpty());

        const RunResult result = sampleResult(RunStatus::Completed);
        QString error;
        QVERIFY2(store.finishRun(run, result, &error), qPrintable(error));
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.status, QStringLiteral("completed"));
        QCOMPARE(row.policy, QStringLiteral("cheapest"));
        QCOMPARE(row.seed, std::uint64_t(7));
        QCOMPARE(row.events, std::uint64_t(123456));
        QCOMPARE(row.simWallSeconds, 0.125);
        QCOMPARE(row.simulatedHours, 168.0);
        QVERIFY(!row.finished.isEmpty());

        Kpis k;
        QVERIFY(store.loadKpis(run, k));
        QCOMPARE(k.keyValues(), result.kpis.keyValues());
        const auto values = store.loadKpiValues(run);
        QCOMPARE(values.size(), result.kpis.keyValues().size());
        QCOMPARE(values.front().first, std::string("utilisation_cpu_pct"));

        MonitorSeries series;
        QVERIFY(store.loadSeries(run, series));
        QCOMPARE(series.entities, result.series.entities);
        QCOMPARE(series.timesHours, result.series.timesHours);
        QCOMPARE(series.providerCount, 1);
        QCOMPARE(series.capacity, std::size_t(3));
        const int metrics = static_cast<int>(SeriesMetric::Count);
        for (int m = 0; m < metrics; ++m)
            for (int e = 0; e < 3; ++e)
                for (std::size_t i = 0; i < 3; ++i)
                    QCOMPARE(series.values[(std::size_t(m) * 3 + e) * 3 + i],
                             result.series.values[(std::size_t(m) * 3 + e) * 8 + i]);

        const auto regions = store.loadTotals(run, RunStore::TotalsKind::Region);
        QCOMPARE(regions.size(), std::size_t(2));
        QCOMPARE(regions[1].id, std::string("aws:eu-west-1"));
        QCOMPARE(regions[1].jobsCompleted, std::int64_t(8));
        QCOMPARE(regions[0].costUsd, 900.5);
        QCOMPARE(regions[0].avgQueueLength, 1.25);
        QCOMPARE(regions[0].carbonKg, 5.25);
        QCOMPARE(store.loadTotals(run, RunStore::TotalsKind::Provider).front().id,
                 std::string("aws"));
        QCOMPARE(store.loadTotals(run, RunStore::TotalsKind::InstanceType).front().id,
                 std::string("m5.large"));
        const auto transfers = store.loadTransfers(run);
        QCOMPARE(transfers.size(), std::size_t(1));
        QCOMPARE(transfers[0].terabytes, 0.4);
        QCOMPARE(transfers[0].transfers, std::int64_t(2));

        // A second, cancelled run with another policy, then filters.
        const qint64 run2 = store.beginRun(sid, "static", 8);
        QVERIFY(store.finishRun(run2, sampleResult(RunStatus::Cancelled)));
        QCOMPARE(store.listRuns().size(), std::size_t(2));
        QCOMPARE(store.listRuns().front().id, run2); // newest first
        RunFilter byPolicy;
        byPolicy.policy = QStringLiteral("static");
        QCOMPARE(store.listRuns(byPolicy).size(), std::size_t(1));
        RunFilter byStatus;
        byStatus.status = QStringLiteral("completed");
        QCOMPARE(store.listRuns(byStatus).front().id, run);
        RunFilter byName;
        byName.scenarioName = QStringLiteral("other");
        QVERIFY(store.listRuns(byName).empty());
        byName.scenarioName = QStringLiteral("small");
        QCOMPARE(store.listRuns(byName).size(), std::size_t(2));
        RunFilter limited;
        limited.limit = 1;
        QCOMPARE(store.listRuns(limited).size(), std::size_t(1));

        QVERIFY(store.deleteRun(run, &error));
        QVERIFY(!store.loadRun(run, row));
        QVERIFY(!store.loadKpis(run, k));
        QVERIFY(!store.loadSeries(run, series));
        QVERIFY(store.loadTotals(run, RunStore::TotalsKind::Region).empty());
        QVERIFY(store.loadTransfers(run).empty());
        QVERIFY(!store.deleteRun(run, &error));
        QVERIFY(error.contains(QStringLiteral("no run")));
        QCOMPARE(store.listRuns().size(), std::size_t(1));
    }

    void migratesVersion1()
    {
        // The v1 schema as published (scenarios, runs without owner process, run_kpis).
        const QString path = dbPath("v1.sqlite");
        rawExec(
            path,
            "CREATE TABLE scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT "
            "NULL, hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL);"
            "CREATE TABLE runs (id INTEGER PRIMARY KEY, scenario_id INTEGER NOT NULL "
            "REFERENCES scenarios(id), policy TEXT NOT NULL, seed INTEGER NOT NULL, status TEXT "
            "NOT NULL, started TEXT NOT NULL, finished TEXT, sim_wall_s REAL, events INTEGER);"
            "CREATE INDEX runs_by_status ON runs(status);"
            "CREATE TABLE run_kpis (run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE "
            "CASCADE, key TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (run_id, key));"
            "INSERT INTO scenarios VALUES (1, 'old', '{}', 'h1', '2026-01-01T00:00:00Z');"
            "INSERT INTO runs VALUES (1, 1, 'static', 42, 'completed', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:01:00Z', 0.5, 1000);"
            "INSERT INTO run_kpis VALUES (1, 'jct_mean_h', 2.25), (1, 'jobs_total', 12);"
            "PRAGMA user_version = 1;");
        RunStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), StoreMigrations::latestVersion());
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        StoredRun row;
        QVERIFY(store.loadRun(1, row));
        QCOMPARE(row.status, QStringLiteral("completed"));
        QCOMPARE(row.events, std::uint64_t(1000));
        QCOMPARE(row.scenarioName, QStringLiteral("old"));
        Kpis k;
        QVERIFY(store.loadKpis(1, k));
        QCOMPARE(k.jctMeanH, 2.25);
        QCOMPARE(k.jobsTotal, std::int64_t(12));
        MonitorSeries series;
        QVERIFY(!store.loadSeries(1, series)); // v1 stored none
        // The new columns and tables work.
        const qint64 run = store.beginRun(1, "cheapest", 1);
        QVERIFY(store.finishRun(run, sampleResult(RunStatus::Completed), &error));
        QVERIFY(store.loadSeries(run, series));
        QCOMPARE(store.loadTotals(run, RunStore::TotalsKind::Region).size(), std::size_t(2));
        store.close();
        // Reopening a current database changes nothing.
        QVERIFY(store.open(path, &error));
        QCOMPARE(store.listRuns().size(), std::size_t(2));
    }

    void refusesNewerSchema()
    {
        const QString path = dbPath("future.sqlite");
        // A Nephos store (marked) from a newer build.
        rawExec(path, "PRAGMA application_id = 1313884243; PRAGMA user_version = 99;");
        RunStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("schema version 99")), qPrintable(error));
        QVERIFY(!store.isOpen());
    }

    void refusesGarbageFile()
    {
        const QString path = dbPath("garbage.sqlite");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        RunStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void marksRunsOfDeadProcessesInterrupted()
    {
        const QString path = dbPath("recover.sqlite");
        qint64 completed = 0, orphan = 0, mine = 0;
        {
            RunStore store;
            QVERIFY(store.open(path));
            const qint64 sid = store.saveScenario(test::smallScenario());
            completed = store.beginRun(sid, "static", 1);
            QVERIFY(store.finishRun(completed, sampleResult(RunStatus::Completed)));
            orphan = store.beginRun(sid, "static", 2);
            mine = store.beginRun(sid, "static", 3);
        }
        rawExec(path, QByteArray("UPDATE runs SET pid = ") + QByteArray::number(deadPid()) +
                          " WHERE id = " + QByteArray::number(orphan));
        RunStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.recoveredRuns(), 1);
        StoredRun row;
        QVERIFY(store.loadRun(orphan, row));
        QCOMPARE(row.status, QStringLiteral("interrupted"));
        QVERIFY(!row.finished.isEmpty());
        QVERIFY(store.loadRun(mine, row)); // this process is alive: still running
        QCOMPARE(row.status, QStringLiteral("running"));
        QVERIFY(store.loadRun(completed, row));
        QCOMPARE(row.status, QStringLiteral("completed"));
        Kpis k;
        QVERIFY(store.loadKpis(completed, k));
        QCOMPARE(k.totalCostUsd, 1234.5);
    }

    void rejectsDamagedSeries()
    {
        MonitorSeries out;
        QVERIFY(!SeriesCodec::decode(QByteArray("not a blob"), out));
        QByteArray blob = SeriesCodec::encode(sampleResult(RunStatus::Completed).series);
        QVERIFY(SeriesCodec::decode(blob, out));
        blob.chop(blob.size() / 3);
        QVERIFY(!SeriesCodec::decode(blob, out));
        QVERIFY(out.entities.empty());
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_run_store.moc"
