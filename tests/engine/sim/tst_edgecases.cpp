#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "sim/Simulation.h"

#include <QTest>

using namespace nephos;

// Degenerate scenarios run to the end without hanging and report what happened.
class TestEdgeCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobThatNeverFitsIsReportedNotQueued()
    {
        Scenario s = test::tinyScenario();
        s.traceJobs[0].vcpus = 64; // larger than any VM type of the pool
        Simulation sim(s);
        QCOMPARE(sim.run(), RunStatus::Completed);
        const RunResult r = sim.result();
        QCOMPARE(r.kpis.jobsTotal, qint64(0));
        QVERIFY(r.jobs.empty());
        QCOMPARE(r.unhostable.count, qint64(1));
        QCOMPARE(r.kpis.queueEpisodeMeanMin, 0.0); // nothing ever waited
    }

    void jobThatFitsNoVmNowStaysQueuedAndIsOverdue()
    {
        Scenario s = test::tinyScenario();
        s.pool[0].count = 0; // a fixed pool without VMs: the type fits, no VM ever comes
        s.pool[0].minCount = 0;
        Simulation sim(s);
        QCOMPARE(sim.run(), RunStatus::Completed);
        const RunResult r = sim.result();
        QCOMPARE(r.kpis.jobsCompleted, qint64(0));
        QCOMPARE(r.jobs[0].startHours, -1.0);
        QVERIFY(r.jobs[0].slaViolated); // waited 9 h for a 2.5 h SLA
        QCOMPARE(r.kpis.slaViolationPct, 100.0);
        // one queue episode from arrival to the horizon; the never-placed job's wait counts
        NEPHOS_FUZZY_COMPARE(r.kpis.queueEpisodeMeanMin, (10.0 - 1.0) * 60.0, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.queueWaitMeanH, 9.0, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.regions[0].avgQueueLength, 0.0, 1e-12); // no home region
    }

    void emptyPoolAndNoJobs()
    {
        Scenario s = test::tinyScenario();
        s.pool.clear();
        s.traceJobs.clear();
        Simulation sim(s);
        QCOMPARE(sim.run(), RunStatus::Completed);
        const RunResult r = sim.result();
        QCOMPARE(r.kpis.totalCostUsd, 0.0);
        QCOMPARE(r.kpis.utilisationCpuPct, 0.0);
        QCOMPARE(r.kpis.energyKwhPerPflop, 0.0);
        QCOMPARE(r.series.sampleCount(), std::size_t(10));
    }

    void queuedJobsWaitForCapacityInOrder()
    {
        // three 4-vCPU jobs on one 4-vCPU VM run one after another, in arrival order
        Scenario s = test::tinyScenario();
        s.traceJobs[0].vcpus = 4;
        s.traceJobs[0].durationHours = 1.0;
        s.traceJobs.push_back(s.traceJobs[0]);
        s.traceJobs.push_back(s.traceJobs[0]);
        s.traceJobs[1].arrivalHours = 1.1;
        s.traceJobs[2].arrivalHours = 1.2;
        s.settings.cpuGflopsPerVcpu = 0.0; // jobs without work run for their reference time
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        QCOMPARE(r.jobs[0].finishHours, 2.0);
        QCOMPARE(r.jobs[1].finishHours, 3.0);
        QCOMPARE(r.jobs[2].finishHours, 4.0);
        NEPHOS_FUZZY_COMPARE(r.kpis.queueWaitMeanH, (0.0 + 0.9 + 1.8) / 3.0, 1e-12);
        QCOMPARE(r.kpis.usefulPflop, 0.0);
    }

    void spotPriceUsedWhenAsked()
    {
        Scenario s = test::tinyScenario();
        s.pool[0].spot = true;
        Simulation sim(s);
        sim.run();
        NEPHOS_FUZZY_COMPARE(sim.result().kpis.computeCostUsd, 0.06 * 10.0, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestEdgeCases)
#include "tst_edgecases.moc"
