#include "FuzzyCompare.h"

#include "metrics/KpiCalculator.h"

#include <QTest>

using namespace nephos;

// KPI formulas from raw run quantities.
class TestKpiCalculator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentilesInterpolate()
    {
        QCOMPARE(KpiCalculator::percentile({}, 0.5), 0.0);
        QCOMPARE(KpiCalculator::percentile({3.0}, 0.95), 3.0);
        QCOMPARE(KpiCalculator::percentile({4, 1, 3, 2}, 0.5), 2.5);
        QCOMPARE(KpiCalculator::percentile({4, 1, 3, 2}, 1.0), 4.0);
        NEPHOS_FUZZY_COMPARE(KpiCalculator::percentile({0, 10}, 0.95), 9.5, 1e-12);
    }

    void ratiosAndTotals()
    {
        KpiInputs in;
        in.completionHours = {1, 2, 3, 10};
        in.queueWaitHours = {0, 1};
        in.slaJudged = 4;
        in.slaViolated = 1;
        in.usedVcpuHours = 30;
        in.provisionedVcpuHours = 120;
        in.usedGpuHours = 1;
        in.provisionedGpuHours = 4;
        in.computeCostUsd = 90;
        in.egressCostUsd = 10;
        in.energyKwh = 50;
        in.carbonKg = 20;
        in.usefulPflop = 25;
        in.firstArrivalHours = 0.5;
        in.lastFinishHours = 12.5;
        in.queueEpisodeHours = 1.0;
        in.queueEpisodes = 4;
        in.jobsTotal = 5;
        in.jobsCompleted = 4;
        const Kpis k = KpiCalculator::compute(in);
        QCOMPARE(k.utilisationCpuPct, 25.0);
        QCOMPARE(k.utilisationMemPct, 0.0); // no provisioned memory: 0, not NaN
        QCOMPARE(k.utilisationGpuPct, 25.0);
        QCOMPARE(k.jctMeanH, 4.0);
        QCOMPARE(k.jctP50H, 2.5);
        QCOMPARE(k.slaViolationPct, 25.0);
        QCOMPARE(k.totalCostUsd, 100.0);
        QCOMPARE(k.costUsdPerPflop, 4.0);
        QCOMPARE(k.energyKwhPerPflop, 2.0);
        QCOMPARE(k.queueEpisodeMeanMin, 15.0);
        QCOMPARE(k.responsivenessMin, 0.0); // no load step: nothing to recover from
        QCOMPARE(k.makespanH, 12.0);
        QCOMPARE(k.queueWaitMeanH, 0.5);
        QCOMPARE(k.jobsTotal, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestKpiCalculator)
#include "tst_kpicalculator.moc"
