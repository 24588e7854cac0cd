#include "data/JobTraceImporter.h"
#include "data/TraceImporter.h"
#include "data/TraceWorkloadJson.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace nephos;

namespace {

WorkloadClass makeClass(const char* name, double vcpus, double memoryGib, int gpus)
{
    WorkloadClass w;
    w.name = name;
    w.vcpus = vcpus;
    w.memoryGib = memoryGib;
    w.gpus = gpus;
    return w;
}

const std::vector<WorkloadClass> kClasses{makeClass("train", 8, 64, 2), makeClass("etl", 4, 16, 0),
                                          makeClass(kTraceAnalyticsClass, 2, 8, 0)};

JobTraceMapping mapping(const QStringList& assignments)
{
    JobTraceMapping m;
    for (const QString& a : assignments) {
        QString error;
        if (!m.setAssignment(a, &error))
            qFatal("%s", qPrintable(error));
    }
    return m;
}

} // namespace

class TestJobTraceImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondsWithDurationSortedStably();
    void isoTimesWithEndColumn();
    void isoTimeVariants_data();
    void isoTimeVariants();
    void classDefaultsFillEmptyResources();
    void requestLogServiceTimes();
    void unusableRowsCountedWithReasonsAndLines();
    void mappingFileErrorsNameJsonPath_data();
    void mappingFileErrorsNameJsonPath();
    void mappingProblems();
    void missingColumnAndMalformedFiles_data();
    void missingColumnAndMalformedFiles();
    void openbMappingMatchesPodImporter();
    void workloadJsonKeepsReasonsAndDataset();
    void docsTableMatchesFieldTable();

private:
    QString write(const QString& name, const QByteArray& bytes);
    TraceImportResult import(const JobTraceMapping& m, const QByteArray& csv);
};

