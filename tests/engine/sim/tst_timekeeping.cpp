#include "FuzzyCompare.h"
#include "TestScenarios.h"

#include "sim/Random.h"
#include "sim/Simulation.h"

#include <QTest>

#include <cmath>

using namespace nephos;

// The simulation clock as others see it: monitoring samples at k × interval up to the horizon
// (no sample lost to rounding), runUntil(h) never moves the clock past h, and pausing with
// runUntil does not change the results.
class TestTimekeeping : public QObject
{
    Q_OBJECT
private:
    /// Several VMs, a steady job stream and frequent failures: many stale events (finishes of
    /// re-queued jobs, failures of repaired VMs) sit in the queue at any time.
    static Scenario failingScenario()
    {
        Scenario s = test::tinyScenario();
        s.traceJobs.clear();
        s.pool = {{"aws:r1", "cpu4", 3, 3, 3, false, 0}};
        s.workloads[0].arrival.ratePerHour = 2.0;
        s.workloads[0].durationHours.kind = Distribution::Kind::Fixed;
        s.workloads[0].durationHours.mean = 1.5;
        s.workloads[0].checkpointHours = 0.5;
        s.faults.vmMtbfHours = 2.0;
        s.faults.vmRepairHours = 0.25;
        s.settings.horizonHours = 48.0;
        s.settings.monitorIntervalMinutes = 30.0;
        return s;
    }

private Q_SLOTS:
    void monitorSamplesReachTheHorizon_data()
    {
        QTest::addColumn<double>("horizon");
        QTest::addColumn<double>("intervalMin");
        QTest::newRow("30 days every 5 min (default)") << 720.0 << 5.0;
        QTest::newRow("30 days every 10 min") << 720.0 << 10.0;
        QTest::newRow("30 days every 7 min") << 720.0 << 7.0;
        QTest::newRow("100 h every 2 min") << 100.0 << 2.0;
    }
    void monitorSamplesReachTheHorizon()
    {
        QFETCH(double, horizon);
        QFETCH(double, intervalMin);
        Scenario s = test::tinyScenario();
        s.settings.horizonHours = horizon;
        s.settings.monitorIntervalMinutes = intervalMin;
        Simulation sim(s);
        sim.run();
        const MonitorSeries& m = sim.result().series;
        const auto expected = static_cast<std::size_t>(horizon * 60.0 / intervalMin + 1e-9);
        QCOMPARE(m.capacity, expected);
        QCOMPARE(m.sampleCount(), expected); // every allocated sample is taken
        for (std::size_t k = 0; k < m.sampleCount(); ++k) {
            const double t = double(k + 1) * intervalMin / 60.0;
            QVERIFY2(m.timesHours[k] <= horizon, "sample after the horizon");
            NEPHOS_FUZZY_COMPARE(m.timesHours[k], t, 1e-12);
        }
        // when the interval divides the horizon, the last sample is at the horizon and its
        // cumulative cost (stored as float) is the whole run's VM billing
        const double samples = horizon * 60.0 / intervalMin;
        if (std::abs(samples - std::round(samples)) < 1e-9)
            NEPHOS_FUZZY_COMPARE(
                m.value(SeriesMetric::CumulativeCostUsd, m.totalEntity(), m.sampleCount() - 1),
                sim.result().kpis.totalCostUsd, 1e-6);
    }

    void runUntilNeverPassesItsTarget()
    {
        const Scenario s = failingScenario();
        Simulation paused(s);
        RunControl quiet;
        quiet.recordDecisions = false;
        int checks = 0;
        for (int i = 1; paused.runUntil(0.05 * i, quiet); ++i) {
            QVERIFY2(paused.nowHours() <= 0.05 * i + 1e-12,
                     qPrintable(QStringLiteral("runUntil(%1) left the clock at %2")
                                    .arg(0.05 * i)
                                    .arg(paused.nowHours())));
            ++checks;
        }
        QVERIFY(checks > 900);
        QVERIFY(paused.finished());
        Simulation straight(s);
        straight.run(quiet);
        const RunResult a = paused.result();
        const RunResult b = straight.result();
        QVERIFY(b.kpis.jobsFailedRequeued > 10); // the scenario really has stale events
        QCOMPARE(a.events, b.events);
        QCOMPARE(a.kpis.jobsCompleted, b.kpis.jobsCompleted);
        QCOMPARE(a.kpis.totalCostUsd, b.kpis.totalCostUsd);
        QCOMPARE(a.kpis.energyKwh, b.kpis.energyKwh);
        QCOMPARE(a.series.timesHours, b.series.timesHours);
    }
};

QTEST_GUILESS_MAIN(TestTimekeeping)
#include "tst_timekeeping.moc"
