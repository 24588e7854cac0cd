// The embedded default scenario: the paper's setup (section 4.1, Table 6) with facts from the pack.
#include "data/DefaultDataPack.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioScaling.h"
#include "scenario/ScenarioValidator.h"

#include <QTest>

#include <set>

using namespace nephos;

namespace {

QString problemText(const ScenarioProblems& problems)
{
    QStringList lines;
    for (const auto& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

const WorkloadClass* findClass(const Scenario& s, const char* name)
{
    for (const auto& w : s.workloads)
        if (w.name == name)
            return &w;
    return nullptr;
}

} // namespace

class TestDefaultScenario : public QObject
{
    Q_OBJECT
private:
    Scenario m_s;
    DataPack m_pack;

private Q_SLOTS:
    void initTestCase()
    {
        m_s = defaultScenario();
        m_pack = defaultDataPack();
    }

    void isValid()
    {
        const auto problems = ScenarioValidator::validate(m_s);
        QVERIFY2(problems.empty(), qPrintable(problemText(problems)));
    }

    void threeProvidersWithRegions()
    {
        std::set<std::string> ids;
        for (const auto& p : m_s.providers)
            ids.insert(p.id);
        QCOMPARE(ids, (std::set<std::string>{"aws", "gcp", "azure"}));
        for (const auto& p : m_s.providers) {
            int regions = 0;
            for (const auto& r : m_s.regions)
                regions += r.provider == p.id;
            QVERIFY2(regions >= 3 && regions <= 5, p.id.c_str());
        }
    }

    void fiveHundredVmsFromSmallToHpc()
    {
        QCOMPARE(m_s.totalVms(), 500);
        double minVcpu = 1e9, minMem = 1e9;
        bool hpc = false;
        std::set<std::string> providersInPool;
        for (const auto& e : m_s.pool) {
            const InstanceType* t = m_s.findInstanceType(e.instanceType);
            QVERIFY(t);
            providersInPool.insert(t->provider);
            if (t->vcpus < minVcpu || (t->vcpus == minVcpu && t->memoryGib < minMem)) {
                minVcpu = t->vcpus;
                minMem = t->memoryGib;
            }
            hpc = hpc || (t->vcpus >= 64 && t->memoryGib >= 512 && t->gpuCount == 4);
            QVERIFY(e.minCount <= e.count && e.count <= e.maxCount);
            QVERIFY(e.maxCount > e.minCount); // room for the autoscaler
        }
        QCOMPARE(minVcpu, 2.0);
        QCOMPARE(minMem, 4.0);
        QVERIFY(hpc);
        QCOMPARE(providersInPool.size(), std::size_t(3));
    }

    void table6Classes()
    {
        QCOMPARE(m_s.workloads.size(), std::size_t(6)); // Table 6 + three CPU-only classes
        struct Row
        {
            const char* name;
            const char* kind;
            double durationH, cpuPct, memGb, gpuPct;
        };
        const Row table6[] = {{"Deep learning training", "training", 24.5, 85.3, 128.7, 92.4},
                              {"Large-scale data analytics", "analytics", 8.7, 72.1, 256.3, 45.2},
                              {"Real-time inference", "inference", 0.5, 68.9, 64.5, 78.6}};
        for (const auto& row : table6) {
            const WorkloadClass* w = findClass(m_s, row.name);
            QVERIFY2(w, row.name);
            QCOMPARE(w->kind, std::string(row.kind));
            QCOMPARE(w->durationHours.mean, row.durationH);
            QVERIFY(qFuzzyCompare(w->cpuUtil * 100.0, row.cpuPct));
            QVERIFY(qFuzzyCompare(w->memoryGib * w->memUtil, row.memGb));
            QVERIFY(qFuzzyCompare(w->gpuUtil * 100.0, row.gpuPct));
            QVERIFY(w->arrival.ratePerHour > 0);
            QVERIFY(w->arrival.diurnalAmplitude > 0);
            QVERIFY(w->slaHours > row.durationH);
        }
        bool burst = false;
        for (const auto& w : m_s.workloads)
            burst = burst || !w.arrival.bursts.empty();
        QVERIFY(burst);
    }

    void everyPoolTypeHasAClassThatFitsOnlyThereOrBetter()
    {
        // each type of the pool can host at least one class that asks for no more than it has
        // and uses what it offers (GPU classes on GPU types, CPU classes on CPU-only types)
        for (const VmPoolEntry& e : m_s.pool) {
            const InstanceType* t = m_s.findInstanceType(e.instanceType);
            QVERIFY(t);
            bool served = false;
            for (const WorkloadClass& w : m_s.workloads) {
                const bool fits =
                    w.vcpus <= t->vcpus && w.memoryGib <= t->memoryGib && w.gpus <= t->gpuCount;
                served = served || (fits && (w.gpus > 0) == (t->gpuCount > 0));
            }
            QVERIFY2(served, e.instanceType.c_str());
        }
    }

    void elasticPoolAndCachedDatasets()
    {
        QCOMPARE(m_s.settings.scaling, std::string("on-demand"));
        QVERIFY(m_s.settings.idleTimeoutMinutes > 0);
        QVERIFY(!m_s.datasets.empty());
        for (const WorkloadClass& w : m_s.workloads) {
            QVERIFY2(!w.datasets.empty(), w.name.c_str());
            QCOMPARE(w.dataInputGb, 0.0); // inputs are shared datasets, not per-job copies
        }
        for (const Provider& p : m_s.providers) {
            QVERIFY(p.storageUsdPerGbMonth > 0);
            QVERIFY(!p.egressTiers.empty());
        }
    }

    void thirtyDaysMonitoredEveryFiveMinutes()
    {
        QCOMPARE(m_s.settings.horizonHours, 720.0);
        QCOMPARE(m_s.settings.monitorIntervalMinutes, 5.0);
        QVERIFY(m_s.settings.monitoring);
        QVERIFY(m_s.settings.cpuGflopsPerVcpu > 0);
        QCOMPARE(m_s.settings.memoryWattsPerGib, m_pack.constants.at("memory_watts_per_gib").value);
        QCOMPARE(m_s.settings.networkKwhPerGb, m_pack.constants.at("network_kwh_per_gb").value);
    }

    void factsEqualThePack()
    {
        for (const auto& r : m_s.regions) {
            const Region* p = nullptr;
            for (const auto& pr : m_pack.regions)
                if (pr.id == r.id)
                    p = &pr;
            QVERIFY2(p, r.id.c_str());
            QCOMPARE(r.pue, p->pue);
            QCOMPARE(r.carbonKgPerKwh, p->carbonKgPerKwh);
            QCOMPARE(r.latitude, p->latitude);
        }
        QVERIFY(!m_s.offers.empty());
        for (const auto& o : m_s.offers) {
            const Offer* p = nullptr;
            for (const auto& po : m_pack.offers)
                if (po.region == o.region && po.instanceType == o.instanceType)
                    p = &po;
            QVERIFY(p);
            QCOMPARE(o.onDemandUsdPerHour, p->onDemandUsdPerHour);
            QCOMPARE(o.spotUsdPerHour, p->spotUsdPerHour);
        }
        for (const auto& t : m_s.instanceTypes) {
            bool same = false;
            for (const auto& pt : m_pack.instanceTypes)
                same = same ||
                       (pt.name == t.name && pt.vcpus == t.vcpus && pt.memoryGib == t.memoryGib &&
                        pt.gpuModel == t.gpuModel && pt.gpuCount == t.gpuCount &&
                        pt.cpuMaxWattsPerVcpu == t.cpuMaxWattsPerVcpu);
            QVERIFY2(same, t.name.c_str());
        }
        for (const auto& g : m_s.gpuModels) {
            bool same = false;
            for (const auto& pg : m_pack.gpuModels)
                same = same || (pg.name == g.name && pg.fp32Tflops == g.fp32Tflops &&
                                pg.maxWatts == g.maxWatts && pg.idleWatts == g.idleWatts);
            QVERIFY2(same, g.name.c_str());
        }
        // Every ordered pair of the scenario's regions has a measured (or pack-derived) link.
        const std::size_t n = m_s.regions.size();
        QCOMPARE(m_s.network.size(), n * (n - 1));
        for (const auto& l : m_s.network) {
            bool same = false;
            for (const auto& pl : m_pack.network)
                same = same || (pl.src == l.src && pl.dst == l.dst &&
                                pl.throughputGbps == l.throughputGbps &&
                                pl.egressUsdPerGb == l.egressUsdPerGb && pl.rttMs == l.rttMs);
            QVERIFY(same);
        }
    }

    void roundTrips()
    {
        const QByteArray json = ScenarioJson::toJson(m_s);
        Scenario loaded;
        ScenarioProblems problems;
        QVERIFY2(ScenarioJson::fromJson(json, loaded, problems), qPrintable(problemText(problems)));
        QCOMPARE(ScenarioJson::toJson(loaded), json);
    }

    void scalingByTen()
    {
        const Scenario big = scaledScenario(m_s, 10.0);
        QCOMPARE(big.totalVms(), 5000);
        for (std::size_t i = 0; i < m_s.pool.size(); ++i) {
            QCOMPARE(big.pool[i].minCount, m_s.pool[i].minCount * 10);
            QCOMPARE(big.pool[i].maxCount, m_s.pool[i].maxCount * 10);
        }
        for (std::size_t i = 0; i < m_s.workloads.size(); ++i)
            QCOMPARE(big.workloads[i].arrival.ratePerHour,
                     m_s.workloads[i].arrival.ratePerHour * 10);
        QVERIFY(ScenarioValidator::validate(big).empty());
        const Scenario same = scaledScenario(m_s, 1.0);
        QCOMPARE(ScenarioJson::toJson(same), ScenarioJson::toJson(m_s));
    }

    void deterministic()
    {
        QCOMPARE(ScenarioJson::toJson(defaultScenario()), ScenarioJson::toJson(m_s));
    }
};

QTEST_GUILESS_MAIN(TestDefaultScenario)
#include "tst_default_scenario.moc"