QString TestJobTraceImporter::write(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("jobtrace")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

TraceImportResult TestJobTraceImporter::import(const JobTraceMapping& m, const QByteArray& csv)
{
    TraceImportResult r;
    QString error;
    if (!JobTraceImporter(m, kClasses).import(write(QStringLiteral("t.csv"), csv), r, &error))
        qWarning("%s", qPrintable(error));
    return r;
}

void TestJobTraceImporter::secondsWithDurationSortedStably()
{
    const JobTraceMapping m =
        mapping({"arrival=submit", "duration=runtime_min", "duration_scale=60", "vcpus=cpu",
                 "memory=mem", "gpus=gpu", "class=kind", "dataset=data"});
    const TraceImportResult r = import(m, "submit,runtime_min,cpu,mem,gpu,kind,data\n"
                                          "1000,30,4,16,1,train,imagenet\n"
                                          "100,60,2,8,0,etl,\n"
                                          "1000,90,1,1,0,etl,logs\n"
                                          "4600,15,1,2,0,etl,\n");
    QCOMPARE(r.jobs.size(), std::size_t(4));
    QCOMPARE(r.jobs[0].arrivalHours, 0.0); // relative to the earliest arrival, 100 s
    QCOMPARE(r.jobs[0].durationHours, 1.0);
    QCOMPARE(r.jobs[1].arrivalHours, 0.25); // the two rows at 1000 s keep file order
    QCOMPARE(r.jobs[1].workloadClass, std::string("train"));
    QCOMPARE(r.jobs[1].gpus, 1);
    QCOMPARE(r.jobs[1].dataset, std::string("imagenet"));
    QCOMPARE(r.jobs[2].durationHours, 1.5);
    QCOMPARE(r.jobs[2].dataset, std::string("logs"));
    QCOMPARE(r.jobs[3].arrivalHours, 1.25);
    QCOMPARE(r.summary.rowsRead, std::int64_t(4));
    QCOMPARE(r.summary.rowsSkipped, std::int64_t(0));
    QCOMPARE(r.summary.gpuHours, 0.5);
    QCOMPARE(r.summary.arrivalsPerHour, (std::vector<double>{3.0, 1.0}));
    QVERIFY(r.warnings.empty());
}

void TestJobTraceImporter::isoTimesWithEndColumn()
{
    const JobTraceMapping m = mapping({"arrival=submitted", "start=started", "end=finished",
                                       "time_format=iso8601", "class=q", "vcpus=c", "memory=m"});
    const TraceImportResult r =
        import(m, "submitted,started,finished,q,c,m\n"
                  "2024-03-01T12:00:00Z,2024-03-01T12:00:30Z,2024-03-01T13:00:30Z,etl,1,1\n"
                  // +01:00 zone: 11:30Z; fractional digits; space separator
                  "2024-03-01 12:30:00.5+01:00,2024-03-01 12:30:00.5+01:00,"
                  "2024-03-01 11:30:01.000000001Z,etl,1,1\n");
    QCOMPARE(r.jobs.size(), std::size_t(2));
    // Sorted: the second row arrives first (11:30:00.5Z).
    QCOMPARE(r.jobs[0].workloadClass, std::string("etl"));
    QCOMPARE(r.jobs[0].arrivalHours, 0.0);
    NEPHOS_FUZZY_COMPARE(r.jobs[0].durationHours * 3600.0, 0.500000001, 1e-12);
    NEPHOS_FUZZY_COMPARE(r.jobs[1].arrivalHours * 3600.0, 1799.5, 1e-12);
    QCOMPARE(r.jobs[1].durationHours, 1.0); // started 12:00:30, finished 13:00:30
}

void TestJobTraceImporter::isoTimeVariants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("secondsAfterEpochDay"); // seconds after 2024-03-01T00:00:00Z
    QTest::newRow("date only") << "2024-03-01" << 0.0;
    QTest::newRow("no seconds") << "2024-03-01T01:02" << 3720.0;
    QTest::newRow("lower t, z") << "2024-03-01t00:00:01z" << 1.0;
    QTest::newRow("nine digits") << "2024-03-01T00:00:00.123456789Z" << 0.123456789;
    QTest::newRow("negative zone") << "2024-02-29T23:00:00-01:00" << 0.0;
    QTest::newRow("compact zone") << "2024-03-01T05:30:00+0530" << 0.0;
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << -86400.0;
}

void TestJobTraceImporter::isoTimeVariants()
{
    QFETCH(QString, text);
    QFETCH(double, secondsAfterEpochDay);
    TraceTime t, base;
    std::string problem;
    QVERIFY(parseTraceTime("2024-03-01T00:00:00Z", TraceTimeFormat::Iso8601, base, &problem));
    QCOMPARE(base.seconds, std::int64_t(1709251200));
    QVERIFY2(parseTraceTime(text.toStdString(), TraceTimeFormat::Iso8601, t, &problem),
             problem.c_str());
    NEPHOS_FUZZY_COMPARE(t.secondsSince(base), secondsAfterEpochDay, 1e-12);
    for (const char* bad : {"2024-13-01", "2024-02-30", "2024-03-01T25:00", "2024-03-01X",
                            "2024-03-01T00:00:00.1234567891", "2024-03-01T00:00+5", "12:00"})
        QVERIFY2(!parseTraceTime(bad, TraceTimeFormat::Iso8601, t, &problem), bad);
    QVERIFY(parseTraceTime("1500", TraceTimeFormat::Milliseconds, t, &problem));
    QCOMPARE(t.seconds, std::int64_t(1));
    QCOMPARE(t.fraction, 0.5);
}

