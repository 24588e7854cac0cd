// `nephos-cli import trace --format csv`: generic job traces mapped on the command line or in a
// mapping file, skipped-row reasons in the workload file, usage and file errors.
#include "CliTestSupport.h"

#include "data/TraceWorkloadJson.h"

#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace nephos;
using nephos::test::runCli;

namespace {

QString file(const QString& name, const QByteArray& bytes = QByteArray())
{
    const QString path =
        test::testOutputDir(QStringLiteral("cli-import-trace")) + QLatin1Char('/') + name;
    QFile::remove(path);
    if (!bytes.isNull()) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
    }
    return path;
}

const QByteArray kJobs = "submitted,runtime_s,cpu_milli,queue,note\n"
                         "2024-03-01T10:00:00Z,3600,4000,Large-scale data analytics,a\n"
                         "2024-03-01T09:30:00Z,1800,,Deep learning training,b\n"
                         "2024-03-01T11:00:00Z,-5,1000,Large-scale data analytics,c\n"
                         "not a time,60,1000,Large-scale data analytics,d\n";

} // namespace

class TestCliImportTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsColumnsOnTheCommandLine();
    void mappingFileAndBuiltin();
    void errorsAndUsage();
    void helpListsMappingKeys();
};

void TestCliImportTrace::mapsColumnsOnTheCommandLine()
{
    const QString csv = file(QStringLiteral("jobs.csv"), kJobs);
    const QString out = file(QStringLiteral("jobs.json"));
    const auto r =
        runCli({QStringLiteral("import"), QStringLiteral("trace"), csv, QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--map"), QStringLiteral("arrival=submitted"),
                QStringLiteral("--map=duration=runtime_s"), QStringLiteral("--map"),
                QStringLiteral("vcpus=cpu_milli"), QStringLiteral("--map"),
                QStringLiteral("vcpus_scale=0.001"), QStringLiteral("--map"),
                QStringLiteral("class=queue"), QStringLiteral("--map"),
                QStringLiteral("time_format=iso8601"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(csv + QStringLiteral(": 4 rows, 2 jobs (1 training, 0 inference, 1 "
                                                 "analytics), 2 skipped")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("note: 1 row skipped: duration: negative (line 4)")),
             qPrintable(r.out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    TraceImportResult trace;
    QString error;
    QVERIFY2(traceWorkloadFromJson(json, trace, &error, out), qPrintable(error));
    QCOMPARE(trace.jobs.size(), std::size_t(2));
    QCOMPARE(trace.jobs[0].workloadClass, std::string("Deep learning training"));
    QCOMPARE(trace.jobs[0].durationHours, 0.5);
    QCOMPARE(trace.jobs[0].vcpus, 24.0); // the default scenario's training class
    QCOMPARE(trace.jobs[0].gpus, 4);
    QCOMPARE(trace.jobs[1].arrivalHours, 0.5);
    QCOMPARE(trace.jobs[1].vcpus, 4.0);
    QCOMPARE(trace.summary.skippedByReason.at("duration: negative").lines, std::vector<int>{4});
    QCOMPARE(trace.summary.skippedByReason
                 .at("arrival: expected an ISO-8601 time like "
                     "2024-03-01T12:00:00Z")
                 .lines,
             std::vector<int>{5});
}

void TestCliImportTrace::mappingFileAndBuiltin()
{
    const QString csv = file(QStringLiteral("jobs2.csv"), kJobs);
    const QString map = file(QStringLiteral("map.json"),
                             R"({"arrival": "submitted", "duration": "runtime_s",
                                 "time_format": "iso8601", "class": "queue"})");
    auto r =
        runCli({QStringLiteral("import"), QStringLiteral("trace"), csv, QStringLiteral("--mapping"),
                map, QStringLiteral("--map"), QStringLiteral("default_class=Real-time inference")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 jobs")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("wrote")), qPrintable(r.out)); // no --out: check only

    const QString pods = test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv"));
    r = runCli({QStringLiteral("import"), QStringLiteral("trace"), pods,
                QStringLiteral("--mapping"), QStringLiteral("openb")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral(": 8152 rows, 7255 jobs (3630 training, 2573 "
                                           "inference, 1052 analytics), 897 skipped")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("897 rows skipped: start: empty (never started)")),
             qPrintable(r.out));
}

void TestCliImportTrace::errorsAndUsage()
{
    const QString csv = file(QStringLiteral("jobs3.csv"), kJobs);
    const QString out = file(QStringLiteral("never.json"));
    const QString badMap = file(QStringLiteral("bad.json"), R"({"arrival": "submitted",
        "vcpus_scale": "milli"})");
    auto r = runCli({QStringLiteral("import"), QStringLiteral("trace"), csv,
                     QStringLiteral("--mapping"), badMap, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(badMap + QStringLiteral(": vcpus_scale: expected a number")),
             qPrintable(r.err));

    r = runCli({QStringLiteral("import"), QStringLiteral("trace"), csv, QStringLiteral("--map"),
                QStringLiteral("arrival=submit"), QStringLiteral("--map"),
                QStringLiteral("duration=runtime_s"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(csv + QStringLiteral(": line 1: missing column \"submit\" (mapped as "
                                                 "arrival")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    const QList<QStringList> usage{
        {QStringLiteral("--map"), QStringLiteral("arival=submitted")},
        {QStringLiteral("--format"), QStringLiteral("csv")}, // nothing mapped
        {QStringLiteral("--format"), QStringLiteral("parquet")},
        {QStringLiteral("--format"), QStringLiteral("openb"), QStringLiteral("--map"),
         QStringLiteral("arrival=submitted")}};
    for (const QStringList& extra : usage) {
        r = runCli(QStringList{QStringLiteral("import"), QStringLiteral("trace"), csv} + extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Usage: nephos-cli import")), qPrintable(r.err));
    }
    r = runCli({QStringLiteral("import"), QStringLiteral("geo"), csv, QStringLiteral("--map"),
                QStringLiteral("a=b"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 2);
    r = runCli({QStringLiteral("run"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("need --trace FILE")), qPrintable(r.err));
}

void TestCliImportTrace::helpListsMappingKeys()
{
    for (const char* command : {"import", "run"}) {
        const auto r = runCli({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* key : {"--mapping", "gpu_fraction_scale", "output_tokens_per_s",
                                "time_format", "[default by-gpu]"})
            QVERIFY2(r.out.contains(QLatin1String(key)), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(TestCliImportTrace)
#include "tst_cli_import_trace.moc"
