#include "data/ApplyDataPack.h"
#include "data/DefaultDataPack.h"

#include <QTest>

using namespace nephos;

namespace {

Scenario smallScenario()
{
    Scenario s;
    Provider aws;
    aws.id = "aws";
    aws.enabled = false;
    s.providers.push_back(aws);
    Region r;
    r.id = "aws:us-east-1";
    r.provider = "aws";
    r.enabled = false;
    s.regions.push_back(r);
    r.id = "aws:eu-west-1";
    s.regions.push_back(r);
    InstanceType t;
    t.name = "m5.large";
    t.provider = "aws";
    s.instanceTypes.push_back(t);
    t.name = "custom.type";
    s.instanceTypes.push_back(t);
    return s;
}

} // namespace

class TestApplyDataPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overlaysFactsById();
    void keepsScenarioChoices();
    void addMissingBringsEverything();
    void regionEnergyOverlaysPueAndCarbon();
};

void TestApplyDataPack::overlaysFactsById()
{
    Scenario s = smallScenario();
    const DataPack pack = defaultDataPack();
    const ApplySummary sum = applyDataPack(s, pack);
    QCOMPARE(sum.regionsUpdated, 2);
    QCOMPARE(sum.regionsAdded, 0);
    QCOMPARE(s.regions.size(), std::size_t(2));
    const Region* packRegion = nullptr;
    for (const Region& r : pack.regions)
        if (r.id == "aws:us-east-1")
            packRegion = &r;
    QCOMPARE(s.regions[0].latitude, packRegion->latitude);
    QCOMPARE(s.regions[0].pue, packRegion->pue);
    // Offers and links only among the scenario's regions and types.
    QCOMPARE(s.offers.size(), std::size_t(2)); // m5.large in both regions
    for (const Offer& o : s.offers)
        QCOMPARE(o.instanceType, std::string("m5.large"));
    QCOMPARE(s.network.size(), std::size_t(2)); // both directions
    QCOMPARE(s.settings.memoryWattsPerGib, pack.constants.at("memory_watts_per_gib").value);
    QCOMPARE(s.settings.networkKwhPerGb, pack.constants.at("network_kwh_per_gb").value);
    // A type the pack does not know gets the provider's CPU coefficients.
    QCOMPARE(s.instanceTypes[1].cpuMaxWattsPerVcpu,
             pack.constants.at("cpu_max_watts_per_vcpu:aws").value);
    // Applying twice changes nothing.
    Scenario again = s;
    applyDataPack(again, pack);
    QCOMPARE(again.offers.size(), s.offers.size());
    QCOMPARE(again.network.size(), s.network.size());
}

void TestApplyDataPack::keepsScenarioChoices()
{
    Scenario s = smallScenario();
    applyDataPack(s, defaultDataPack());
    QVERIFY(!s.regions[0].enabled);
    QVERIFY(!s.providers[0].enabled);
    QCOMPARE(s.providers[0].name, std::string("Amazon Web Services"));
}

void TestApplyDataPack::addMissingBringsEverything()
{
    Scenario s;
    const DataPack pack = defaultDataPack();
    const ApplySummary sum = applyDataPack(s, pack, ApplyMode::AddMissing);
    QCOMPARE(s.regions.size(), pack.regions.size());
    QCOMPARE(s.instanceTypes.size(), pack.instanceTypes.size());
    QCOMPARE(s.offers.size(), pack.offers.size());
    QCOMPARE(s.network.size(), pack.network.size());
    QCOMPARE(s.gpuModels.size(), pack.gpuModels.size());
    QCOMPARE(sum.regionsAdded, int(pack.regions.size()));
}

void TestApplyDataPack::regionEnergyOverlaysPueAndCarbon()
{
    Scenario s = smallScenario();
    s.regions[1].pueEstimated = true;
    s.regions[1].carbonEstimated = true;
    DataPack pack;
    RegionEnergy e;
    e.pue = 1.2;
    e.carbonKgPerKwh = 0.3;
    pack.regionEnergy["aws:eu-west-1"] = e;
    pack.regionEnergy["aws:nowhere"] = e;
    const ApplySummary sum = applyDataPack(s, pack);
    QCOMPARE(sum.regionEnergySet, 1);
    QCOMPARE(s.regions[1].pue, 1.2);
    QCOMPARE(s.regions[1].carbonKgPerKwh, 0.3);
    QVERIFY(!s.regions[1].pueEstimated && !s.regions[1].carbonEstimated);
}

QTEST_GUILESS_MAIN(TestApplyDataPack)
#include "tst_apply_data_pack.moc"
