#include "data/CsvTable.h"
#include "data/DataPackJson.h"
#include "data/DefaultDataPack.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace nephos;

class TestDefaultPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithExpectedShape();
    void offersReferToKnownRegionsAndTypes();
    void fullNetworkMatrixWithVisibleEstimates();
    void energyConstantsPresent();
    void regionFactsMatchPublicFiles();
    void offerPricesMatchPublicCatalog();
    void roundTripsThroughJson();
    void syntaxErrorNamesLineAndColumn();
    void typeErrorNamesJsonPath();
    void missingFileIsAnError();
};

void TestDefaultPack::loadsWithExpectedShape()
{
    const DataPack pack = defaultDataPack();
    QVERIFY(pack.regions.size() >= 12 && pack.regions.size() <= 20);
    QVERIFY(pack.instanceTypes.size() >= 30 && pack.instanceTypes.size() <= 60);
    std::set<std::string> providers;
    for (const Region& r : pack.regions)
        providers.insert(r.provider);
    QCOMPARE(providers, (std::set<std::string>{"aws", "azure", "gcp"}));
    QCOMPARE(pack.providers.size(), std::size_t(3));
    // From a small CPU VM (2 vCPU, 4 GiB) to 8-GPU machines, with a 4-GPU type per provider.
    bool small = false;
    bool eightGpu = false;
    std::set<std::string> fourGpuProviders;
    for (const InstanceType& t : pack.instanceTypes) {
        small = small || (t.vcpus == 2 && t.memoryGib == 4 && t.gpuCount == 0);
        eightGpu = eightGpu || t.gpuCount == 8;
        if (t.gpuCount == 4 && t.vcpus >= 48)
            fourGpuProviders.insert(t.provider);
        QVERIFY2(t.cpuMaxWattsPerVcpu > t.cpuMinWattsPerVcpu && t.cpuMinWattsPerVcpu > 0,
                 t.name.c_str());
        if (t.gpuCount > 0)
            QVERIFY2(pack.gpuModels.end() !=
                         std::find_if(pack.gpuModels.begin(), pack.gpuModels.end(),
                                      [&](const GpuModel& g) { return g.name == t.gpuModel; }),
                     t.name.c_str());
    }
    QVERIFY(small);
    QVERIFY(eightGpu);
    QCOMPARE(fourGpuProviders.size(), std::size_t(3));
    for (const GpuModel& g : pack.gpuModels) {
        QVERIFY2(g.fp32Tflops > 0 && g.fp16Tflops >= g.fp32Tflops, g.name.c_str());
        QVERIFY2(g.maxWatts > g.idleWatts && g.idleWatts > 0, g.name.c_str());
        QVERIFY2(pack.factSources.count("gpu:" + g.name) == 1, g.name.c_str());
    }
    QVERIFY(!pack.provenance.empty());
}

void TestDefaultPack::offersReferToKnownRegionsAndTypes()
{
    const DataPack pack = defaultDataPack();
    std::set<std::string> regions;
    std::set<std::string> types;
    for (const Region& r : pack.regions)
        regions.insert(r.id);
    for (const InstanceType& t : pack.instanceTypes)
        types.insert(t.name);
    std::set<std::string> pricedTypes;
    int estimated = 0;
    for (const Offer& o : pack.offers) {
        QVERIFY2(regions.count(o.region) == 1, o.region.c_str());
        QVERIFY2(types.count(o.instanceType) == 1, o.instanceType.c_str());
        QVERIFY(o.onDemandUsdPerHour > 0);
        pricedTypes.insert(o.instanceType);
        const std::string key = "offer:" + o.region + "/" + o.instanceType;
        QVERIFY2(pack.factSources.count(key) == 1, key.c_str());
        if (o.estimated) {
            ++estimated;
            QVERIFY(pack.factSources.at(key).rfind("estimated", 0) == 0);
        }
    }
    QCOMPARE(pricedTypes, types);
    QVERIFY(estimated > 0); // AWS CPU types in sa-east-1 have no catalog price
}

