#include "data/DefaultDataPack.h"
#include "data/EnergyImporter.h"
#include "data/RegionImporter.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace nephos;

namespace {

const Region* findRegion(const DataPack& p, const std::string& id)
{
    for (const Region& r : p.regions)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("energy")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

bool importEnergy(DataPack& pack, const char* file, ImportReport& report)
{
    QString error;
    const bool ok =
        importEnergyFile(test::sharedDataFile(QLatin1String(file)), pack, report, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace

class TestRegionEnergyImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRegions();
    void energyBeforeRegionsFillsThem();
    void energyAfterRegionsUpdatesThem();
    void cpuCoefficientsBecomeProviderMeans();
    void gpuSpecsKeepKnownWattsAndEstimateOthers();
    void malformedFilesGiveClearErrors_data();
    void malformedFilesGiveClearErrors();
};

void TestRegionEnergyImporter::importsRegions()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(importRegions(test::sharedDataFile(QStringLiteral("geo/regions.csv")), pack, report,
                           &error),
             qPrintable(error));
    QCOMPARE(report.rowsRead, 135LL); // README: 135 rows (33 aws, 59 azure, 43 gcp)
    QCOMPARE(pack.regions.size(), std::size_t(135));
    int aws = 0;
    for (const Region& r : pack.regions)
        aws += r.provider == "aws";
    QCOMPARE(aws, 33);
    // aws,af-south-1,Africa (Cape Town),-33.9253,18.4239,ZAF,gsf:2024
    const Region* cape = findRegion(pack, "aws:af-south-1");
    QVERIFY(cape);
    QCOMPARE(cape->name, std::string("Africa (Cape Town)"));
    QCOMPARE(cape->latitude, -33.9253);
    QCOMPARE(cape->longitude, 18.4239);
    QVERIFY(cape->pueEstimated && cape->carbonEstimated); // no energy file imported yet
    QCOMPARE(cape->pue, 1.135);                           // CCF AWS PUE_AVG
    QCOMPARE(pack.providers.size(), std::size_t(3));
}

void TestRegionEnergyImporter::energyBeforeRegionsFillsThem()
{
    DataPack pack;
    ImportReport report;
    QVERIFY(importEnergy(pack, "energy/region_pue.csv", report));
    QCOMPARE(report.rowsRead, 62LL); // README: 62 rows
    QVERIFY(importEnergy(pack, "energy/grid_emissions.csv", report));
    QCOMPARE(report.rowsRead, 133LL); // README: 133 rows
    QCOMPARE(pack.regionEnergy.at("aws:us-east-1").pue, 1.15);
    QCOMPARE(pack.regionEnergy.at("aws:us-east-1").pueYear, 2024);
    QCOMPARE(pack.regionEnergy.at("aws:us-east-1").carbonKgPerKwh, 0.415755);
    QCOMPARE(pack.regionEnergy.at("aws:us-east-1").carbonSource,
             std::string("ccf-coefficients:EPA"));
    QString error;
    QVERIFY(importRegions(test::sharedDataFile(QStringLiteral("geo/regions.csv")), pack, report,
                          &error));
    const Region* r = findRegion(pack, "aws:us-east-1");
    QCOMPARE(r->pue, 1.15);
    QVERIFY(!r->pueEstimated && !r->carbonEstimated);
    // README: aws:ca-west-1 has no grid factor.
    QVERIFY(findRegion(pack, "aws:ca-west-1")->carbonEstimated);
}

void TestRegionEnergyImporter::energyAfterRegionsUpdatesThem()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY(importRegions(test::sharedDataFile(QStringLiteral("geo/regions.csv")), pack, report,
                          &error));
    QVERIFY(findRegion(pack, "azure:southeastasia")->pueEstimated);
    QVERIFY(importEnergy(pack, "energy/region_pue.csv", report));
    const Region* r = findRegion(pack, "azure:southeastasia");
    QCOMPARE(r->pue, 1.34); // azure,southeastasia,1.34,2023
    QVERIFY(!r->pueEstimated);
}

void TestRegionEnergyImporter::cpuCoefficientsBecomeProviderMeans()
{
    DataPack pack;
    InstanceType t;
    t.name = "n2-standard-8";
    t.provider = "gcp";
    t.vcpus = 8;
    pack.instanceTypes.push_back(t);
    ImportReport report;
    QVERIFY(importEnergy(pack, "energy/cpu_power_coefficients.csv", report));
    QCOMPARE(report.rowsRead, 37LL); // README: 37 rows
    QCOMPARE(pack.constants.at("cpu_min_watts_per_vcpu:aws:Broadwell").value, 0.712834);
    QCOMPARE(pack.constants.at("cpu_max_watts_per_vcpu:gcp:Skylake").value, 3.867946);
    // The embedded pack uses the same means (scripts/derive_facts.py).
    const DataPack def = defaultDataPack();
    for (const char* k : {"cpu_min_watts_per_vcpu:aws", "cpu_max_watts_per_vcpu:azure",
                          "cpu_max_watts_per_vcpu:gcp"})
        NEPHOS_FUZZY_COMPARE(pack.constants.at(k).value, def.constants.at(k).value, 1e-6);
    NEPHOS_FUZZY_COMPARE(pack.instanceTypes[0].cpuMaxWattsPerVcpu,
                         pack.constants.at("cpu_max_watts_per_vcpu:gcp").value, 1e-12);
}

void TestRegionEnergyImporter::gpuSpecsKeepKnownWattsAndEstimateOthers()
{
    DataPack pack;
    GpuModel t4;
    t4.name = "T4";
    t4.idleWatts = 8;
    t4.maxWatts = 71;
    pack.gpuModels.push_back(t4);
    ImportReport report;
    QVERIFY(importEnergy(pack, "energy/gpu_specs.csv", report));
    QCOMPARE(report.rowsRead, 20LL); // README: 20 rows
    QCOMPARE(pack.gpuModels.size(), std::size_t(20));
    const GpuModel* h100 = nullptr;
    const GpuModel* t4After = nullptr;
    for (const GpuModel& g : pack.gpuModels) {
        if (g.name == "H100")
            h100 = &g;
        if (g.name == "T4")
            t4After = &g;
    }
    QVERIFY(h100 && t4After);
    QCOMPARE(h100->fp32Tflops, 67.0); // H100,67,989,80,700
    QCOMPARE(h100->fp16Tflops, 989.0);
    const DataPack def = defaultDataPack();
    NEPHOS_FUZZY_COMPARE(h100->maxWatts,
                         700.0 * def.constants.at("gpu_max_watts_per_tdp_watt").value, 1e-12);
    QVERIFY(pack.factSources.at("gpu:H100").find("estimated from TDP") != std::string::npos);
    QCOMPARE(t4After->maxWatts, 71.0); // CCF figure kept
    QCOMPARE(t4After->fp16Tflops, 65.0);
}

void TestRegionEnergyImporter::malformedFilesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("regions");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty file");
    QTest::newRow("unknown layout")
        << QByteArray("a,b\n1,2\n") << false << QStringLiteral("line 1: not an energy file");
    QTest::newRow("pue below 1") << QByteArray("provider,region,pue,year\naws,x,0.9,2024\n")
                                 << false
                                 << QStringLiteral("line 2, column 3 (pue): 0.9 is out of range");
    QTest::newRow("bad year") << QByteArray("provider,region,pue,year\naws,x,1.2,soon\n") << false
                              << QStringLiteral("column 4 (year): \"soon\" is not a number");
    QTest::newRow("duplicate") << QByteArray("provider,region,kg_co2e_per_kwh\naws,x,0.4\naws,x,"
                                             "0.5\n")
                               << false << QStringLiteral("line 3: duplicate region aws:x");
    QTest::newRow("max below min") << QByteArray("provider,microarchitecture,min_watts_per_vcpu,"
                                                 "max_watts_per_vcpu\naws,X,3,1\n")
                                   << false << QStringLiteral("max 1 W is below min 3 W");
    QTest::newRow("gpu missing tdp") << QByteArray("gpu_model,fp32_tflops,fp16_tensor_tflops_dense,"
                                                   "memory_gb\nT4,8,65,16\n")
                                     << false << QStringLiteral("missing column \"tdp_w\"");
    QTest::newRow("truncated") << QByteArray("provider,region,pue,year\naws,x,1.2\n") << false
                               << QStringLiteral("line 2: truncated row");
    QTest::newRow("regions bad latitude")
        << QByteArray("provider,region,display_name,latitude,longitude\naws,x,X,95,0\n") << true
        << QStringLiteral("line 2, column 4 (latitude): 95 is not a latitude");
    QTest::newRow("regions missing longitude")
        << QByteArray("provider,region,latitude\naws,x,1\n") << true
        << QStringLiteral("missing column \"longitude\"");
    QTest::newRow("regions utf16")
        << QByteArray("\xFF\xFEp\0r\0", 6) << true << QStringLiteral("UTF-16");
}

void TestRegionEnergyImporter::malformedFilesGiveClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, regions);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("bad_energy.csv"), bytes);
    DataPack pack;
    ImportReport report;
    QString error;
    const bool ok = regions ? importRegions(path, pack, report, &error)
                            : importEnergyFile(path, pack, report, &error);
    QVERIFY(!ok);
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(pack.regions.empty() && pack.regionEnergy.empty() && pack.constants.empty());
}

QTEST_GUILESS_MAIN(TestRegionEnergyImporter)
#include "tst_region_energy_importer.moc"
