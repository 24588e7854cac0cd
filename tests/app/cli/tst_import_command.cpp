#include "data/DataPackJson.h"
#include "data/TraceWorkloadJson.h"
#include "data/WorldOutline.h"

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace nephos;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NEPHOS_CLI_PATH), QStringList{QStringLiteral("import")} + args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString data(const char* rel)
{
    return test::sharedDataFile(QLatin1String(rel));
}

QString outFile(const QString& name)
{
    const QString path =
        test::testOutputDir(QStringLiteral("cli-import")) + QLatin1Char('/') + name;
    QFile::remove(path);
    return path;
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTraceAsWorkload();
    void importsCatalogAsPack();
    void importsNetworkWithFlaggedEstimates();
    void chainsRegionsAndEnergyWithBase();
    void importsGeoOutline();
    void unreadableFileExitsOne();
    void malformedFileExitsOneWithPosition();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
};

void TestImportCommand::importsTraceAsWorkload()
{
    const QString out = outFile(QStringLiteral("trace.json"));
    const CliRun r = runCli({QStringLiteral("trace"), data("traces/openb_pod_list_default.csv"),
                             QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("8152 pods, 7255 jobs")), qPrintable(r.out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    TraceImportResult trace;
    QString error;
    QVERIFY2(traceWorkloadFromJson(f.readAll(), trace, &error, out), qPrintable(error));
    QCOMPARE(trace.jobs.size(), std::size_t(7255));
    QCOMPARE(trace.summary.rowsRead, std::int64_t(8152));
    QCOMPARE(trace.summary.rowsSkipped, std::int64_t(897));
    QVERIFY(trace.summary.gpuHours > 0);
    QCOMPARE(trace.jobs.front().vcpus, 12.0); // openb-pod-0000: 12000 milli-CPU
}

void TestImportCommand::importsCatalogAsPack()
{
    const QString out = outFile(QStringLiteral("catalog.json"));
    const CliRun r = runCli({QStringLiteral("catalog"), data("catalog/prices.csv"),
                             data("catalog/skypilot/azure_vms.csv"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("prices.csv, 16392 rows read")), qPrintable(r.out));
    DataPack pack;
    QString error;
    QVERIFY2(loadDataPack(out, pack, &error), qPrintable(error));
    // SkyPilot's Azure rows are US regions; prices.csv has other Azure regions too.
    QVERIFY(pack.offers.size() > 16392);
    QCOMPARE(pack.providers.size(), std::size_t(3));
}

void TestImportCommand::importsNetworkWithFlaggedEstimates()
{
    const QString out = outFile(QStringLiteral("network.json"));
    const CliRun r = runCli({QStringLiteral("network"), data("network/throughput.csv"),
                             data("network/latency.csv"), data("network/egress_cost.csv"),
                             QStringLiteral("--regions"), data("geo/regions.csv"),
                             QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    DataPack pack;
    QString error;
    QVERIFY2(loadDataPack(out, pack, &error), qPrintable(error));
    int estimated = 0;
    for (const NetworkLink& l : pack.network) {
        QVERIFY(l.throughputGbps > 0 && l.rttMs > 0);
        estimated += l.throughputEstimated + l.rttEstimated + l.egressEstimated;
    }
    QVERIFY(estimated > 0);
    QVERIFY(pack.constants.count("network_fit_log_gbps_per_km") == 1);
    QVERIFY2(r.out.contains(QStringLiteral("network gaps estimated")), qPrintable(r.out));
}

void TestImportCommand::chainsRegionsAndEnergyWithBase()
{
    const QString regions = outFile(QStringLiteral("regions.json"));
    CliRun r = runCli(
        {QStringLiteral("regions"), data("geo/regions.csv"), QStringLiteral("--out"), regions});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString energy = outFile(QStringLiteral("energy.json"));
    r = runCli({QStringLiteral("energy"), data("energy/region_pue.csv"),
                data("energy/grid_emissions.csv"), data("energy/cpu_power_coefficients.csv"),
                data("energy/gpu_specs.csv"), QStringLiteral("--base"), regions,
                QStringLiteral("--out"), energy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    DataPack pack;
    QString error;
    QVERIFY2(loadDataPack(energy, pack, &error), qPrintable(error));
    QCOMPARE(pack.regions.size(), std::size_t(135));
    QCOMPARE(pack.gpuModels.size(), std::size_t(20));
    for (const Region& g : pack.regions)
        if (g.id == "aws:us-east-1") {
            QCOMPARE(g.pue, 1.15);
            QVERIFY(!g.pueEstimated && !g.carbonEstimated);
        }
    QVERIFY(pack.constants.count("cpu_max_watts_per_vcpu:azure") == 1);
}

void TestImportCommand::importsGeoOutline()
{
    const QString out = outFile(QStringLiteral("world.json"));
    const CliRun r = runCli(
        {QStringLiteral("geo"), data("geo/world_countries.geojson"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    WorldOutline w;
    QString error;
    QVERIFY2(worldOutlineFromJson(f.readAll(), w, &error), qPrintable(error));
    QCOMPARE(w.countries.size(), std::size_t(177));
}

void TestImportCommand::unreadableFileExitsOne()
{
    const QString missing = outFile(QStringLiteral("missing.csv"));
    const QString out = outFile(QStringLiteral("never.json"));
    for (const char* kind : {"catalog", "network", "regions", "energy", "geo", "trace"}) {
        const CliRun r = runCli({QLatin1String(kind), missing, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(missing + QStringLiteral(": cannot read")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
}

void TestImportCommand::malformedFileExitsOneWithPosition()
{
    const QString bad = outFile(QStringLiteral("bad_throughput.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("src_region,dst_region,throughput_gbps\r\naws:a,aws:b,1\r\naws:a,aws:c,n/a\r\n");
    f.close();
    const QString out = outFile(QStringLiteral("bad.json"));
    const CliRun r = runCli({QStringLiteral("network"), bad, QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": line 3, column 3 (throughput_gbps): \"n/a\" "
                                                 "is not a number")),
             qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
}

void TestImportCommand::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("prices"), QStringLiteral("x.csv"),
                                                 QStringLiteral("--out"), QStringLiteral("y")};
    QTest::newRow("no file") << QStringList{QStringLiteral("catalog"), QStringLiteral("--out"),
                                            QStringLiteral("y")};
    QTest::newRow("no out") << QStringList{QStringLiteral("catalog"), QStringLiteral("x.csv")};
    QTest::newRow("two traces") << QStringList{QStringLiteral("trace"), QStringLiteral("a"),
                                               QStringLiteral("b"), QStringLiteral("--out"),
                                               QStringLiteral("y")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("geo"), QStringLiteral("a"), QStringLiteral("--fast")};
}

void TestImportCommand::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Usage: nephos-cli import")), qPrintable(r.err));
}

QTEST_MAIN(TestImportCommand)
#include "tst_import_command.moc"
