#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "sim/Simulation.h"

#include <QTest>

using namespace nephos;

// Data staging: transfer time from link throughput plus RTT, processor sharing between
// concurrent transfers on the same region pair, egress cost and inter-cloud volume.
class TestStaging : public QObject
{
    Q_OBJECT
private:
    static Scenario stagingScenario(const std::string& home, double secondArrival)
    {
        Scenario s = test::tinyScenario();
        s.workloads[0].dataInputGb = 45.0; // 0.1 h alone on a 1 Gbps (450 GB/h) link
        s.workloads[0].homeRegion = home;
        s.workloads[0].slaHours = 0.0;
        TraceJob second = s.traceJobs[0];
        second.arrivalHours = secondArrival;
        s.traceJobs.push_back(second);
        return s;
    }

private Q_SLOTS:
    void singleTransferTakesSizeOverThroughputPlusRtt()
    {
        Scenario s = stagingScenario("aws:r2", 5.0); // second job long after the first
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        const NetworkLink* l = s.findLink("aws:r2", "aws:r1");
        const double gbPerHour = l->throughputGbps * 3600.0 / 8.0;
        const double expected = 45.0 / gbPerHour + l->rttMs / 3.6e6;
        NEPHOS_FUZZY_COMPARE(r.jobs[0].stagingHours, expected, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.jobs[0].startHours, 1.0 + expected, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.jobs[0].finishHours, 1.0 + expected + 2.0, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.kpis.egressCostUsd, 2 * 45.0 * l->egressUsdPerGb, 1e-12);
        QCOMPARE(r.transfers.size(), std::size_t(1));
        NEPHOS_FUZZY_COMPARE(r.transfers[0].terabytes, 0.09, 1e-12);
        QCOMPARE(r.transfers[0].transfers, qint64(2));
        QCOMPARE(r.kpis.intercloudTb, 0.0); // both regions are AWS
        // network energy is charged to the source region
        NEPHOS_FUZZY_COMPARE(r.regions[1].energyKwh, 90.0 * s.settings.networkKwhPerGb, 1e-12);
    }

    void concurrentTransfersShareBandwidth()
    {
        // job 0 alone for 0.05 h (22.5 GB), then both at 225 GB/h: job 0 done at +0.15 h,
        // job 1 has 22.5 GB by then and finishes alone at 450 GB/h 0.05 h later
        Scenario s = stagingScenario("aws:r2", 1.05);
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        const double rtt = 40.0 / 3.6e6;
        NEPHOS_FUZZY_COMPARE(r.jobs[0].stagingHours, 0.15 + rtt, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.jobs[1].stagingHours, 0.15 + rtt, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.jobs[1].startHours, 1.2 + rtt, 1e-9);
    }

    void simultaneousTransfersTakeTwiceAsLong()
    {
        Scenario s = stagingScenario("aws:r2", 1.0);
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        NEPHOS_FUZZY_COMPARE(r.jobs[0].stagingHours, 0.2 + 40.0 / 3.6e6, 1e-9);
        NEPHOS_FUZZY_COMPARE(r.jobs[1].stagingHours, 0.2 + 40.0 / 3.6e6, 1e-9);
    }

    void crossCloudDataCountsAsIntercloud()
    {
        Scenario s = stagingScenario("gcp:r3", 5.0);
        Simulation sim(s);
        sim.run();
        NEPHOS_FUZZY_COMPARE(sim.result().kpis.intercloudTb, 0.09, 1e-12);
    }

    void perturbationSlowsTransfers()
    {
        Scenario s = stagingScenario("aws:r2", 5.0);
        NetworkPerturbation p;
        p.startHour = 0.0;
        p.durationHours = 3.0;
        p.src = "aws:r2";
        p.dst = "*";
        p.throughputFactor = 0.5;
        p.extraRttMs = 100.0;
        s.faults.perturbations = {p};
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        NEPHOS_FUZZY_COMPARE(r.jobs[0].stagingHours, 0.2 + 140.0 / 3.6e6, 1e-9);
        // second job arrives after the window: normal speed
        NEPHOS_FUZZY_COMPARE(r.jobs[1].stagingHours, 0.1 + 40.0 / 3.6e6, 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestStaging)
#include "tst_staging.moc"
