#include "data/TraceImporter.h"
#include "data/TraceWorkloadJson.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <numeric>

using namespace nephos;

class TestTraceImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRealTrace();
    void firstPodMapping();
    void summaryIsConsistent();
    void toleratesCrlfBomQuotesAndExtraColumns();
    void sharedGpuPodBecomesFraction_data();
    void sharedGpuPodBecomesFraction();
    void malformedFilesGiveClearErrors_data();
    void malformedFilesGiveClearErrors();
    void workloadFileRoundTrips();
    void workloadFileErrorsNamePath();

private:
    QString write(const QString& name, const QByteArray& bytes);
};

QString TestTraceImporter::write(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("trace")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

void TestTraceImporter::importsRealTrace()
{
    TraceImportResult r;
    QString error;
    QVERIFY2(
        importAlibabaPodTrace(
            test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv")), r, &error),
        qPrintable(error));
    // README: 8152 tasks, scheduled_time empty for the 897 Pending tasks.
    QCOMPARE(r.summary.rowsRead, std::int64_t(8152));
    QCOMPARE(r.summary.skippedPending, std::int64_t(897));
    QCOMPARE(r.summary.jobsImported, std::int64_t(8152 - 897));
    QCOMPARE(std::int64_t(r.jobs.size()), r.summary.jobsImported);
    QCOMPARE(r.summary.rowsSkipped, std::int64_t(897));
    QCOMPARE(r.warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(r.warnings.front()).contains(QStringLiteral("never scheduled")));
    for (const TraceJob& j : r.jobs) {
        QVERIFY(j.durationHours > 0);
        QVERIFY(j.gpus >= 0 && j.gpus <= 8);
        QVERIFY(j.workloadClass == kTraceTrainingClass || j.workloadClass == kTraceAnalyticsClass ||
                j.workloadClass == kTraceInferenceClass);
    }
    QVERIFY(std::is_sorted(r.jobs.begin(), r.jobs.end(), [](const TraceJob& a, const TraceJob& b) {
        return a.arrivalHours < b.arrivalHours;
    }));
}

void TestTraceImporter::firstPodMapping()
{
    TraceImportResult r;
    QString error;
    QVERIFY(importAlibabaPodTrace(
        test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv")), r, &error));
    // openb-pod-0000,12000,16384,1,1000,,LS,Running,0,12537496,0
    const TraceJob& j = r.jobs.front();
    QCOMPARE(j.arrivalHours, 0.0);
    NEPHOS_FUZZY_COMPARE(j.durationHours, 12537496.0 / 3600.0, 1e-12);
    QCOMPARE(j.vcpus, 12.0);
    QCOMPARE(j.memoryGib, 16.0);
    QCOMPARE(j.gpus, 1);
    QCOMPARE(j.gpuFraction, 0.0);
    QCOMPARE(j.workloadClass, std::string(kTraceTrainingClass));
    // openb-pod-0001,6000,12288,1,460,,LS,Running,427061,12902960,427061: a shared GPU.
    const TraceJob& k = r.jobs.at(1);
    NEPHOS_FUZZY_COMPARE(k.arrivalHours, 427061.0 / 3600.0, 1e-12);
    QCOMPARE(k.gpus, 0);
    NEPHOS_FUZZY_COMPARE(k.gpuFraction, 0.46, 1e-12);
    QCOMPARE(k.workloadClass, std::string(kTraceInferenceClass));
}

void TestTraceImporter::summaryIsConsistent()
{
    TraceImportResult r;
    QString error;
    QVERIFY(importAlibabaPodTrace(
        test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv")), r, &error));
    const TraceSummary& s = r.summary;
    QCOMPARE(s.trainingJobs + s.inferenceJobs + s.analyticsJobs, s.jobsImported);
    QVERIFY(s.trainingJobs > 0 && s.inferenceJobs > 0 && s.analyticsJobs > 0);
    double gpuHours = 0.0;
    for (const TraceJob& j : r.jobs)
        gpuHours += (j.gpus + j.gpuFraction) * j.durationHours;
    NEPHOS_FUZZY_COMPARE(s.gpuHours, gpuHours, 1e-9);
    NEPHOS_FUZZY_COMPARE(s.spanHours, r.jobs.back().arrivalHours - r.jobs.front().arrivalHours,
                         1e-12);
    QCOMPARE(s.arrivalsPerHour.size(), std::size_t(std::floor(s.spanHours)) + 1);
    QCOMPARE(std::accumulate(s.arrivalsPerHour.begin(), s.arrivalsPerHour.end(), 0.0),
             double(s.jobsImported));
}

void TestTraceImporter::toleratesCrlfBomQuotesAndExtraColumns()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "extra,name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,"
                            "pod_phase,creation_time,deletion_time,scheduled_time,note\r\n"
                            "x,p0,2000,4096,0,0,,BE,Running,100,7300,100,\"a, quoted\r\nnote\"\r\n"
                            "y,\"p1\",\"4000\",8192,2,1000,\"V100|A100\",LS,Running,3700,11000,"
                            "3800,\"say \"\"hi\"\"\"\r\n"
                            "\r\n";
    TraceImportResult r;
    QString error;
    QVERIFY2(importAlibabaPodTrace(write(QStringLiteral("crlf.csv"), text), r, &error),
             qPrintable(error));
    QCOMPARE(r.jobs.size(), std::size_t(2));
    QCOMPARE(r.jobs[0].vcpus, 2.0);
    QCOMPARE(r.jobs[0].workloadClass, std::string(kTraceAnalyticsClass));
    QCOMPARE(r.jobs[0].durationHours, 2.0);
    QCOMPARE(r.jobs[1].arrivalHours, 1.0);
    QCOMPARE(r.jobs[1].gpus, 2);
    QCOMPARE(r.summary.arrivalsPerHour, (std::vector<double>{1.0, 1.0}));
}

void TestTraceImporter::sharedGpuPodBecomesFraction_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<double>("fraction");
    QTest::newRow("whole") << QByteArray("1000,1024,1,1000") << 1 << 0.0;
    QTest::newRow("shared") << QByteArray("1000,1024,1,250") << 0 << 0.25;
    QTest::newRow("eight") << QByteArray("1000,1024,8,1000") << 8 << 0.0;
    QTest::newRow("cpu") << QByteArray("1000,1024,0,0") << 0 << 0.0;
}

void TestTraceImporter::sharedGpuPodBecomesFraction()
{
    QFETCH(QByteArray, row);
    QFETCH(int, gpus);
    QFETCH(double, fraction);
    const QByteArray text = "cpu_milli,memory_mib,num_gpu,gpu_milli,creation_time,deletion_time,"
                            "scheduled_time\n" +
                            row + ",0,60,0\n";
    TraceImportResult r;
    QString error;
    QVERIFY2(importAlibabaPodTrace(write(QStringLiteral("one.csv"), text), r, &error),
             qPrintable(error));
    QCOMPARE(r.jobs.front().gpus, gpus);
    QCOMPARE(r.jobs.front().gpuFraction, fraction);
}

void TestTraceImporter::malformedFilesGiveClearErrors_data()
{
    const QByteArray header = "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,"
                              "creation_time,deletion_time,scheduled_time\n";
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("header only") << header << QStringLiteral("no data rows");
    QTest::newRow("truncated") << header + "p,1000,1024,1,1000,,LS,Running,0,10\n"
                               << QStringLiteral("line 2: truncated row: 10 fields");
    QTest::newRow("bad number") << header + "p,1000,lots,1,1000,,LS,Running,0,10,0\n"
                                << QStringLiteral(
                                       "line 2, column 3 (memory_mib): \"lots\" is not a number");
    QTest::newRow("negative") << header + "p,1000,1024,1,1000,,LS,Running,-5,10,0\n"
                              << QStringLiteral("line 2, column 9 (creation_time): -5 is negative");
    QTest::newRow("fractional gpu count") << header + "p,1000,1024,1.5,1000,,LS,Running,0,10,0\n"
                                          << QStringLiteral("column 4 (num_gpu): \"1.5\" is not "
                                                            "a whole number");
    QTest::newRow("missing column")
        << QByteArray("name,cpu_milli,memory_mib,num_gpu,creation_time,deletion_time,"
                      "scheduled_time\np,1,1,0,0,1,0\n")
        << QStringLiteral("line 1: missing column \"gpu_milli\"");
    QTest::newRow("latin1") << header + "p\xE9,1000,1024,1,1000,,LS,Running,0,10,0\n"
                            << QStringLiteral("line 2, column 2: invalid UTF-8 byte 0xe9");
    QByteArray utf16("\xFF\xFE");
    for (char c : header)
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    QTest::newRow("utf16") << utf16 << QStringLiteral("UTF-16");
    QTest::newRow("utf16 without BOM") << utf16.mid(2) << QStringLiteral("NUL byte");
    QTest::newRow("unclosed quote") << header + "\"p,1000,1024,1,1000,,LS,Running,0,10,0\n"
                                    << QStringLiteral("line 2: quoted field never closed");
    QTest::newRow("all pending") << header + "p,1000,1024,1,1000,,LS,Pending,0,10,\n"
                                 << QStringLiteral("no usable pod");
}

void TestTraceImporter::malformedFilesGiveClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("bad.csv"), bytes);
    TraceImportResult r;
    QString error;
    QVERIFY(!importAlibabaPodTrace(path, r, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!importAlibabaPodTrace(path + QStringLiteral(".missing"), r, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

void TestTraceImporter::workloadFileRoundTrips()
{
    TraceImportResult r;
    QString error;
    QVERIFY(importAlibabaPodTrace(
        test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv")), r, &error));
    TraceImportResult again;
    QVERIFY2(traceWorkloadFromJson(traceWorkloadToJson(r, QStringLiteral("x.csv")), again, &error),
             qPrintable(error));
    QCOMPARE(again.jobs.size(), r.jobs.size());
    QCOMPARE(again.jobs.back().arrivalHours, r.jobs.back().arrivalHours);
    QCOMPARE(again.jobs.back().workloadClass, r.jobs.back().workloadClass);
    QCOMPARE(again.jobs[1].gpuFraction, r.jobs[1].gpuFraction);
    QCOMPARE(again.summary.rowsRead, r.summary.rowsRead);
    QCOMPARE(again.summary.gpuHours, r.summary.gpuHours);
    QCOMPARE(again.summary.arrivalsPerHour, r.summary.arrivalsPerHour);
}

void TestTraceImporter::workloadFileErrorsNamePath()
{
    TraceImportResult r;
    QString error;
    QVERIFY(!traceWorkloadFromJson(R"({"format":"nephos-trace-workload","trace_jobs":[
        {"arrival_h":0,"duration_h":1,"vcpus":2,"memory_gib":4,"workload_class":"x"},
        {"arrival_h":0,"duration_h":-1,"vcpus":2,"memory_gib":4,"workload_class":"x"}]})",
                                   r, &error, QStringLiteral("w.json")));
    QVERIFY2(error.startsWith(QStringLiteral("w.json: trace_jobs[1].duration_h: -1 is out of "
                                             "range")),
             qPrintable(error));
    QVERIFY(!traceWorkloadFromJson("{\"format\":\"nephos-data-pack\"}", r, &error));
    QVERIFY2(error.startsWith(QStringLiteral("format: expected")), qPrintable(error));
    QVERIFY(!traceWorkloadFromJson("[1,", r, &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 1, column")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTraceImporter)
#include "tst_trace_importer.moc"