void TestDefaultPack::fullNetworkMatrixWithVisibleEstimates()
{
    const DataPack pack = defaultDataPack();
    const std::size_t n = pack.regions.size();
    QCOMPARE(pack.network.size(), n * (n - 1));
    std::set<std::pair<std::string, std::string>> pairs;
    int estimated = 0;
    int measured = 0;
    for (const NetworkLink& l : pack.network) {
        QVERIFY(l.src != l.dst);
        QVERIFY(l.throughputGbps > 0 && l.rttMs > 0 && l.egressUsdPerGb >= 0);
        pairs.insert({l.src, l.dst});
        (l.throughputEstimated ? estimated : measured)++;
    }
    QCOMPARE(pairs.size(), n * (n - 1));
    QVERIFY(estimated > 0);
    QVERIFY(measured > estimated);
}

void TestDefaultPack::energyConstantsPresent()
{
    const DataPack pack = defaultDataPack();
    for (const char* key : {"memory_watts_per_gib", "network_kwh_per_gb"})
        QVERIFY2(pack.constants.count(key) == 1, key);
    NEPHOS_FUZZY_COMPARE(pack.constants.at("memory_watts_per_gib").value, 0.392, 1e-9);
    for (const char* p : {"aws", "gcp", "azure"}) {
        for (const char* prefix :
             {"pue_default:", "cpu_min_watts_per_vcpu:", "cpu_max_watts_per_vcpu:"})
            QVERIFY2(pack.constants.count(std::string(prefix) + p) == 1, p);
    }
}

void TestDefaultPack::regionFactsMatchPublicFiles()
{
    const DataPack pack = defaultDataPack();
    CsvTable geo;
    CsvTable pue;
    QString error;
    QVERIFY2(CsvTable::read(test::sharedDataFile(QStringLiteral("geo/regions.csv")), geo, &error),
             qPrintable(error));
    QVERIFY2(
        CsvTable::read(test::sharedDataFile(QStringLiteral("energy/region_pue.csv")), pue, &error),
        qPrintable(error));
    for (const Region& r : pack.regions) {
        bool found = false;
        for (int i = 0; i < geo.rowCount(); ++i) {
            const QString id = geo.field(i, geo.column(QStringLiteral("provider"))) +
                               QLatin1Char(':') +
                               geo.field(i, geo.column(QStringLiteral("region")));
            if (id.toStdString() != r.id)
                continue;
            found = true;
            NEPHOS_FUZZY_COMPARE(
                r.latitude, geo.field(i, geo.column(QStringLiteral("latitude"))).toDouble(), 1e-12);
            NEPHOS_FUZZY_COMPARE(r.longitude,
                                 geo.field(i, geo.column(QStringLiteral("longitude"))).toDouble(),
                                 1e-12);
        }
        QVERIFY2(found, r.id.c_str());
        bool hasPue = false;
        for (int i = 0; i < pue.rowCount(); ++i) {
            const QString id = pue.field(i, 0) + QLatin1Char(':') + pue.field(i, 1);
            if (id.toStdString() == r.id) {
                hasPue = true;
                NEPHOS_FUZZY_COMPARE(r.pue, pue.field(i, 2).toDouble(), 1e-12);
            }
        }
        QCOMPARE(r.pueEstimated, !hasPue);
        if (!hasPue)
            NEPHOS_FUZZY_COMPARE(r.pue, pack.constants.at("pue_default:" + r.provider).value,
                                 1e-12);
    }
}

