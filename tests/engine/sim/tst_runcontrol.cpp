#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "scenario/DefaultScenario.h"
#include "sim/Simulation.h"

#include <QTest>

using namespace nephos;

// Progress, cancellation, single-stepping, decision stepping and runUntil.
class TestRunControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelStopsRun()
    {
        Scenario s = defaultScenario();
        Simulation sim(s);
        CancelFlag cancel{false};
        int calls = 0;
        RunControl rc;
        rc.cancel = &cancel;
        rc.progressIntervalSeconds = 0.0;
        rc.onProgress = [&](const Progress& p) {
            ++calls;
            QVERIFY(p.fraction >= 0.0 && p.fraction <= 1.0);
            cancel = true;
        };
        QCOMPARE(sim.run(rc), RunStatus::Cancelled);
        QVERIFY(calls >= 1);
        QVERIFY(sim.nowHours() < sim.horizonHours());
        QCOMPARE(sim.result().status, RunStatus::Cancelled);
    }

    void progressReachesOne()
    {
        Scenario s = test::tinyScenario();
        Simulation sim(s);
        double last = -1.0;
        RunControl rc;
        rc.onProgress = [&](const Progress& p) { last = p.fraction; };
        QCOMPARE(sim.run(rc), RunStatus::Completed);
        QCOMPARE(last, 1.0);
    }

    void stepProcessesOneEventAtATime()
    {
        Scenario s = test::tinyScenario();
        s.settings.monitoring = false;
        Simulation sim(s);
        QCOMPARE(sim.eventsProcessed(), std::uint64_t(0));
        QVERIFY(sim.step()); // the pool's VM comes up at 0 h
        QCOMPARE(sim.eventsProcessed(), std::uint64_t(1));
        QCOMPARE(sim.nowHours(), 0.0);
        QVERIFY(sim.step()); // arrival at 1 h
        QCOMPARE(sim.eventsProcessed(), std::uint64_t(2));
        QCOMPARE(sim.nowHours(), 1.0);
        QVERIFY(sim.step()); // finish at 3 h
        QCOMPARE(sim.nowHours(), 3.0);
        QCOMPARE(sim.result().kpis.jobsCompleted, qint64(1));
        QVERIFY(!sim.step()); // nothing left: clock goes to the horizon
        QVERIFY(sim.finished());
        QCOMPARE(sim.nowHours(), s.settings.horizonHours);
    }

    void stepDecisionStopsAfterEachPlacement()
    {
        Scenario s = test::tinyScenario();
        TraceJob second = s.traceJobs[0];
        second.arrivalHours = 2.0;
        s.traceJobs.push_back(second);
        Simulation sim(s);
        QVERIFY(sim.lastDecision() == nullptr);
        QVERIFY(sim.stepDecision());
        QVERIFY(sim.lastDecision() != nullptr);
        QCOMPARE(sim.lastDecision()->job, std::uint32_t(0));
        QCOMPARE(sim.nowHours(), 1.0);
        QVERIFY(sim.stepDecision());
        QCOMPARE(sim.lastDecision()->job, std::uint32_t(1));
        QCOMPARE(sim.nowHours(), 2.0);
        QVERIFY(sim.lastDecision()->chosen >= 0);
        QVERIFY(!sim.lastDecision()->reason.empty());
        QVERIFY(!sim.stepDecision());
        QVERIFY(sim.finished());
    }

    void runUntilStopsAtTime()
    {
        Scenario s = test::tinyScenario();
        Simulation sim(s);
        QVERIFY(sim.runUntil(2.0));
        QCOMPARE(sim.nowHours(), 2.0);
        const RunResult mid = sim.result();
        QCOMPARE(mid.kpis.jobsCompleted, qint64(0));
        QCOMPARE(mid.series.sampleCount(), std::size_t(2));
        // billing so far: exactly two hours of the one VM
        NEPHOS_FUZZY_COMPARE(mid.kpis.totalCostUsd, 2.0 * 0.20, 1e-12);
        sim.run();
        QVERIFY(sim.finished());
        QCOMPARE(sim.result().kpis.jobsCompleted, qint64(1));
    }

    void decisionsRecordedAndCapped()
    {
        Scenario s = defaultScenario();
        s.settings.horizonHours = 24;
        Simulation sim(s);
        RunControl rc;
        rc.maxDecisionRecords = 50;
        sim.run(rc);
        const RunResult r = sim.result();
        QCOMPARE(r.decisions.size(), std::size_t(50));
        for (const DecisionRecord& d : r.decisions) {
            QCOMPARE(d.policy, std::string("least-loaded"));
            QVERIFY(!d.candidates.empty());
            QVERIFY(d.chosen < static_cast<int>(d.candidates.size()));
            QVERIFY(!d.reason.empty()); // explained when the result is read
            for (const CandidateRecord& c : d.candidates) {
                QVERIFY(!c.why.empty());
                QVERIFY(c.poolEntry >= 0);
                QCOMPARE(s.pool[static_cast<std::size_t>(c.poolEntry)].region,
                         s.regions[static_cast<std::size_t>(c.region)].id);
            }
        }
        Simulation quiet(s);
        RunControl off;
        off.recordDecisions = false;
        quiet.run(off);
        QVERIFY(quiet.result().decisions.empty());
    }

    void unknownReferencesAreRejected()
    {
        Scenario s = test::tinyScenario();
        s.pool[0].region = "aws:nowhere";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Simulation{s});
        Scenario t = test::tinyScenario();
        t.pool[0].instanceType = "g-cpu4"; // a GCP type in an AWS region
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Simulation{t});
        Scenario u = test::tinyScenario();
        u.policy.name = "no-such-policy";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Simulation{u});
    }
};

QTEST_GUILESS_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
