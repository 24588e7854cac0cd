#include "data/CsvTable.h"
#include "data/PriceCatalogImporter.h"
#include "data/SkyPilotCatalogImporter.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <map>

using namespace nephos;

namespace {

const Offer* findOffer(const DataPack& p, const std::string& region, const std::string& type)
{
    for (const Offer& o : p.offers)
        if (o.region == region && o.instanceType == type)
            return &o;
    return nullptr;
}

const InstanceType* findType(const DataPack& p, const std::string& name)
{
    for (const InstanceType& t : p.instanceTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("catalog")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

class TestCatalogImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsPricesCsv();
    void importsPricesAllRegions();
    void skyPilotMatchesReducedCatalog_data();
    void skyPilotMatchesReducedCatalog();
    void skyPilotGcpAddsGpuPricePerZone();
    void skyPilotQuirksAreReported();
    void gcpMachineGpuNames();
    void toleratesCrlfBomQuotesExtraColumns();
    void malformedCatalogsGiveClearErrors_data();
    void malformedCatalogsGiveClearErrors();
    void failedImportLeavesPackUnchanged();
};

void TestCatalogImporter::importsPricesCsv()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/prices.csv")), pack,
                                report, &error),
             qPrintable(error));
    QCOMPARE(report.layout, std::string("prices.csv"));
    QCOMPARE(report.rowsRead, 16392LL); // catalog/README.md
    QCOMPARE(pack.offers.size(), std::size_t(16392));
    QCOMPARE(pack.providers.size(), std::size_t(3));
    // First data row: aws,ap-northeast-1,g2.2xlarge,8,15,K520,1,0.898,,…
    const Offer* g2 = findOffer(pack, "aws:ap-northeast-1", "g2.2xlarge");
    QVERIFY(g2);
    QCOMPARE(g2->onDemandUsdPerHour, 0.898);
    QCOMPARE(g2->spotUsdPerHour, -1.0);
    const InstanceType* t = findType(pack, "g2.2xlarge");
    QVERIFY(t);
    QCOMPARE(t->vcpus, 8.0);
    QCOMPARE(t->memoryGib, 15.0);
    QCOMPARE(t->gpuModel, std::string("K520"));
    QCOMPARE(t->gpuCount, 1);
    // Fractional partitions keep the MODEL:a/b form with no whole GPU.
    int fractional = 0;
    for (const InstanceType& x : pack.instanceTypes)
        if (x.gpuModel.find(':') != std::string::npos) {
            QCOMPARE(x.gpuCount, 0);
            ++fractional;
        }
    QVERIFY(fractional > 0);
    // README: two AWS rows have spot slightly above on-demand.
    bool warned = false;
    for (const std::string& w : report.warnings)
        warned = warned || w.rfind("2 offers have a spot price above on-demand", 0) == 0;
    QVERIFY(warned);
}

void TestCatalogImporter::importsPricesAllRegions()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(
        importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/prices_all_regions.csv")),
                           pack, report, &error),
        qPrintable(error));
    QCOMPARE(report.rowsRead, 24766LL);
    QCOMPARE(pack.offers.size(), std::size_t(24766));
}

void TestCatalogImporter::skyPilotMatchesReducedCatalog_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<long long>("rows");
    QTest::newRow("aws") << QStringLiteral("aws_vms.csv") << QStringLiteral("aws") << 36411LL;
    QTest::newRow("azure") << QStringLiteral("azure_vms.csv") << QStringLiteral("azure") << 5969LL;
    QTest::newRow("gcp") << QStringLiteral("gcp_vms.csv") << QStringLiteral("gcp") << 20780LL;
}

void TestCatalogImporter::skyPilotMatchesReducedCatalog()
{
    QFETCH(QString, file);
    QFETCH(QString, provider);
    QFETCH(long long, rows);
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/skypilot/") + file),
                                pack, report, &error),
             qPrintable(error));
    QCOMPARE(report.layout, std::string("skypilot"));
    QCOMPARE(report.rowsRead, rows);
    // prices_all_regions.csv is the same source collapsed per (type, region) (its README):
    // every one of its rows must match ours, and we must have no other pair.
    CsvTable reduced;
    QVERIFY(CsvTable::read(test::sharedDataFile(QStringLiteral("catalog/prices_all_regions.csv")),
                           reduced, &error));
    const int cP = reduced.column(QStringLiteral("provider"));
    const int cT = reduced.column(QStringLiteral("instance_type"));
    const int cR = reduced.column(QStringLiteral("region"));
    const int cOd = reduced.column(QStringLiteral("price_usd_per_hour"));
    const int cSpot = reduced.column(QStringLiteral("spot_price_usd_per_hour"));
    std::map<std::string, const Offer*> ours;
    for (const Offer& o : pack.offers)
        ours[o.region + '/' + o.instanceType] = &o;
    std::size_t matched = 0;
    for (int i = 0; i < reduced.rowCount(); ++i) {
        if (reduced.field(i, cP) != provider)
            continue;
        const std::string key =
            QString(provider + QLatin1Char(':') + reduced.field(i, cR)).toStdString() + '/' +
            reduced.field(i, cT).toStdString();
        const auto it = ours.find(key);
        QVERIFY2(it != ours.end(), key.c_str());
        NEPHOS_FUZZY_COMPARE(it->second->onDemandUsdPerHour, reduced.field(i, cOd).toDouble(),
                             1e-9);
        if (reduced.field(i, cSpot).isEmpty())
            QVERIFY2(it->second->spotUsdPerHour < 0, key.c_str());
        else
            NEPHOS_FUZZY_COMPARE(it->second->spotUsdPerHour, reduced.field(i, cSpot).toDouble(),
                                 1e-9);
        ++matched;
    }
    QCOMPARE(matched, pack.offers.size());
}

