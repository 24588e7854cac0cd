#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "sim/Random.h"
#include "sim/Simulation.h"

#include <QTest>

#include <cmath>

using namespace nephos;

// VM failures: jobs on a failed VM are re-queued and lose the progress since their last
// checkpoint; the VM is back after the repair time. The expected timeline is replayed here
// from the documented fault stream (Random(seed, 0xfa17), one exponential draw per VM start).
class TestFailures : public QObject
{
    Q_OBJECT
private:
    struct Expected
    {
        double finish = -1.0;
        int requeues = 0;
    };
    static Expected replay(const Scenario& s)
    {
        Random rng(s.settings.seed, 0xfa17ULL);
        const double cp = s.workloads[0].checkpointHours;
        double upAt = 0.0;
        double failAt = rng.exponential(s.faults.vmMtbfHours);
        double start = s.traceJobs[0].arrivalHours;
        double remaining = s.traceJobs[0].durationHours; // CPU job: speed is the reference speed
        Expected e;
        for (int guard = 0; guard < 1000; ++guard) {
            if (start < upAt)
                start = upAt;
            if (failAt < start) { // VM failed before the job started: wait for the repair
                upAt = failAt + s.faults.vmRepairHours;
                failAt = upAt + rng.exponential(s.faults.vmMtbfHours);
                continue;
            }
            if (start + remaining <= failAt) {
                e.finish = start + remaining;
                return e;
            }
            const double ran = failAt - start;
            remaining =
                cp > 0 ? remaining - std::floor(ran / cp) * cp : s.traceJobs[0].durationHours;
            ++e.requeues;
            upAt = failAt + s.faults.vmRepairHours;
            failAt = upAt + rng.exponential(s.faults.vmMtbfHours);
            start = upAt;
        }
        return e;
    }

private Q_SLOTS:
    void requeueLosesProgressSinceCheckpoint_data()
    {
        QTest::addColumn<double>("checkpoint");
        QTest::addColumn<int>("minRequeues");
        QTest::newRow("hourly checkpoints") << 1.0 << 1;
        QTest::newRow("no checkpoints") << 0.0 << 1;
        QTest::newRow("hourly, several failures") << 1.0 << 3;
    }
    void requeueLosesProgressSinceCheckpoint()
    {
        QFETCH(double, checkpoint);
        QFETCH(int, minRequeues);
        Scenario s = test::tinyScenario();
        s.settings.horizonHours = 400.0;
        s.settings.monitoring = false;
        s.workloads[0].checkpointHours = checkpoint;
        s.workloads[0].slaHours = 0.0;
        s.traceJobs[0].durationHours = 6.0;
        s.faults.vmMtbfHours = 4.0;
        s.faults.vmRepairHours = 0.5;
        // the first seed whose fault stream hits the job at least minRequeues times
        Expected e;
        for (std::uint64_t seed = 1; seed < 200 && e.requeues < minRequeues; ++seed) {
            s.settings.seed = seed;
            e = replay(s);
        }
        QVERIFY2(e.requeues >= minRequeues, "no seed gives the wanted failures");
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        QCOMPARE(r.jobs[0].requeues, e.requeues);
        QCOMPARE(r.kpis.jobsFailedRequeued, qint64(e.requeues));
        NEPHOS_FUZZY_COMPARE(r.jobs[0].finishHours, e.finish, 1e-9);
        // useful work counts the job once, however often it was re-run
        NEPHOS_FUZZY_COMPARE(r.kpis.usefulPflop, r.jobs[0].workPflop, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
