// RunStore under trouble: read errors are reported (not "no rows"), locked writes are retried
// with backoff, a result that still cannot be written goes to a side file, seeds are limited to
// what SQLite integers hold.
#include "store/RunStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace nephos;

namespace {

RunResult sampleResult()
{
    RunResult r;
    r.status = RunStatus::Completed;
    r.policy = "cheapest";
    r.seed = 7;
    r.simulatedHours = 48;
    r.events = 1000;
    r.kpis.totalCostUsd = 321.5;
    r.kpis.jobsTotal = 10;
    r.classKpis = {r.kpis};
    r.classNames = {"training"};
    UsageTotals region;
    region.id = "aws:us-east-1";
    region.costUsd = 321.5;
    r.regions = {region};
    return r;
}

/// A second connection to `path` for locks and damage the store would never cause itself.
class RawDb
{
public:
    explicit RawDb(const QString& path) { sqlite3_open(path.toUtf8().constData(), &m_db); }
    ~RawDb() { sqlite3_close(m_db); }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == 0; }
    qint64 integer(const char* sql)
    {
        sqlite3_stmt* q = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &q, nullptr);
        const qint64 v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
        sqlite3_finalize(q);
        return v;
    }

private:
    sqlite3* m_db = nullptr;
};

} // namespace

class TestRunStoreErrors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// A store at `file` with one finished run; its id.
    qint64 storeWithRun(const QString& file)
    {
        RunStore store;
        if (!store.open(file))
            return -1;
        Scenario s;
        s.name = "errors";
        const qint64 run = store.beginRun(store.saveScenario(s), "cheapest", 7);
        return store.finishRun(run, sampleResult()) ? run : -1;
    }

private Q_SLOTS:
    void missingTableIsAReadError()
    {
        const QString file = path("dropped.sqlite");
        const qint64 run = storeWithRun(file);
        QVERIFY(run > 0);
        RunStore store;
        QVERIFY(store.open(file));
        QString error;
        QCOMPARE(store.loadClassKpis(run, &error).size(), std::size_t(1));
        QVERIFY(error.isEmpty());
        {
            RawDb raw(file);
            QVERIFY(raw.exec("DROP TABLE run_class_kpis; DROP TABLE run_totals;"));
        }
        QVERIFY(store.loadClassKpis(run, &error).empty());
        QVERIFY2(error.contains(QStringLiteral("no such table")), qPrintable(error));
        QVERIFY2(error.startsWith(file), qPrintable(error));
        error.clear();
        QVERIFY(store.loadTotals(run, RunStore::TotalsKind::Region, &error).empty());
        QVERIFY2(error.contains(QStringLiteral("run_totals")), qPrintable(error));
        // A missing run is not an SQLite error, but loadRun says which.
        StoredRun row;
        error.clear();
        QVERIFY(!store.loadRun(run + 100, row, &error));
        QVERIFY2(error.contains(QStringLiteral("no run %1").arg(run + 100)), qPrintable(error));
    }

    void damagedPageIsAReadError()
    {
        const QString file = path("damaged.sqlite");
        const qint64 run = storeWithRun(file);
        QVERIFY(run > 0);
        qint64 page = 0, pageSize = 0;
        {
            RawDb raw(file);
            page = raw.integer("SELECT rootpage FROM sqlite_master WHERE name = 'run_kpis'");
            pageSize = raw.integer("PRAGMA page_size");
        }
        QVERIFY(page > 1 && pageSize > 0);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) ||
                QFile(file + QStringLiteral("-wal")).size() == 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((page - 1) * pageSize));
        f.write(QByteArray(static_cast<int>(pageSize), '\xff'));
        f.close();

        RunStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QCOMPARE(store.listRuns({}, &error).size(), std::size_t(1));
        QVERIFY(error.isEmpty());
        QVERIFY(store.loadKpiValues(run, &error).empty());
        QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
        Kpis k;
        error.clear();
        QVERIFY(!store.loadKpis(run, k, &error));
        QVERIFY(!error.isEmpty());
    }

    void lockedWriteIsRetried()
    {
        const QString file = path("retry.sqlite");
        RunStore store;
        QVERIFY(store.open(file));
        store.setWriteRetry(20, 20000);
        Scenario s;
        const qint64 run = store.beginRun(store.saveScenario(s), "cheapest", 7);
        std::atomic<bool> locked{false};
        std::thread holder([&] {
            RawDb raw(file);
            raw.exec("BEGIN IMMEDIATE");
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
            raw.exec("COMMIT");
        });
        while (!locked)
            std::this_thread::yield();
        QElapsedTimer clock;
        clock.start();
        QString error;
        const bool ok = store.finishRun(run, sampleResult(), &error);
        const qint64 waited = clock.elapsed();
        holder.join();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY2(waited >= 400, qPrintable(QString::number(waited)));
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.status, QStringLiteral("completed"));
    }

    void resultGoesToSideFileWhenLockNeverEnds()
    {
        const QString file = path("side.sqlite");
        RunStore store;
        QVERIFY(store.open(file));
        store.setWriteRetry(20, 300);
        Scenario s;
        const qint64 run = store.beginRun(store.saveScenario(s), "cheapest", 7);
        RawDb raw(file);
        QVERIFY(raw.exec("BEGIN IMMEDIATE"));
        QString error;
        QVERIFY(!store.finishRun(run, sampleResult(), &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        const QRegularExpression saved(QStringLiteral("saved to (\\S+\\.json) instead"));
        const QRegularExpressionMatch m = saved.match(error);
        QVERIFY2(m.hasMatch(), qPrintable(error));
        const QString side = m.captured(1);
        QVERIFY2(side.startsWith(m_dir.path()), qPrintable(side)); // beside the store
        QFile f(side);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("run_id")).toInteger(), run);
        QCOMPARE(o.value(QStringLiteral("db")).toString(), file);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(o.value(QStringLiteral("kpis"))[QStringLiteral("total_cost_usd")].toDouble(),
                 321.5);
        QVERIFY(o.value(QStringLiteral("kpis_by_class"))[QStringLiteral("training")].isObject());
        QVERIFY(!o.value(QStringLiteral("series")).toString().isEmpty());
        raw.exec("ROLLBACK");
    }

    void seedsAreLimitedToSignedIntegers()
    {
        RunStore store;
        QVERIFY(store.open(path("seeds.sqlite")));
        Scenario s;
        const qint64 sid = store.saveScenario(s);
        QString error;
        QCOMPARE(store.beginRun(sid, "static", RunStore::maxSeed + 1, &error), qint64(-1));
        QVERIFY2(error.contains(QStringLiteral("2^63 - 1")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("9223372036854775808")), qPrintable(error));
        const qint64 run = store.beginRun(sid, "static", RunStore::maxSeed, &error);
        QVERIFY2(run > 0, qPrintable(error));
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.seed, RunStore::maxSeed);
        // Other SQLite readers see the same, positive value.
        RawDb raw(path("seeds.sqlite"));
        QCOMPARE(
            raw.integer(QByteArray("SELECT seed FROM runs WHERE id = " + QByteArray::number(run))
                            .constData()),
            qint64(RunStore::maxSeed));
    }
};

QTEST_GUILESS_MAIN(TestRunStoreErrors)
#include "tst_run_store_errors.moc"