void TestCatalogImporter::skyPilotGcpAddsGpuPricePerZone()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY(importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/skypilot/gcp_vms.csv")),
                               pack, report, &error));
    // prices_all_regions.md: a3-highgpu-8g costs 43.07 $/h in us-central1, 87.83 in us-east4.
    const Offer* central = findOffer(pack, "gcp:us-central1", "a3-highgpu-8g");
    const Offer* east4 = findOffer(pack, "gcp:us-east4", "a3-highgpu-8g");
    QVERIFY(central && east4);
    NEPHOS_FUZZY_COMPARE(central->onDemandUsdPerHour, 43.07, 1e-3);
    NEPHOS_FUZZY_COMPARE(east4->onDemandUsdPerHour, 87.83, 1e-3);
    const InstanceType* a3 = findType(pack, "a3-highgpu-8g");
    QCOMPARE(a3->gpuModel, std::string("H100"));
    QCOMPARE(a3->gpuCount, 8);
    // Accelerator-only rows do not become instance types.
    QVERIFY(!findType(pack, ""));
}

void TestCatalogImporter::skyPilotQuirksAreReported()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY(importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/skypilot/gcp_vms.csv")),
                               pack, report, &error));
    std::string all;
    for (const std::string& w : report.warnings)
        all += w + '\n';
    // prices_all_regions.md: 48 empty-Price rows, 7 GPU host zones without a GPU price, 8
    // pairs with spot above on-demand.
    QVERIFY2(all.find("48 machine rows skipped: empty or zero Price") != std::string::npos,
             all.c_str());
    QVERIFY2(all.find("7 GPU machine zone rows skipped") != std::string::npos, all.c_str());
    QVERIFY2(all.find("8 offers have a spot price above on-demand") != std::string::npos,
             all.c_str());
    DataPack azure;
    ImportReport azureReport;
    QVERIFY(
        importPriceCatalog(test::sharedDataFile(QStringLiteral("catalog/skypilot/azure_vms.csv")),
                           azure, azureReport, &error));
    QCOMPARE(azureReport.rowsRead - azureReport.rowsUsed, 66LL); // 66 rows with an empty Price
}

void TestCatalogImporter::gcpMachineGpuNames()
{
    std::string model, price;
    int count = 0;
    QVERIFY(gcpMachineGpu("a2-ultragpu-4g", model, count, price));
    QCOMPARE(model, std::string("A100-80GB"));
    QCOMPARE(count, 4);
    QVERIFY(gcpMachineGpu("a3-megagpu-8g", model, count, price));
    QCOMPARE(price, std::string("H100-MEGA"));
    QVERIFY(gcpMachineGpu("g2-standard-48", model, count, price));
    QCOMPARE(count, 4);
    QVERIFY(!gcpMachineGpu("n2-standard-8", model, count, price));
    QCOMPARE(normaliseGpuName("Radeon MI25"), std::string("MI25"));
    QCOMPARE(normaliseGpuName("Inferentia2"), std::string());
    QCOMPARE(normaliseGpuName("tpu-v4-8"), std::string());
}

void TestCatalogImporter::toleratesCrlfBomQuotesExtraColumns()
{
    const QByteArray flat =
        "\xEF\xBB\xBF"
        "note,provider,region,instance_type,vcpus,memory_gib,gpu_model,gpu_count,"
        "price_usd_per_hour,spot_price_usd_per_hour,source\r\n"
        "x,aws,us-east-1,\"m5.large\",2,8,,0,0.096,0.04,\"od=A;spot=B\"\r\n";
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(importPriceCatalog(writeFile(QStringLiteral("flat.csv"), flat), pack, report, &error),
             qPrintable(error));
    QCOMPARE(pack.offers.at(0).spotUsdPerHour, 0.04);
    const QByteArray sky =
        "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,"
        "Region,AvailabilityZone\r\n"
        "p3.2xlarge,V100,1.0,8.0,61.0,\"{'Gpus': [{'Name': 'V100', 'Count': 1}]}\",3.06,0.9,"
        "us-east-1,use1-az1\r\n"
        "p3.2xlarge,V100,1.0,8.0,61.0,\"{'Gpus': [{'Name': 'V100', 'Count': 1}]}\",3.00,,"
        "us-east-1,use1-az2\r\n";
    DataPack skyPack;
    QVERIFY2(importPriceCatalog(writeFile(QStringLiteral("aws_small.csv"), sky), skyPack, report,
                                &error),
             qPrintable(error));
    QCOMPARE(skyPack.offers.size(), std::size_t(1));
    QCOMPARE(skyPack.offers.at(0).onDemandUsdPerHour, 3.0); // lowest zone price
    QCOMPARE(skyPack.offers.at(0).spotUsdPerHour, 0.9);     // lowest non-empty spot
    QCOMPARE(skyPack.offers.at(0).region, std::string("aws:us-east-1"));
}