void TestDefaultPack::offerPricesMatchPublicCatalog()
{
    const DataPack pack = defaultDataPack();
    CsvTable prices;
    QString error;
    QVERIFY2(
        CsvTable::read(test::sharedDataFile(QStringLiteral("catalog/prices.csv")), prices, &error),
        qPrintable(error));
    const int cProvider = prices.column(QStringLiteral("provider"));
    const int cRegion = prices.column(QStringLiteral("region"));
    const int cType = prices.column(QStringLiteral("instance_type"));
    const int cPrice = prices.column(QStringLiteral("price_usd_per_hour"));
    int compared = 0;
    for (int i = 0; i < prices.rowCount(); ++i) {
        const std::string region =
            QString(prices.field(i, cProvider) + QLatin1Char(':') + prices.field(i, cRegion))
                .toStdString();
        const std::string type = prices.field(i, cType).toStdString();
        for (const Offer& o : pack.offers) {
            if (o.region == region && o.instanceType == type) {
                QVERIFY(!o.estimated);
                NEPHOS_FUZZY_COMPARE(o.onDemandUsdPerHour, prices.field(i, cPrice).toDouble(),
                                     1e-6);
                ++compared;
            }
        }
    }
    QVERIFY(compared > 200);
}

void TestDefaultPack::roundTripsThroughJson()
{
    DataPack pack = defaultDataPack();
    RegionEnergy energy;
    energy.pue = 1.2;
    energy.pueYear = 2024;
    energy.carbonKgPerKwh = 0.3;
    energy.carbonSource = "test";
    pack.regionEnergy["aws:x"] = energy;
    DataPack again;
    QString error;
    QVERIFY2(dataPackFromJson(dataPackToJson(pack), again, &error), qPrintable(error));
    QCOMPARE(again.regions.size(), pack.regions.size());
    QCOMPARE(again.offers.size(), pack.offers.size());
    QCOMPARE(again.network.size(), pack.network.size());
    QCOMPARE(again.constants.size(), pack.constants.size());
    QCOMPARE(again.factSources, pack.factSources);
    QCOMPARE(again.regionEnergy.size(), std::size_t(1));
    QCOMPARE(again.regionEnergy.at("aws:x").pueYear, 2024);
    QCOMPARE(again.regionEnergy.at("aws:x").carbonSource, std::string("test"));
    QCOMPARE(dataPackToJson(again), dataPackToJson(pack));
}

void TestDefaultPack::syntaxErrorNamesLineAndColumn()
{
    DataPack pack;
    QString error;
    QVERIFY(!dataPackFromJson("{\n  \"regions\": [\n    {\"id\": }\n]}", pack, &error,
                              QStringLiteral("bad.json")));
    QVERIFY2(error.startsWith(QStringLiteral("bad.json: line 3, column")), qPrintable(error));
}

void TestDefaultPack::typeErrorNamesJsonPath()
{
    DataPack pack;
    QString error;
    QVERIFY(!dataPackFromJson(R"({"offers":[{"region":"aws:us-east-1","instance_type":"m5.large",
        "on_demand_usd_per_hour":0.1},{"region":"aws:us-east-1","instance_type":"x",
        "on_demand_usd_per_hour":"cheap"}]})",
                              pack, &error, QStringLiteral("p.json")));
    QCOMPARE(error, QStringLiteral("p.json: offers[1].on_demand_usd_per_hour: expected a number"));
    QVERIFY(!dataPackFromJson(R"({"regions":[{"id":"a:b","provider":"a","latitude":95,
        "longitude":0}]})",
                              pack, &error));
    QVERIFY2(error.startsWith(QStringLiteral("regions[0].latitude: 95 is out of range")),
             qPrintable(error));
    QVERIFY(!dataPackFromJson(R"({"constants":{"k":{"unit":"W"}}})", pack, &error));
    QCOMPARE(error, QStringLiteral("constants.k.value: missing (expected a number)"));
    QVERIFY(!dataPackFromJson(R"({"format":"other"})", pack, &error));
    QVERIFY2(error.startsWith(QStringLiteral("format: expected")), qPrintable(error));
}

void TestDefaultPack::missingFileIsAnError()
{
    DataPack pack;
    QString error;
    const QString path = test::testOutputDir(QStringLiteral("data")) + QStringLiteral("/none.json");
    QFile::remove(path);
    QVERIFY(!loadDataPack(path, pack, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot read")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDefaultPack)
#include "tst_default_pack.moc"