void TestJobTraceImporter::classDefaultsFillEmptyResources()
{
    const JobTraceMapping m = mapping({"arrival=t", "duration=d", "class=cls", "vcpus=cpu",
                                       "memory=mem_mib", "memory_scale=0.0009765625", "gpus=g"});
    const TraceImportResult r = import(m, "t,d,cls,cpu,mem_mib,g\n"
                                          "0,3600,train,,,\n"   // all from "train"
                                          "1,3600,train,16,,\n" // memory and gpus from "train"
                                          "2,3600,,,2048,\n");  // default_class by-gpu: analytics
    QCOMPARE(r.jobs.size(), std::size_t(3));
    QCOMPARE(r.jobs[0].vcpus, 8.0);
    QCOMPARE(r.jobs[0].memoryGib, 64.0);
    QCOMPARE(r.jobs[0].gpus, 2);
    QCOMPARE(r.jobs[1].vcpus, 16.0);
    QCOMPARE(r.jobs[1].memoryGib, 64.0);
    QCOMPARE(r.jobs[2].workloadClass, std::string(kTraceAnalyticsClass));
    QCOMPARE(r.jobs[2].vcpus, 2.0);
    QCOMPARE(r.jobs[2].memoryGib, 2.0);
    QCOMPARE(r.jobs[2].gpus, 0);

    // A constant class without a class column; no resource columns at all.
    const TraceImportResult k =
        import(mapping({"arrival=t", "duration=d", "default_class=etl"}), "t,d\n5,60\n");
    QCOMPARE(k.jobs.size(), std::size_t(1));
    QCOMPARE(k.jobs[0].workloadClass, std::string("etl"));
    QCOMPARE(k.jobs[0].vcpus, 4.0);
    QCOMPARE(k.jobs[0].memoryGib, 16.0);
}

void TestJobTraceImporter::requestLogServiceTimes()
{
    // service_s = overhead_s + tokens / tokens_per_s + output_tokens / output_tokens_per_s
    const JobTraceMapping m =
        mapping({"arrival=ts_ms", "time_format=milliseconds", "tokens=prompt",
                 "output_tokens=completion", "overhead_s=0.2", "tokens_per_s=2000",
                 "output_tokens_per_s=40", "default_class=etl", "gpu_fraction=share"});
    const TraceImportResult r = import(m, "ts_ms,prompt,completion,share\n"
                                          "1700000000000,1000,200,0.25\n"
                                          "1700000000500,0,0,0.25\n"
                                          "1700000001250,4000,40,0.5\n");
    QCOMPARE(r.jobs.size(), std::size_t(3));
    NEPHOS_FUZZY_COMPARE(r.jobs[0].durationHours * 3600.0, 0.2 + 0.5 + 5.0, 1e-12);
    NEPHOS_FUZZY_COMPARE(r.jobs[1].durationHours * 3600.0, 0.2, 1e-12);
    NEPHOS_FUZZY_COMPARE(r.jobs[1].arrivalHours * 3600.0, 0.5, 1e-9);
    NEPHOS_FUZZY_COMPARE(r.jobs[2].durationHours * 3600.0, 0.2 + 2.0 + 1.0, 1e-12);
    NEPHOS_FUZZY_COMPARE(r.jobs[2].arrivalHours * 3600.0, 1.25, 1e-9);
    QCOMPARE(r.jobs[0].gpuFraction, 0.25); // gpus not mapped: a fraction below 1 is shared
    QCOMPARE(r.jobs[0].gpus, 0);

    const JobTraceMapping bytes =
        mapping({"arrival=t", "bytes=size", "bytes_per_s=1e6", "default_class=etl"});
    const TraceImportResult b = import(bytes, "t,size\n0,2500000\n");
    NEPHOS_FUZZY_COMPARE(b.jobs.at(0).durationHours * 3600.0, 2.5, 1e-12);
}

