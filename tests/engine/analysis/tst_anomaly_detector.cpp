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
};

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomaly_detector.moc"
