#include "FuzzyCompare.h"

#include "sim/BenchmarkSuite.h"
#include "sim/Simulation.h"

#include <QTest>

#include <algorithm>

using namespace nephos;

// The benchmark cases are what they claim to be (speed itself is measured by nephos-cli bench
// and bench/, never asserted here).
class TestBenchmarkSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloudsimShapeRunsEveryJobOnce()
    {
        const Scenario s = BenchmarkSuite::cloudsimPlusShape();
        QCOMPARE(s.totalVms(), 40000);
        QCOMPARE(s.traceJobs.size(), std::size_t(50000));
        QVERIFY(!s.settings.monitoring);
        Simulation sim(s);
        RunControl rc;
        rc.recordDecisions = false;
        QCOMPARE(sim.run(rc), RunStatus::Completed);
        const RunResult r = sim.result();
        QCOMPARE(r.kpis.jobsCompleted, qint64(50000));
        // all at t = 0 with equal work and room for all: every job takes exactly its duration
        QCOMPARE(r.kpis.jctP99H, 1.0);
        QCOMPARE(r.kpis.jctMeanH, 1.0);
        // least-loaded spreads like CloudSim Plus's round-robin broker: every one of the 40,000
        // VMs gets a job, 10,000 of them a second one
        std::vector<int> perVm(40000, 0);
        for (const JobRecord& j : r.jobs)
            ++perVm[static_cast<std::size_t>(j.vm)];
        QCOMPARE(*std::min_element(perVm.begin(), perVm.end()), 1);
        QCOMPARE(static_cast<int>(std::count(perVm.begin(), perVm.end(), 2)), 10000);
        // one arrival and one completion per job, one boot and one idle release per VM, all in
        // the run loop
        QCOMPARE(r.events, std::uint64_t(180000));
        NEPHOS_FUZZY_COMPARE(r.regions[0].vmHours, 40000 * 1.0, 1e-9); // released at 1 h
    }

    void isolatedRunReportsMeasurements()
    {
        const BenchmarkMeasurement m = BenchmarkSuite::runIsolated("cloudsim-plus-shape");
        QVERIFY(m.isolated);
        QCOMPARE(m.events, std::uint64_t(180000));
        QCOMPARE(m.jobs, qint64(50000));
        QVERIFY(m.simWallSeconds > 0.0);
        QVERIFY(m.peakRssMb >= m.baselineRssMb);
        QVERIFY_THROWS_EXCEPTION(std::exception, BenchmarkSuite::runIsolated("no-such-case"));
    }

    void caseNamesAreStable()
    {
        const auto names = BenchmarkSuite::caseNames();
        QVERIFY(std::find(names.begin(), names.end(), "cloudsim-plus-shape") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "default-500vm-30d") != names.end());
        QVERIFY(std::find(names.begin(), names.end(), "scaled-5000vm-30d") != names.end());
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkSuite)
#include "tst_benchmarksuite.moc"