void TestJobTraceImporter::unusableRowsCountedWithReasonsAndLines()
{
    const JobTraceMapping m = mapping({"arrival=t", "duration=d", "class=c", "vcpus=cpu",
                                       "memory=mem", "gpus=g", "gpu_fraction=f"});
    const QByteArray csv = "t,d,c,cpu,mem,g,f\n"
                           "0,60,etl,1,1,0,0\n"    // 2 ok
                           "5,-1,etl,1,1,0,0\n"    // 3 negative duration
                           "x,60,etl,1,1,0,0\n"    // 4 arrival not a number
                           "6,,etl,1,1,0,0\n"      // 5 duration empty
                           "7,-3,etl,1,1,0,0\n"    // 6 negative duration
                           "8,60,etl,1,1,1.5,0\n"  // 7 gpus not whole
                           "9,60,etl,1,1,1,1.2\n"  // 8 fraction above 1
                           "10,60,nope,,1,0,0\n"   // 9 unknown class, needs defaults
                           "11,60,etl,0,,0,0\n"    // 10 ok: memory from class etl
                           "12,0,etl,1,1,0,0\n"    // 11 zero duration
                           "13,-2,etl,1,1,0,0\n"   // 12 negative duration
                           "14,60,nope,1,1,0,0\n"; // 13 ok: resources given (class checked later)
    const TraceImportResult r = import(m, csv);
    QCOMPARE(r.summary.rowsRead, std::int64_t(12));
    QCOMPARE(r.summary.jobsImported, std::int64_t(3));
    QCOMPARE(r.summary.rowsSkipped, std::int64_t(9));
    const auto& by = r.summary.skippedByReason;
    QCOMPARE(by.at("duration: negative").count, std::int64_t(3));
    QCOMPARE(by.at("duration: negative").lines, (std::vector<int>{3, 6, 12}));
    QCOMPARE(by.at("arrival: not a number").lines, (std::vector<int>{4}));
    QCOMPARE(by.at("duration: empty").lines, (std::vector<int>{5}));
    QCOMPARE(by.at("gpus: not a whole number in [0, 1024]").lines, (std::vector<int>{7}));
    QCOMPARE(by.at("gpu_fraction: more than one GPU").lines, (std::vector<int>{8}));
    QCOMPARE(by.at("empty resources and no class defaults (unknown class \"nope\")").lines,
             (std::vector<int>{9}));
    QCOMPARE(by.at("run time not positive").lines, (std::vector<int>{11}));
    std::int64_t total = 0;
    for (const auto& [reason, rows] : by)
        total += rows.count;
    QCOMPARE(total, r.summary.rowsSkipped);
    QCOMPARE(r.warnings.size(), by.size());
    bool found = false;
    for (const std::string& w : r.warnings)
        found = found || w == "3 rows skipped: duration: negative (lines 3, 6, 12)";
    QVERIFY(found);

    // At most SkippedRows::kMaxLines line numbers per reason.
    QByteArray many = "t,d,c,cpu,mem,g,f\n0,60,etl,1,1,0,0\n";
    for (int i = 0; i < 8; ++i)
        many += "1,-1,etl,1,1,0,0\n";
    const TraceImportResult k = import(m, many);
    QCOMPARE(k.summary.skippedByReason.at("duration: negative").count, std::int64_t(8));
    QCOMPARE(k.summary.skippedByReason.at("duration: negative").lines,
             (std::vector<int>{3, 4, 5, 6, 7}));
}

void TestJobTraceImporter::mappingFileErrorsNameJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("number as string") << QByteArray(R"({"arrival": "t", "vcpus_scale": "0.001"})")
                                      << QStringLiteral("map.json: vcpus_scale: expected a number");
    QTest::newRow("column as number") << QByteArray(R"({"arrival": 3})")
                                      << QStringLiteral("map.json: arrival: expected a column");
    QTest::newRow("unknown key") << QByteArray(R"({"arival": "t"})")
                                 << QStringLiteral("map.json: arival: unknown key (known: arrival");
    QTest::newRow("bad format") << QByteArray(R"({"time_format": "unix"})")
                                << QStringLiteral("map.json: time_format: \"unix\" is not one of "
                                                  "seconds|milliseconds|iso8601");
    QTest::newRow("zero rate") << QByteArray(R"({"tokens_per_s": 0})")
                               << QStringLiteral("map.json: tokens_per_s: 0 is out of range");
    QTest::newRow("invalid json") << QByteArray("{\n  \"arrival\": \"t\",\n}")
                                  << QStringLiteral("map.json: line 3, column");
    QTest::newRow("not an object")
        << QByteArray("[]") << QStringLiteral("map.json: $: expected a JSON object");
}

