#include "../sim/TestScenarios.h"
#include "FuzzyCompare.h"

#include "policy/Policy.h"
#include "policy/PolicyRegistry.h"
#include "sim/Simulation.h"

#include <QTest>

#include <algorithm>

using namespace nephos;

// Each baseline policy's defining behaviour, on small scenarios built here.
class TestPolicies : public QObject
{
    Q_OBJECT
private:
    /// Two jobs: A (2 vCPU, 5 h) at 1 h, B (2 vCPU) at 2 h; `pool` given by the test.
    static Scenario twoJobs(const std::string& policy, std::vector<VmPoolEntry> pool)
    {
        Scenario s = test::tinyScenario();
        s.policy.name = policy;
        s.pool = std::move(pool);
        s.traceJobs[0].durationHours = 5.0;
        TraceJob b = s.traceJobs[0];
        b.arrivalHours = 2.0;
        s.traceJobs.push_back(b);
        return s;
    }
    static RunResult runIt(const Scenario& s)
    {
        Simulation sim(s);
        sim.run();
        return sim.result();
    }
    static std::string regionOf(const Scenario& s, const RunResult& r, int job)
    {
        return s.regions[static_cast<std::size_t>(r.jobs[static_cast<std::size_t>(job)].region)].id;
    }

private Q_SLOTS:
    void registryListsPoliciesInOrder()
    {
        const std::vector<std::string> expected{"static",       "threshold", "best-fit",
                                                "least-loaded", "cheapest",  "carbon-aware"};
        QCOMPARE(policyNames(), expected);
        for (const std::string& n : expected) {
            auto p = createPolicy(n);
            QVERIFY(p);
            QCOMPARE(p->name(), n);
        }
        QVERIFY(!createPolicy("nope"));
        QVERIFY(createPolicy("threshold")->scales());
        QVERIFY(!createPolicy("static")->scales());
    }

    void staticAndBestFitPackLeastLoadedSpreads()
    {
        const std::vector<VmPoolEntry> pool{{"aws:r1", "cpu4", 2, 2, 2, false, 0}};
        const RunResult st = runIt(twoJobs("static", pool));
        QCOMPARE(st.jobs[1].vm, st.jobs[0].vm); // first fit: VM 0 still has room
        const RunResult bf = runIt(twoJobs("best-fit", pool));
        QCOMPARE(bf.jobs[1].vm, bf.jobs[0].vm); // tightest: the half-full VM
        const RunResult ll = runIt(twoJobs("least-loaded", pool));
        QVERIFY(ll.jobs[1].vm != ll.jobs[0].vm); // the empty VM is less loaded
    }

    void bestFitPicksTightestVm()
    {
        // VM 0: cpu8 (8 vCPU), VM 1: cpu4. A 2-vCPU job leaves 2 free on the cpu4: best fit,
        // while first fit takes the cpu8 listed first.
        std::vector<VmPoolEntry> pool{{"aws:r1", "cpu8", 1, 1, 1, false, 0},
                                      {"aws:r1", "cpu4", 1, 1, 1, false, 0}};
        Scenario s = twoJobs("best-fit", pool);
        s.traceJobs.resize(1);
        const RunResult bf = runIt(s);
        QCOMPARE(bf.jobs[0].vm, 1);
        s.policy.name = "static";
        QCOMPARE(runIt(s).jobs[0].vm, 0);
    }

    void cheapestCrossesCloudsUnlessEgressDominates()
    {
        std::vector<VmPoolEntry> pool{{"aws:r1", "cpu4", 1, 1, 1, false, 0},
                                      {"gcp:r3", "g-cpu4", 1, 1, 1, false, 0}};
        Scenario s = twoJobs("cheapest", pool);
        s.traceJobs.resize(1);
        RunResult r = runIt(s);
        QCOMPARE(regionOf(s, r, 0), std::string("gcp:r3")); // $0.10/h beats $0.20/h
        // input data in aws:r1: moving 100 GB costs $9, far more than the $0.25 price gap
        s.workloads[0].dataInputGb = 100;
        s.workloads[0].homeRegion = "aws:r1";
        r = runIt(s);
        QCOMPARE(regionOf(s, r, 0), std::string("aws:r1"));
    }

