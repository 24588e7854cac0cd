// The run store under stress: `nephos-cli run` killed (SIGKILL) at random points leaves an
// intact store whose earlier runs are unchanged and whose killed run is marked interrupted;
// concurrent writers all get their finished runs stored.
#include "CliTestSupport.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "store/RunStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace nephos;
using nephos::test::CliResult;
using nephos::test::runCli;

namespace {

/// `PRAGMA integrity_check` of a database file ("ok" when intact).
QString integrityCheck(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    sqlite3_stmt* q = nullptr;
    QString result = QStringLiteral("no answer");
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    sqlite3_close(db);
    return result;
}

/// A plain SQLite connection that watches a store for new runs without writing to it.
class RawReader
{
public:
    explicit RawReader(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_db, 1000);
        m_seen = maxRunId();
    }
    ~RawReader() { sqlite3_close(m_db); }
    qint64 maxRunId()
    {
        sqlite3_stmt* q = nullptr;
        qint64 id = -1;
        if (sqlite3_prepare_v2(m_db, "SELECT max(id) FROM runs", -1, &q, nullptr) == SQLITE_OK &&
            sqlite3_step(q) == SQLITE_ROW)
            id = sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
        return id;
    }
    /// True (once) when a run row newer than the last one seen exists.
    bool newRun()
    {
        const qint64 id = maxRunId();
        if (id <= m_seen)
            return false;
        m_seen = id;
        return true;
    }

private:
    sqlite3* m_db = nullptr;
    qint64 m_seen = 0;
};

/// Polls until `process` has inserted its run row; false when it ended first or 60 s passed.
bool waitForNewRun(RawReader& reader, QProcess& process)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        if (reader.newRun())
            return true;
        if (process.state() == QProcess::NotRunning || process.waitForFinished(5))
            return reader.newRun();
    }
    return false;
}

} // namespace

class TestCliStoreStress : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_scenario;

    QStringList runArgs(const QString& db, int seed) const
    {
        return {QStringLiteral("run"),      m_scenario,
                QStringLiteral("--db"),     db,
                QStringLiteral("--policy"), QStringLiteral("cheapest"),
                QStringLiteral("--seed"),   QString::number(seed),
                QStringLiteral("--json")};
    }

    QJsonObject exportRuns(const QString& db, const QStringList& ids)
    {
        QStringList args{QStringLiteral("runs"), QStringLiteral("export"), QStringLiteral("--db"),
                         db};
        args << ids;
        const CliResult r = runCli(args);
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Scenario s = defaultScenario();
        s.name = "two-days";
        s.settings.horizonHours = 48;
        m_scenario = m_dir.filePath(QStringLiteral("two-days.json"));
        QVERIFY(ScenarioJson::save(m_scenario, s));
    }

    void killedAtRandomPointsKeepsTheStoreIntact()
    {
        const QString db = m_dir.filePath(QStringLiteral("kill.sqlite"));
        // Two finished runs that every kill must leave alone.
        QCOMPARE(runCli(runArgs(db, 1)).exitCode, 0);
        QCOMPARE(runCli(runArgs(db, 2)).exitCode, 0);
        const QJsonObject before = exportRuns(db, {QStringLiteral("1"), QStringLiteral("2")});
        QCOMPARE(before.value(QStringLiteral("runs")).toArray().size(), 2);

        // Start-up (Qt, LibTorch) takes most of a run, so kill points are drawn relative to the
        // moment the run's row appears: simulation, storing the result and exit lie within the
        // window measured here. A quarter of the kills fall anywhere from the process start.
        RawReader reader(db);
        QElapsedTimer clock;
        clock.start();
        QProcess timed;
        timed.start(QStringLiteral(NEPHOS_CLI_PATH), runArgs(db, 1));
        QVERIFY(timed.waitForStarted());
        QVERIFY(waitForNewRun(reader, timed));
        const qint64 rowAtMs = clock.elapsed();
        QVERIFY(timed.waitForFinished(60000));
        const qint64 wholeRunMs = clock.elapsed();
        const int windowMs =
            static_cast<int>(std::clamp<qint64>((wholeRunMs - rowAtMs) * 3 / 2, 50, 1000));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill delays drawn with seed %u; row after %lld ms, whole run %lld ms", seed, rowAtMs,
              wholeRunMs);
        QRandomGenerator rng(seed);
        int killed = 0;
        for (int i = 0; i < 24; ++i) {
            QProcess p;
            p.start(QStringLiteral(NEPHOS_CLI_PATH), runArgs(db, 1));
            QVERIFY(p.waitForStarted());
            int delayMs = 0;
            if (i % 4 == 3)
                delayMs = static_cast<int>(rng.bounded(static_cast<quint32>(wholeRunMs)));
            else if (waitForNewRun(reader, p))
                delayMs = static_cast<int>(rng.bounded(static_cast<quint32>(windowMs)));
            if (p.state() != QProcess::NotRunning && !p.waitForFinished(delayMs + 1)) {
                p.kill(); // SIGKILL: no chance to clean up
                ++killed;
                QVERIFY(p.waitForFinished(30000));
            }
            reader.newRun(); // the row of a run killed without waiting for it
        }
        QVERIFY2(killed >= 8, qPrintable(QString::number(killed)));

        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
        RunStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        const std::vector<StoredRun> runs = store.listRuns({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::vector<std::pair<std::string, double>> expected = store.loadKpiValues(1);
        int interrupted = 0;
        for (const StoredRun& r : runs) {
            const auto kpis = store.loadKpiValues(r.id, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (r.status == QLatin1String("interrupted")) {
                ++interrupted;
                QVERIFY(kpis.empty()); // a result is stored in one transaction or not at all
                QVERIFY(!r.finished.isEmpty());
            } else {
                QVERIFY2(r.status == QLatin1String("completed"), qPrintable(r.status));
                if (r.seed == 1)
                    QCOMPARE(kpis, expected); // complete, and the same as the first run
            }
        }
        qInfo("%d kills, %d runs interrupted, %zu runs in the store", killed, interrupted,
              runs.size());
        QVERIFY(interrupted > 0);
        QVERIFY(interrupted <= killed);
        store.close();
        QCOMPARE(exportRuns(db, {QStringLiteral("1"), QStringLiteral("2")}), before);
    }

    void concurrentWritersAllStoreTheirRuns()
    {
        const QString db = m_dir.filePath(QStringLiteral("concurrent.sqlite"));
        constexpr int kWriters = 6;
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < kWriters; ++i) {
            writers.push_back(std::make_unique<QProcess>());
            writers.back()->start(QStringLiteral(NEPHOS_CLI_PATH), runArgs(db, 10 + i));
        }
        for (auto& p : writers) {
            QVERIFY(p->waitForFinished(240000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        RunStore store;
        QVERIFY(store.open(db));
        const std::vector<StoredRun> runs = store.listRuns();
        QCOMPARE(runs.size(), std::size_t(kWriters));
        for (const StoredRun& r : runs) {
            QCOMPARE(r.status, QStringLiteral("completed"));
            QVERIFY(!store.loadKpiValues(r.id).empty());
            MonitorSeries series;
            QVERIFY(store.loadSeries(r.id, series));
        }
        QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliStoreStress)
#include "tst_cli_store_stress.moc"
