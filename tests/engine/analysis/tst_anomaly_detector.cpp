#include "analysis/AnomalyDetector.h"

#include <QTest>

#include <cmath>

using nephos::Anomaly;
using nephos::AnomalyDetector;

namespace {

std::vector<double> hourlyTimes(std::size_t n)
{
    std::vector<double> t(n);
    for (std::size_t i = 0; i < n; ++i)
        t[i] = static_cast<double>(i) / 12.0; // 5-minute ticks
    return t;
}

/// A utilisation-like series: 60 % with a small deterministic wiggle.
std::vector<float> wiggly(std::size_t n)
{
    std::vector<float> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = 60.0f + 2.0f * static_cast<float>(std::sin(static_cast<double>(i) * 0.7));
    return v;
}

} // namespace

class TestAnomalyDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flatSeriesHasNoAnomaly()
    {
        const std::vector<float> flat(300, 42.0f);
        QVERIFY(AnomalyDetector().detect(flat, hourlyTimes(300)).empty());
    }

    void smallNoiseHasNoAnomaly()
    {
        QVERIFY(AnomalyDetector().detect(wiggly(300), hourlyTimes(300)).empty());
    }

    void injectedSpikeIsFlaggedAtItsSample()
    {
        std::vector<float> v = wiggly(300);
        v[150] = 98.0f;
        const auto times = hourlyTimes(300);
        const std::vector<Anomaly> found = AnomalyDetector().detect(v, times);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].sample, std::size_t(150));
        QCOMPARE(found[0].timeHours, times[150]);
        QCOMPARE(found[0].value, 98.0);
        QVERIFY(found[0].zScore > AnomalyDetector().settings().threshold);
        // The baseline is the mean of the 24 preceding samples.
        double mean = 0.0;
        for (std::size_t i = 126; i < 150; ++i)
            mean += v[i];
        mean /= 24.0;
        QVERIFY(std::fabs(found[0].baseline - mean) < 1e-4);
    }

    void dropIsFlaggedWithNegativeScore()
    {
        std::vector<float> v = wiggly(200);
        v[100] = 5.0f;
        const auto found = AnomalyDetector().detect(v, hourlyTimes(200));
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(found[0].zScore < 0.0);
    }

    void consecutiveFlaggedSamplesMergeIntoOne()
    {
        std::vector<float> v = wiggly(200);
        v[100] = 90.0f;
        v[101] = 99.0f;
        v[102] = 92.0f;
        const auto found = AnomalyDetector().detect(v, hourlyTimes(200));
        // Three flagged samples in a row give one anomaly, at the largest |z|: the first, because
        // the spike itself widens the rolling deviation for the samples after it.
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].sample, std::size_t(100));
        QCOMPARE(found[0].value, 90.0);
    }

    void tooShortSeriesIsIgnored()
    {
        const std::vector<float> v{1.0f, 100.0f, 1.0f};
        QVERIFY(AnomalyDetector().detect(v, hourlyTimes(3)).empty());
    }

    void minimumDeviationSuppressesTinyJumps()
    {
        // A jump of 3 units over a flat history: huge z (std floor 1 → z = 3 < 4) — and with a
        // lower threshold the absolute floor of 5 units still suppresses it.
        std::vector<float> v(100, 10.0f);
        v[60] = 13.0f;
        AnomalyDetector::Settings s;
        s.threshold = 1.0;
        QVERIFY(AnomalyDetector(s).detect(v, hourlyTimes(100)).empty());
        s.minAbsDeviation = 1.0;
        QCOMPARE(AnomalyDetector(s).detect(v, hourlyTimes(100)).size(), std::size_t(1));
    }

    void runDetectionCoversProvidersAndTotalOfUtilisationAndQueue()
    {
        using nephos::MonitorSeries;
        using nephos::SeriesMetric;
        MonitorSeries m;
        m.entities = {"aws", "gcp", "aws:r1", "gcp:r2", "total"};
        m.providerCount = 2;
        m.regionCount = 2;
        const std::size_t n = 200;
        m.capacity = n;
        m.timesHours = hourlyTimes(n);
        m.values.assign(std::size_t(SeriesMetric::Count) * m.entities.size() * n, 0.0f);
        const std::vector<float> base = wiggly(n);
        auto fill = [&](SeriesMetric metric, int e, const std::vector<float>& v) {
            const std::size_t block = std::size_t(metric) * m.entities.size() + std::size_t(e);
            std::copy(v.begin(), v.end(), m.values.begin() + std::ptrdiff_t(block * n));
        };
        for (int e = 0; e < m.entityCount(); ++e)
            for (SeriesMetric metric :
                 {SeriesMetric::CpuUtilPct, SeriesMetric::MemUtilPct, SeriesMetric::GpuUtilPct,
                  SeriesMetric::QueueLength, SeriesMetric::CostRateUsdPerHour})
                fill(metric, e, base);
        std::vector<float> gcpQueue = base;
        gcpQueue[120] = 200.0f;
        fill(SeriesMetric::QueueLength, 1, gcpQueue);
        std::vector<float> regionSpike = base;
        regionSpike[90] = 100.0f; // regions are not scanned by detectRun
        fill(SeriesMetric::CpuUtilPct, 2, regionSpike);
        std::vector<float> costSpike = base;
        costSpike[60] = 1000.0f; // nor are cost series
        fill(SeriesMetric::CostRateUsdPerHour, 0, costSpike);
        std::vector<float> totalMem = base;
        totalMem[150] = 0.0f;
        fill(SeriesMetric::MemUtilPct, 4, totalMem);

        const std::vector<Anomaly> found = AnomalyDetector().detectRun(m);
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].metric, SeriesMetric::QueueLength);
        QCOMPARE(found[0].entity, 1);
        QCOMPARE(found[0].sample, std::size_t(120));
        QCOMPARE(found[1].metric, SeriesMetric::MemUtilPct);
        QCOMPARE(found[1].entity, 4);
        QCOMPARE(found[1].timeHours, m.timesHours[150]);
    }
};

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomaly_detector.moc"
