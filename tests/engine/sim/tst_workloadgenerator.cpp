#include "FuzzyCompare.h"

#include "sim/Random.h"
#include "sim/WorkloadGenerator.h"

#include <QTest>

#include <cmath>

using namespace nephos;

// Job generation: thinning follows the diurnal rate and bursts, durations follow their
// distribution, classes have independent streams, trace jobs are kept.
class TestWorkloadGenerator : public QObject
{
    Q_OBJECT
private:
    static Scenario oneClass(double rate, double amplitude)
    {
        Scenario s;
        WorkloadClass w;
        w.name = "a";
        w.arrival.ratePerHour = rate;
        w.arrival.diurnalAmplitude = amplitude;
        w.arrival.peakHourUtc = 14.0;
        w.durationHours.kind = Distribution::Kind::Fixed;
        w.durationHours.mean = 2.0;
        s.workloads = {w};
        s.settings.horizonHours = 24.0 * 200;
        s.settings.seed = 1234;
        return s;
    }

private Q_SLOTS:
    void countMatchesIntegratedRate()
    {
        const Scenario s = oneClass(10.0, 0.8);
        const auto jobs = WorkloadGenerator::generate(s);
        const double expected = 10.0 * s.settings.horizonHours; // the cosine integrates to 0
        // Poisson: sd = sqrt(48000) ≈ 219; allow 4 sd
        QVERIFY(std::fabs(static_cast<double>(jobs.size()) - expected) < 4 * std::sqrt(expected));
        // diurnal shape: the peak hour sees (1 + 0.8) / (1 - 0.8) = 9x the trough hour
        double peak = 0, trough = 0;
        for (const JobSpec& j : jobs) {
            const int h = static_cast<int>(std::fmod(j.arrivalHours, 24.0));
            peak += h == 14;
            trough += h == 2;
        }
        QVERIFY(peak / trough > 6.0 && peak / trough < 12.0);
        for (std::size_t i = 1; i < jobs.size(); ++i)
            QVERIFY(jobs[i - 1].arrivalHours <= jobs[i].arrivalHours);
    }

    void burstMultipliesRate()
    {
        Scenario s = oneClass(5.0, 0.0);
        s.workloads[0].arrival.bursts.push_back({100.0, 50.0, 4.0});
        const auto jobs = WorkloadGenerator::generate(s);
        double in = 0, before = 0;
        for (const JobSpec& j : jobs) {
            in += j.arrivalHours >= 100 && j.arrivalHours < 150;
            before += j.arrivalHours >= 40 && j.arrivalHours < 90;
        }
        QVERIFY(in / before > 3.0 && in / before < 5.3);
        QCOMPARE(WorkloadGenerator::rateAt(s.workloads[0].arrival, 120.0), 20.0);
    }

    void logNormalHasRequestedMoments()
    {
        Distribution d;
        d.kind = Distribution::Kind::LogNormal;
        d.mean = 8.7;
        d.stddev = 4.0;
        Random rng(5);
        const int n = 200000;
        double sum = 0, sq = 0;
        for (int i = 0; i < n; ++i) {
            const double x = WorkloadGenerator::sample(d, rng);
            QVERIFY(x > 0);
            sum += x;
            sq += x * x;
        }
        const double mean = sum / n;
        NEPHOS_FUZZY_COMPARE(mean, 8.7, 0.01);
        NEPHOS_FUZZY_COMPARE(std::sqrt(sq / n - mean * mean), 4.0, 0.03);
        d.kind = Distribution::Kind::Uniform;
        d.min = 1.0;
        d.max = 3.0;
        for (int i = 0; i < 1000; ++i) {
            const double x = WorkloadGenerator::sample(d, rng);
            QVERIFY(x >= 1.0 && x <= 3.0);
        }
    }

    void classesAreIndependentStreams()
    {
        Scenario s = oneClass(3.0, 0.2);
        const auto alone = WorkloadGenerator::generate(s);
        WorkloadClass other = s.workloads[0];
        other.name = "b";
        other.durationHours.mean = 7.0;
        s.workloads.push_back(other);
        const auto both = WorkloadGenerator::generate(s);
        std::vector<double> firstClass;
        for (const JobSpec& j : both)
            if (j.workloadClass == 0)
                firstClass.push_back(j.arrivalHours);
        QCOMPARE(firstClass.size(), alone.size());
        for (std::size_t i = 0; i < alone.size(); ++i)
            QCOMPARE(firstClass[i], alone[i].arrivalHours);
    }

    void traceJobsKeptWithClass()
    {
        Scenario s = oneClass(0.0, 0.0);
        TraceJob t;
        t.arrivalHours = 3.0;
        t.durationHours = 1.5;
        t.vcpus = 3;
        t.gpuFraction = 0.25;
        t.workloadClass = "a";
        s.traceJobs = {t};
        TraceJob late = t;
        late.arrivalHours = s.settings.horizonHours + 1; // outside the horizon: dropped
        s.traceJobs.push_back(late);
        const auto jobs = WorkloadGenerator::generate(s);
        QCOMPARE(jobs.size(), std::size_t(1));
        QCOMPARE(jobs[0].workloadClass, 0);
        QCOMPARE(jobs[0].gpus, 0.25);
        QCOMPARE(jobs[0].referenceHours, 1.5);
    }
};

QTEST_GUILESS_MAIN(TestWorkloadGenerator)
#include "tst_workloadgenerator.moc"