void TestJobTraceImporter::mappingFileErrorsNameJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JobTraceMapping m;
    m.arrival = "kept";
    QString error;
    QVERIFY(!m.applyJson(json, &error, QStringLiteral("map.json")));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(m.arrival, std::string("kept")); // unchanged on failure

    const QString path = write(QStringLiteral("map.json"),
                               R"({"arrival": "t", "duration": "d", "vcpus_scale": 0.001})");
    QVERIFY2(m.applyJsonFile(path, &error), qPrintable(error));
    QCOMPARE(m.arrival, std::string("t"));
    QCOMPARE(m.vcpusScale, 0.001);
    QVERIFY(!m.applyJsonFile(path + QStringLiteral(".missing"), &error));
    QVERIFY2(error.contains(QStringLiteral(".missing: cannot read")), qPrintable(error));
}

void TestJobTraceImporter::mappingProblems()
{
    JobTraceMapping m;
    QString error;
    QVERIFY(!m.setAssignment(QStringLiteral("arrival"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("--map arrival: expected KEY=VALUE")),
             qPrintable(error));
    QVERIFY(!m.setAssignment(QStringLiteral("vcpus_scale=milli"), &error));
    QVERIFY2(error.contains(QStringLiteral("\"milli\" is not a number")), qPrintable(error));
    QVERIFY(!m.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("arrival: not mapped")), qPrintable(error));
    m = mapping({"arrival=a"});
    QVERIFY(!m.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("none is mapped")), qPrintable(error));
    m = mapping({"arrival=a", "duration=d", "tokens=t"});
    QVERIFY(!m.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("2 are mapped")), qPrintable(error));
    m = mapping({"arrival=a", "duration=d", "start=s"});
    QVERIFY(!m.validate(&error));
    QVERIFY2(error.contains(QStringLiteral("start: only used with end")), qPrintable(error));
    QVERIFY(!JobTraceMapping::builtin("nope", m));
    QVERIFY(JobTraceMapping::builtin("openb", m));
    QVERIFY2(m.validate(&error), qPrintable(error));
}

void TestJobTraceImporter::missingColumnAndMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing column")
        << QByteArray("t,dur\n0,1\n")
        << QStringLiteral("line 1: missing column \"d\" (mapped as duration; found: t, dur)");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("header only") << QByteArray("t,d\n") << QStringLiteral("no data rows");
    QByteArray utf16("\xFF\xFE");
    for (char c : QByteArray("t,d\n0,1\n"))
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    QTest::newRow("utf16") << utf16 << QStringLiteral("UTF-16");
    QTest::newRow("latin1") << QByteArray("t,d\n0,1\xE9\n")
                            << QStringLiteral("line 2, column 4: invalid UTF-8 byte 0xe9");
    QTest::newRow("truncated") << QByteArray("t,d\n0\n") << QStringLiteral("line 2: truncated");
    QTest::newRow("nothing usable")
        << QByteArray("t,d\n0,-1\n")
        << QStringLiteral("no usable row (all 1 rows skipped: 1 row skipped: duration: negative "
                          "(line 2))");
}

