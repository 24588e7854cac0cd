// `nephos-cli runs list|show|export|delete`, `--db ''`, foreign databases and large seeds.
#include "CliTestSupport.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace nephos;
using nephos::test::CliResult;
using nephos::test::runCli;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

/// "scenario_hash|policy|seed" -> kpis of every run in an export.
QMap<QString, QJsonObject> kpisByKey(const QJsonObject& exported)
{
    QMap<QString, QJsonObject> out;
    for (const QJsonValue& v : exported.value(QStringLiteral("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QStringLiteral("scenario_hash")).toString() + u'|' +
                            r.value(QStringLiteral("policy")).toString() + u'|' +
                            QString::number(r.value(QStringLiteral("seed")).toInteger());
        out.insert(key, r.value(QStringLiteral("kpis")).toObject());
    }
    return out;
}

} // namespace

class TestCliRuns : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QString m_scenario;
    QJsonObject m_firstRun; ///< `run --json` of the first run in store a

    CliResult runInto(const QString& db, const char* policy, int seed)
    {
        return runCli({QStringLiteral("run"), m_scenario, QStringLiteral("--db"), db,
                       QStringLiteral("--policy"), QString::fromLatin1(policy),
                       QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--json")});
    }

    CliResult runs(QStringList args, const QString& db)
    {
        args.prepend(QStringLiteral("runs"));
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Scenario s = defaultScenario();
        s.name = "two-days";
        s.settings.horizonHours = 48;
        m_scenario = path("two-days.json");
        QVERIFY(ScenarioJson::save(m_scenario, s));
        // Store a: cheapest/1 then static/2; store b: the same runs in the other order.
        const CliResult first = runInto(path("a.sqlite"), "cheapest", 1);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        m_firstRun = first.json();
        QCOMPARE(runInto(path("a.sqlite"), "static", 2).exitCode, 0);
        QCOMPARE(runInto(path("b.sqlite"), "static", 2).exitCode, 0);
        QCOMPARE(runInto(path("b.sqlite"), "cheapest", 1).exitCode, 0);
    }

    void listsRuns()
    {
        const CliResult table = runs({QStringLiteral("list")}, path("a.sqlite"));
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(table.out.startsWith(QStringLiteral("id")));
        QVERIFY(table.out.contains(QStringLiteral("cheapest")));
        QVERIFY(table.out.contains(QStringLiteral("two-days")));
        const CliResult json =
            runs({QStringLiteral("list"), QStringLiteral("--json")}, path("a.sqlite"));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray a = json.json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0][QStringLiteral("policy")].toString(), QStringLiteral("static")); // newest
        QCOMPARE(a[1][QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QCOMPARE(a[1][QStringLiteral("seed")].toInteger(), 1);
        QCOMPARE(a[1][QStringLiteral("scenario")].toString(), QStringLiteral("two-days"));
        QCOMPARE(a[1][QStringLiteral("scenario_hash")].toString().size(), 64);
    }

    void showsKpisAndClassKpis()
    {
        const QString id = QString::number(m_firstRun.value(QStringLiteral("run_id")).toInteger());
        const CliResult json =
            runs({QStringLiteral("show"), id, QStringLiteral("--json")}, path("a.sqlite"));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject o = json.json();
        QCOMPARE(o.value(QStringLiteral("policy")).toString(), QStringLiteral("cheapest"));
        QCOMPARE(o.value(QStringLiteral("kpis")).toObject(),
                 m_firstRun.value(QStringLiteral("kpis")).toObject());
        const QJsonObject byClass = o.value(QStringLiteral("kpis_by_class")).toObject();
        QVERIFY(!byClass.isEmpty());
        QCOMPARE(byClass, m_firstRun.value(QStringLiteral("kpis_by_class")).toObject());
        const CliResult text = runs({QStringLiteral("show"), id}, path("a.sqlite"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("total_cost_usd")));
        QVERIFY(text.out.contains(QStringLiteral("Class ") + byClass.keys().front()));
        const CliResult missing =
            runs({QStringLiteral("show"), QStringLiteral("999")}, path("a.sqlite"));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no run 999")), qPrintable(missing.err));
    }

    void exportsCompareAcrossStores()
    {
        const CliResult a =
            runs({QStringLiteral("export"), QStringLiteral("--json")}, path("a.sqlite"));
        const CliResult b = runs({QStringLiteral("export")}, path("b.sqlite")); // JSON default
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        const auto ka = kpisByKey(a.json());
        const auto kb = kpisByKey(b.json());
        QCOMPARE(ka.size(), 2);
        QCOMPARE(ka.keys(), kb.keys());
        for (const QString& key : ka.keys()) {
            QVERIFY(!ka[key].isEmpty());
            QCOMPARE(ka[key], kb[key]); // deterministic: same scenario, policy and seed
        }
        // Only the given runs, oldest first by default.
        const CliResult one =
            runs({QStringLiteral("export"), QStringLiteral("2")}, path("a.sqlite"));
        QCOMPARE(one.json().value(QStringLiteral("runs")).toArray().size(), 1);
        QCOMPARE(a.json().value(QStringLiteral("runs"))[0][QStringLiteral("id")].toInteger(), 1);
    }

    void exportsCsvToAFile()
    {
        const QString out = path("export.csv");
        const CliResult r =
            runs({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--out"), out},
                 path("a.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.front().startsWith(
            QStringLiteral("run_id,scenario,scenario_hash,policy,seed,status,class,")));
        QVERIFY(lines.front().contains(QStringLiteral("total_cost_usd")));
        const int classes = m_firstRun.value(QStringLiteral("kpis_by_class")).toObject().size();
        QCOMPARE(lines.size(), 1 + 2 * (1 + classes));
        QVERIFY(lines[1].startsWith(QStringLiteral("1,two-days,")));
    }

    void deletesRuns()
    {
        const QString db = path("c.sqlite");
        QCOMPARE(runInto(db, "cheapest", 3).exitCode, 0);
        QCOMPARE(runInto(db, "cheapest", 4).exitCode, 0);
        // All or nothing: run 9 does not exist, so run 1 stays.
        const CliResult bad =
            runs({QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("9")}, db);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("nothing deleted")), qPrintable(bad.err));
        const CliResult ok = runs({QStringLiteral("delete"), QStringLiteral("1")}, db);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(runs({QStringLiteral("show"), QStringLiteral("1")}, db).exitCode, 1);
        const auto left = runs({QStringLiteral("list"), QStringLiteral("--json")}, db).json();
        QCOMPARE(left.value(QStringLiteral("runs")).toArray().size(), 1);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString db = path("a.sqlite");
        QTest::newRow("no sub-command") << QStringList{QStringLiteral("runs")};
        QTest::newRow("unknown") << QStringList{QStringLiteral("runs"), QStringLiteral("prune")};
        QTest::newRow("show without id")
            << QStringList{QStringLiteral("runs"), QStringLiteral("show")};
        QTest::newRow("bad id") << QStringList{QStringLiteral("runs"), QStringLiteral("show"),
                                               QStringLiteral("x1")};
        QTest::newRow("delete without id")
            << QStringList{QStringLiteral("runs"), QStringLiteral("delete")};
        QTest::newRow("list --csv")
            << QStringList{QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--csv")};
        QTest::newRow("json and csv")
            << QStringList{QStringLiteral("runs"), QStringLiteral("export"),
                           QStringLiteral("--json"), QStringLiteral("--csv")};
        QTest::newRow("runs --db ''") << QStringList{QStringLiteral("runs"), QStringLiteral("list"),
                                                     QStringLiteral("--db"), QString()};
        QTest::newRow("run --db ''")
            << QStringList{QStringLiteral("run"), QStringLiteral("--db"), QString()};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    }

    void missingStoreIsAnError()
    {
        const QString db = path("missing.sqlite");
        const CliResult r = runs({QStringLiteral("list")}, db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(db), qPrintable(r.err));
        QVERIFY(!QFile::exists(db));
    }

    void foreignDatabaseIsLeftAlone()
    {
        const QString db = path("foreign.sqlite");
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(db.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(db);
        for (const QStringList& args :
             {QStringList{QStringLiteral("run"), m_scenario, QStringLiteral("--db"), db},
              QStringList{QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--db"),
                          db}}) {
            const CliResult r = runCli(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("not a Nephos run store")), qPrintable(r.err));
            QVERIFY2(r.err.contains(db), qPrintable(r.err));
        }
        QCOMPARE(fileHash(db), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
    }

    void seedAboveSignedRangeIsRefused()
    {
        const CliResult r =
            runCli({QStringLiteral("run"), m_scenario, QStringLiteral("--db"), path("seed.sqlite"),
                    QStringLiteral("--seed"), QStringLiteral("9223372036854775808")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2^63 - 1")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
