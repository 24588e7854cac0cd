#include "FuzzyCompare.h"

#include "scenario/DefaultScenario.h"
#include "sim/Simulation.h"

#include <QTest>

#include <thread>

using namespace nephos;

// Same scenario + seed gives identical KPIs and series; another seed differs; simulations in
// parallel threads give the same results as sequential ones (no shared mutable state).
class TestDeterminism : public QObject
{
    Q_OBJECT
private:
    static Scenario shortDefault(std::uint64_t seed, const std::string& policy = "least-loaded")
    {
        Scenario s = defaultScenario();
        s.settings.horizonHours = 96.0;
        s.settings.seed = seed;
        s.policy.name = policy;
        return s;
    }
    static void compareResults(const RunResult& a, const RunResult& b)
    {
        const auto ka = a.kpis.keyValues();
        const auto kb = b.kpis.keyValues();
        QCOMPARE(ka.size(), kb.size());
        for (std::size_t i = 0; i < ka.size(); ++i)
            QVERIFY2(ka[i].second == kb[i].second, ka[i].first.c_str());
        QCOMPARE(a.events, b.events);
        QCOMPARE(a.series.timesHours, b.series.timesHours);
        QVERIFY(a.series.values == b.series.values);
        QCOMPARE(a.jobs.size(), b.jobs.size());
        for (std::size_t i = 0; i < a.jobs.size(); ++i) {
            QCOMPARE(a.jobs[i].finishHours, b.jobs[i].finishHours);
            QCOMPARE(a.jobs[i].vm, b.jobs[i].vm);
        }
    }

private Q_SLOTS:
    void sameSeedSameResult()
    {
        Simulation a(shortDefault(5));
        Simulation b(shortDefault(5));
        a.run();
        b.run();
        const RunResult ra = a.result();
        QVERIFY(ra.kpis.jobsCompleted > 100);
        compareResults(ra, b.result());
    }

    void differentSeedDifferentResult()
    {
        Simulation a(shortDefault(5));
        Simulation b(shortDefault(6));
        a.run();
        b.run();
        QVERIFY(a.result().kpis.jobsTotal != b.result().kpis.jobsTotal ||
                a.result().kpis.jctMeanH != b.result().kpis.jctMeanH);
        QVERIFY(a.result().series.values != b.result().series.values);
    }

    void conservationOfWork()
    {
        Simulation a(shortDefault(9));
        a.run();
        const RunResult r = a.result();
        double completedWork = 0.0;
        for (const JobRecord& j : r.jobs)
            if (j.finishHours >= 0)
                completedWork += j.workPflop;
        double perRegion = 0.0;
        std::int64_t completed = 0;
        for (const UsageTotals& u : r.regions) {
            completed += u.jobsCompleted;
            perRegion += u.usefulPflop;
        }
        QCOMPARE(completed, r.kpis.jobsCompleted);
        // useful work = completed jobs' work + partial work of running jobs
        QVERIFY(r.kpis.usefulPflop >= completedWork * (1 - 1e-12));
        NEPHOS_FUZZY_COMPARE(perRegion, r.kpis.usefulPflop, 1e-9);
        double typeWork = 0.0;
        for (const UsageTotals& u : r.instanceTypes)
            typeWork += u.usefulPflop;
        NEPHOS_FUZZY_COMPARE(typeWork, r.kpis.usefulPflop, 1e-9);
        // provider totals add up to the KPI totals
        double cost = 0.0, energy = 0.0;
        for (const UsageTotals& u : r.providers) {
            cost += u.costUsd;
            energy += u.energyKwh;
        }
        NEPHOS_FUZZY_COMPARE(cost, r.kpis.totalCostUsd, 1e-9);
        NEPHOS_FUZZY_COMPARE(energy, r.kpis.energyKwh, 1e-9);
    }

    void threadsMatchSequential()
    {
        const Scenario s1 = shortDefault(21, "cheapest");
        const Scenario s2 = shortDefault(22, "carbon-aware");
        Simulation seq1(s1), seq2(s2);
        seq1.run();
        seq2.run();
        Simulation par1(s1), par2(s2);
        std::thread t1([&] { par1.run(); });
        std::thread t2([&] { par2.run(); });
        t1.join();
        t2.join();
        compareResults(seq1.result(), par1.result());
        compareResults(seq2.result(), par2.result());
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