void TestJobTraceImporter::missingColumnAndMalformedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("bad.csv"), bytes);
    TraceImportResult r;
    QString error;
    const JobTraceMapping m = mapping({"arrival=t", "duration=d", "default_class=etl"});
    QVERIFY(!JobTraceImporter(m, kClasses).import(path, r, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestJobTraceImporter::openbMappingMatchesPodImporter()
{
    const QString file = test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv"));
    TraceImportResult pods, generic;
    QString error;
    QVERIFY2(importAlibabaPodTrace(file, pods, &error), qPrintable(error));
    JobTraceMapping openb;
    QVERIFY(JobTraceMapping::builtin("openb", openb));
    QVERIFY2(JobTraceImporter(openb, {}).import(file, generic, &error), qPrintable(error));
    QCOMPARE(generic.jobs.size(), pods.jobs.size());
    for (std::size_t i = 0; i < pods.jobs.size(); ++i) {
        const TraceJob& a = pods.jobs[i];
        const TraceJob& b = generic.jobs[i];
        QCOMPARE(b.arrivalHours, a.arrivalHours);
        QCOMPARE(b.durationHours, a.durationHours);
        NEPHOS_FUZZY_COMPARE(b.vcpus, a.vcpus, 1e-12);
        NEPHOS_FUZZY_COMPARE(b.memoryGib, a.memoryGib, 1e-12);
        QCOMPARE(b.gpus, a.gpus);
        NEPHOS_FUZZY_COMPARE(b.gpuFraction, a.gpuFraction, 1e-12);
        QCOMPARE(b.workloadClass, a.workloadClass);
    }
    QCOMPARE(generic.summary.rowsRead, pods.summary.rowsRead);
    QCOMPARE(generic.summary.rowsSkipped, pods.summary.rowsSkipped);
    QCOMPARE(generic.summary.trainingJobs, pods.summary.trainingJobs);
    QCOMPARE(generic.summary.inferenceJobs, pods.summary.inferenceJobs);
    NEPHOS_FUZZY_COMPARE(generic.summary.gpuHours, pods.summary.gpuHours, 1e-9);
    QCOMPARE(generic.summary.skippedByReason.at("start: empty (never started)").count,
             std::int64_t(897));
    QCOMPARE(pods.summary.skippedByReason.at("never scheduled (empty scheduled_time)").count,
             std::int64_t(897));
}

void TestJobTraceImporter::workloadJsonKeepsReasonsAndDataset()
{
    const TraceImportResult r =
        import(mapping({"arrival=t", "duration=d", "default_class=etl", "dataset=ds"}),
               "t,d,ds\n0,60,imagenet\n1,-1,x\n2,60,\n");
    TraceImportResult again;
    QString error;
    const QByteArray json = traceWorkloadToJson(r, QStringLiteral("t.csv"));
    QVERIFY2(traceWorkloadFromJson(json, again, &error), qPrintable(error));
    QCOMPARE(again.jobs.at(0).dataset, std::string("imagenet"));
    QCOMPARE(again.jobs.at(1).dataset, std::string());
    QVERIFY(json.contains("\"dataset\":\"imagenet\""));
    QCOMPARE(json.count("\"dataset\""), 1); // written only when set
    QVERIFY(json.contains(R"("skipped_by_reason":{"duration: negative":{"count":1,"lines":[3]}})"));
    QCOMPARE(again.summary.skippedByReason.at("duration: negative").lines, std::vector<int>{3});
}

void TestJobTraceImporter::docsTableMatchesFieldTable()
{
    QFile docs(QStringLiteral(NEPHOS_SOURCE_DIR "/docs/data.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(docs.readAll());
    const QString table = JobTraceMapping::markdownTable();
    const QString begin = QStringLiteral("<!-- job-trace-fields:begin -->\n");
    const qsizetype from = text.indexOf(begin) + begin.size();
    const qsizetype to = text.indexOf(QStringLiteral("<!-- job-trace-fields:end -->"));
    QVERIFY2(from >= begin.size() && to > from, "docs/data.md lacks the job-trace-fields markers");
    if (text.mid(from, to - from) != table) {
        const QString path = write(QStringLiteral("job-trace-fields.md"), table.toUtf8());
        QFAIL(qPrintable(QStringLiteral("docs/data.md: the mapping key table differs from "
                                        "JobTraceMapping::markdownTable(); paste %1")
                             .arg(path)));
    }
}

QTEST_GUILESS_MAIN(TestJobTraceImporter)
#include "tst_job_trace_importer.moc"