void TestCatalogImporter::malformedCatalogsGiveClearErrors_data()
{
    const QByteArray header = "provider,region,instance_type,vcpus,memory_gib,gpu_model,gpu_count,"
                              "price_usd_per_hour,spot_price_usd_per_hour\n";
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty file");
    QTest::newRow("blank lines") << QByteArray("\n\r\n") << QStringLiteral("empty file");
    QTest::newRow("header only") << header << QStringLiteral("no data rows");
    QTest::newRow("truncated") << header + "aws,us-east-1,m5.large,2,8,,0\n"
                               << QStringLiteral("line 2: truncated row");
    QTest::newRow("bad price") << header + "aws,us-east-1,m5.large,2,8,,0,0.0x96,\n"
                               << QStringLiteral("line 2, column 8 (price_usd_per_hour): "
                                                 "\"0.0x96\" is not a number");
    QTest::newRow("zero price") << header + "aws,us-east-1,m5.large,2,8,,0,0,\n"
                                << QStringLiteral("column 8 (price_usd_per_hour): 0 must be "
                                                  "positive");
    QTest::newRow("bad gpu count") << header + "aws,us-east-1,p3,8,61,V100,one,3,\n"
                                   << QStringLiteral("column 7 (gpu_count): \"one\" is not a "
                                                     "number");
    QTest::newRow("unknown provider") << header + "ibm,us-east,x,2,8,,0,1,\n"
                                      << QStringLiteral("unknown provider \"ibm\"");
    QTest::newRow("duplicate") << header + "aws,us-east-1,m5.large,2,8,,0,1,\n"
                                           "aws,us-east-1,m5.large,2,8,,0,1,\n"
                               << QStringLiteral("line 3: duplicate row for m5.large in "
                                                 "aws:us-east-1 (first at line 2)");
    QTest::newRow("missing column")
        << QByteArray("provider,region,instance_type,vcpus\naws,a,b,2\n")
        << QStringLiteral("missing column \"memory_gib\"");
    QTest::newRow("latin1") << header + "aws,us-east-1,caf\xE9,2,8,,0,1,\n"
                            << QStringLiteral("line 2, column 18: invalid UTF-8 byte 0xe9");
    QByteArray utf16("\xFE\xFF");
    for (char c : header)
        utf16 += QByteArray(1, '\0') + QByteArray(1, c);
    QTest::newRow("utf16") << utf16 << QStringLiteral("UTF-16");
    QTest::newRow("skypilot bad vcpus")
        << QByteArray("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,"
                      "Price,SpotPrice,Region,AvailabilityZone\n"
                      "m5.large,,,two,8.0,,0.096,,us-east-1,use1-az1\n")
        << QStringLiteral("line 2, column 4 (vCPUs): \"two\" is not a number");
    QTest::newRow("skypilot missing column")
        << QByteArray("InstanceType,vCPUs,MemoryGiB,Price,Region\nm5.large,2,8,0.1,us-east-1\n")
        << QStringLiteral("missing column \"AcceleratorName\"");
}

void TestCatalogImporter::malformedCatalogsGiveClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("bad_catalog.csv"), bytes);
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY(!importPriceCatalog(path, pack, report, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestCatalogImporter::failedImportLeavesPackUnchanged()
{
    DataPack pack;
    ImportReport report;
    QString error;
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   "provider,region,instance_type,vcpus,memory_gib,gpu_model,"
                                   "gpu_count,price_usd_per_hour,spot_price_usd_per_hour\n"
                                   "aws,us-east-1,m5.large,2,8,,0,0.096,\n");
    QVERIFY(importPriceCatalog(good, pack, report, &error));
    const QString bad = writeFile(QStringLiteral("bad.csv"),
                                  "provider,region,instance_type,vcpus,memory_gib,gpu_model,"
                                  "gpu_count,price_usd_per_hour,spot_price_usd_per_hour\n"
                                  "aws,us-east-1,m5.xlarge,4,16,,0,0.192,\n"
                                  "aws,us-east-1,m5.2xlarge,8,32,,0,-1,\n");
    QVERIFY(!importPriceCatalog(bad, pack, report, &error));
    QCOMPARE(pack.offers.size(), std::size_t(1));
    QVERIFY(!importPriceCatalog(bad + QStringLiteral(".missing"), pack, report, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCatalogImporter)
#include "tst_catalog_importer.moc"
