#include "scenario/DefaultScenario.h"
#include "sim/Simulation.h"

#include <QTest>

using namespace nephos;

// A run driven in chunks (as the workbench's worker and live mode do: runUntil in steps, with
// results read in between) gives exactly the result of one straight run of the default scenario.
class TestChunkedRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunkedRunEqualsStraightRun()
    {
        Scenario s = defaultScenario();
        s.settings.horizonHours = 120.0;
        Simulation straight(s);
        straight.run();
        Simulation chunked(s);
        RunControl control;
        double t = 0.0;
        int chunks = 0;
        while (!chunked.finished()) {
            t += 4.0;
            chunked.runUntil(t, control);
            (void)chunked.result(); // a snapshot, as the worker takes
            ++chunks;
        }
        QVERIFY(chunks > 20);
        const RunResult a = straight.result();
        const RunResult b = chunked.result();
        QCOMPARE(b.events, a.events);
        QCOMPARE(b.kpis.jobsCompleted, a.kpis.jobsCompleted);
        QCOMPARE(b.kpis.jobsTotal, a.kpis.jobsTotal);
        QCOMPARE(b.kpis.totalCostUsd, a.kpis.totalCostUsd);
        QCOMPARE(b.kpis.energyKwh, a.kpis.energyKwh);
        QCOMPARE(b.decisions.size(), a.decisions.size());
        QCOMPARE(b.series.timesHours, a.series.timesHours);
    }
};

QTEST_GUILESS_MAIN(TestChunkedRun)
#include "tst_chunkedrun.moc"
