#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "sim/Simulation.h"

#include <QTest>

using namespace nephos;

// One VM, one job: every accounting formula checked against values computed here from the
// scenario's inputs.
class TestAccounting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneVmOneJobIsExact()
    {
        const Scenario s = test::tinyScenario();
        Simulation sim(s);
        QCOMPARE(sim.run(), RunStatus::Completed);
        const RunResult r = sim.result();
        const InstanceType& t = s.instanceTypes[0];
        const WorkloadClass& w = s.workloads[0];
        const TraceJob& j = s.traceJobs[0];
        const Region& reg = s.regions[0];
        const double H = s.settings.horizonHours;

        const double pflop =
            j.vcpus * s.settings.cpuGflopsPerVcpu * w.cpuUtil * j.durationHours * 3600 / 1e6;
        const double idleW =
            t.vcpus * t.cpuMinWattsPerVcpu + t.memoryGib * s.settings.memoryWattsPerGib;
        const double dynW = j.vcpus * w.cpuUtil * (t.cpuMaxWattsPerVcpu - t.cpuMinWattsPerVcpu);
        const double itKwh = (idleW * H + dynW * j.durationHours) / 1000.0;
        const double facilityKwh = itKwh * reg.pue;
        const double cost = s.offers[0].onDemandUsdPerHour * H;

        QCOMPARE(r.kpis.jobsTotal, qint64(1));
        QCOMPARE(r.kpis.jobsCompleted, qint64(1));
        NEPHOS_FUZZY_COMPARE(r.kpis.usefulPflop, pflop, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.energyKwh, facilityKwh, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.carbonKgCo2e, facilityKwh * reg.carbonKgPerKwh, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.totalCostUsd, cost, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.energyKwhPerPflop, facilityKwh / pflop, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.costUsdPerPflop, cost / pflop, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.jctMeanH, j.durationHours, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.jobs[0].finishHours, j.arrivalHours + j.durationHours, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.utilisationCpuPct,
                             100.0 * j.vcpus * w.cpuUtil * j.durationHours / (t.vcpus * H), 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.utilisationMemPct,
                             100.0 * j.memoryGib * w.memUtil * j.durationHours / (t.memoryGib * H),
                             1e-12);
        QCOMPARE(r.kpis.slaViolationPct, 0.0);
        NEPHOS_FUZZY_COMPARE(r.regions[0].vmHours, H, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.providers[0].costUsd, cost, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.instanceTypes[0].energyKwh, facilityKwh, 1e-12);
        QCOMPARE(r.regions[1].costUsd, 0.0);
        QCOMPARE(r.simulatedHours, H);
    }

    void gpuJobSpeedFollowsHardware()
    {
        // the same GPU job is faster on the A100 VM than on the T4 VM by the fp16 ratio
        Scenario s = test::tinyScenario();
        WorkloadClass g;
        g.name = "train";
        g.vcpus = 4;
        g.memoryGib = 16;
        g.gpus = 1;
        g.gpuUtil = 0.8;
        g.referenceGpu = "A100";
        g.timing = "throughput"; // training-like: run time follows the GPU's FLOPs
        s.workloads.push_back(g);
        s.traceJobs[0].workloadClass = "train";
        s.traceJobs[0].gpus = 1;
        s.traceJobs[0].vcpus = 4;
        s.traceJobs[0].memoryGib = 16;
        s.pool = {{"aws:r1", "gpuT", 1, 1, 1, false, 0}};
        s.settings.horizonHours = 20.0;
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        const double pflop = 1 * 312.0 * 0.8 * 2.0 * 3.6;
        NEPHOS_FUZZY_COMPARE(r.jobs[0].workPflop, pflop, 1e-12);
        NEPHOS_FUZZY_COMPARE(r.kpis.jctMeanH, 2.0 * 312.0 / 65.0, 1e-12);
    }

    void slaViolationCounted()
    {
        Scenario s = test::tinyScenario();
        s.workloads[0].slaHours = 1.5; // the job needs 2 h
        Simulation sim(s);
        sim.run();
        QCOMPARE(sim.result().kpis.slaViolationPct, 100.0);
        QVERIFY(sim.result().jobs[0].slaViolated);
    }

    void monitoringSeriesSampled()
    {
        const Scenario s = test::tinyScenario();
        Simulation sim(s);
        sim.run();
        const MonitorSeries& m = sim.result().series;
        QCOMPARE(m.sampleCount(), std::size_t(10));
        QCOMPARE(m.capacity, std::size_t(10));
        QCOMPARE(m.entityCount(), 2 + 3 + 1);
        // hour 1..3 the job runs: samples at 2 h and 3 h cover it fully
        const int region = m.entityIndex("aws:r1");
        QCOMPARE(m.value(SeriesMetric::RunningJobs, region, 1), 1.0f);
        NEPHOS_FUZZY_COMPARE(m.value(SeriesMetric::CpuUtilPct, region, 1), 25.0, 1e-6);
        NEPHOS_FUZZY_COMPARE(m.value(SeriesMetric::CpuUtilPct, m.totalEntity(), 0), 0.0, 1e-6);
        NEPHOS_FUZZY_COMPARE(m.value(SeriesMetric::CumulativeCostUsd, m.totalEntity(), 9), 0.2 * 10,
                             1e-6);
        QCOMPARE(m.value(SeriesMetric::ProvisionedVms, m.entityIndex("aws"), 5), 1.0f);
        Scenario off = s;
        off.settings.monitoring = false;
        Simulation quiet(off);
        quiet.run();
        QCOMPARE(quiet.result().series.sampleCount(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAccounting)
#include "tst_accounting.moc"