    void carbonAwarePicksLowCarbonRegion()
    {
        std::vector<VmPoolEntry> pool{{"aws:r1", "cpu4", 1, 1, 1, false, 0},
                                      {"aws:r2", "cpu4", 1, 1, 1, false, 0},
                                      {"gcp:r3", "g-cpu4", 1, 1, 1, false, 0}};
        Scenario s = twoJobs("carbon-aware", pool);
        s.traceJobs.resize(1);
        RunResult r = runIt(s);
        QCOMPARE(regionOf(s, r, 0), std::string("gcp:r3")); // 0.05 kg/kWh
        // and cheapest goes to aws:r2 over aws:r1 when GCP is not in the pool
        s.pool.pop_back();
        s.policy.name = "cheapest";
        QCOMPARE(regionOf(s, runIt(s), 0), std::string("aws:r2"));
        s.policy.name = "carbon-aware";
        QCOMPARE(regionOf(s, runIt(s), 0), std::string("aws:r1")); // 0.4 < 0.6 kg/kWh
    }

    void gpuJobsOnlyOnGpuVms()
    {
        Scenario s = twoJobs("least-loaded", {{"aws:r1", "cpu8", 1, 1, 1, false, 0},
                                              {"aws:r1", "gpuT", 1, 1, 1, false, 0}});
        WorkloadClass g = s.workloads[0];
        g.name = "gpu";
        g.gpus = 1;
        g.referenceGpu = "T4";
        s.workloads.push_back(g);
        s.traceJobs[0].workloadClass = "gpu";
        s.traceJobs[0].gpus = 1;
        const RunResult r = runIt(s);
        QCOMPARE(r.jobs[0].vm, 1);
    }

    void staticNeverScalesThresholdScalesOut()
    {
        Scenario s = test::tinyScenario();
        s.settings.horizonHours = 24;
        s.pool = {{"aws:r1", "cpu4", 1, 1, 6, false, 0}};
        s.traceJobs.clear();
        for (int i = 0; i < 12; ++i) {
            TraceJob j;
            j.arrivalHours = 1.0 + 0.01 * i;
            j.durationHours = 8.0;
            j.vcpus = 2;
            j.memoryGib = 4;
            j.workloadClass = "cpu";
            s.traceJobs.push_back(j);
        }
        s.policy.name = "static";
        const RunResult st = runIt(s);
        NEPHOS_FUZZY_COMPARE(st.regions[0].vmHours, 24.0, 1e-12);
        float maxVms = 0;
        for (float v : st.series.series(SeriesMetric::ProvisionedVms, st.series.totalEntity()))
            maxVms = std::max(maxVms, v);
        QCOMPARE(maxVms, 1.0f);

        s.policy.name = "threshold";
        const RunResult th = runIt(s);
        QVERIFY(th.regions[0].vmHours > 24.0);
        maxVms = 0;
        for (float v : th.series.series(SeriesMetric::ProvisionedVms, th.series.totalEntity()))
            maxVms = std::max(maxVms, v);
        QVERIFY(maxVms > 1.0f);
        QVERIFY(maxVms <= 6.0f);
        QVERIFY(th.kpis.jctMeanH < st.kpis.jctMeanH); // more capacity: less waiting
        // after the load the pool shrinks back towards its minimum
        const auto vms = th.series.series(SeriesMetric::ProvisionedVms, th.series.totalEntity());
        QVERIFY(vms.back() < maxVms);
    }

    void decisionRecordExplainsChoice()
    {
        std::vector<VmPoolEntry> pool{{"aws:r1", "cpu4", 1, 1, 1, false, 0},
                                      {"gcp:r3", "g-cpu4", 1, 1, 1, false, 0}};
        for (const std::string& p : policyNames()) {
            Scenario s = twoJobs(p, pool);
            Simulation sim(s);
            QVERIFY(sim.stepDecision());
            const DecisionRecord* d = sim.lastDecision();
            QVERIFY(d);
            QCOMPARE(d->policy, p);
            QVERIFY(d->chosen >= 0);
            QVERIFY(!d->reason.empty());
            const CandidateRecord& c = d->candidates[static_cast<std::size_t>(d->chosen)];
            QVERIFY(c.feasible);
            QVERIFY(!c.why.empty());
            if (p != "static" && p != "threshold")
                QCOMPARE(d->candidates.size(), std::size_t(2)); // one per (region, type) group
        }
    }
};

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
