#pragma once

// Hand-built scenario and run used as test data by the analysis view tests, and a real run of the
// default scenario for screenshots. The hand-built numbers are arbitrary test data.

#include "scenario/DefaultScenario.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"
#include "sim/Simulation.h"

#include <QImage>
#include <QString>
#include <QWidget>

#include <cmath>

namespace nephos::test {

inline constexpr std::size_t kSamples = 120;
inline constexpr std::size_t kSpikeSample = 80;

inline Scenario sampleScenario()
{
    Scenario s;
    s.name = "hand-built test scenario";
    s.providers = {{"aws", "Amazon Web Services", true, 0.0, {}},
                   {"gcp", "Google Cloud", true, 0.0, {}}};
    Region use1;
    use1.id = "aws:us-east-1";
    use1.provider = "aws";
    use1.name = "US East (N. Virginia)";
    use1.latitude = 38.9;
    use1.longitude = -77.4;
    use1.pue = 1.15;
    use1.carbonKgPerKwh = 0.38;
    Region euw1;
    euw1.id = "gcp:europe-west1";
    euw1.provider = "gcp";
    euw1.name = "Belgium";
    euw1.latitude = 50.4;
    euw1.longitude = 3.8;
    euw1.pue = 1.09;
    euw1.carbonKgPerKwh = 0.17;
    Region apse1;
    apse1.id = "aws:ap-southeast-1";
    apse1.provider = "aws";
    apse1.name = "Asia Pacific (Singapore)";
    apse1.latitude = 1.3;
    apse1.longitude = 103.8;
    apse1.pue = 1.2;
    apse1.carbonKgPerKwh = 0.41;
    s.regions = {use1, euw1, apse1};
    s.instanceTypes = {{"m5.2xlarge", "aws", 8, 32, "", 0, 0.7, 3.5},
                       {"m5.large", "aws", 2, 8, "", 0, 0.7, 3.5},
                       {"n2-standard-8", "gcp", 8, 32, "", 0, 0.7, 3.5}};
    s.offers = {{"aws:us-east-1", "m5.2xlarge", 0.384, 0.12, false},
                {"aws:ap-southeast-1", "m5.2xlarge", 0.48, -1.0, false},
                {"aws:us-east-1", "m5.large", 0.096, -1.0, false},
                {"gcp:europe-west1", "n2-standard-8", 0.39, -1.0, false}};
    s.pool = {{"aws:us-east-1", "m5.2xlarge", 10, 2, 20, false, 0},
              {"aws:ap-southeast-1", "m5.2xlarge", 4, 0, 8, false, 0},
              {"aws:us-east-1", "m5.large", 20, 0, 20, false, 0},
              {"gcp:europe-west1", "n2-standard-8", 6, 1, 12, false, 0}};
    WorkloadClass w;
    w.name = "analytics";
    w.kind = "analytics";
    w.vcpus = 4;
    w.memoryGib = 16;
    w.durationHours.mean = 2.0;
    w.checkpointHours = 0.5;
    w.homeRegion = "aws:us-east-1";
    s.workloads = {w};
    return s;
}

/// Region r's CPU utilisation in the hand run (constant): 90, 20, 50 %.
inline double sampleRegionCpu(int r)
{
    return r == 0 ? 90.0 : r == 1 ? 20.0 : 50.0;
}

inline RunResult sampleRun()
{
    RunResult r;
    r.status = RunStatus::Completed;
    r.policy = "least-loaded";
    r.seed = 7;
    r.simulatedHours = double(kSamples) / 12.0;
    MonitorSeries& m = r.series;
    m.entities = {"aws", "gcp", "aws:us-east-1", "gcp:europe-west1", "aws:ap-southeast-1", "total"};
    m.providerCount = 2;
    m.regionCount = 3;
    m.capacity = kSamples;
    m.values.assign(std::size_t(SeriesMetric::Count) * m.entities.size() * kSamples, 0.0f);
    for (std::size_t i = 0; i < kSamples; ++i)
        m.timesHours.push_back(double(i) / 12.0);
    auto set = [&](SeriesMetric metric, int e, std::size_t i, double v) {
        m.values[(std::size_t(metric) * m.entities.size() + std::size_t(e)) * kSamples + i] =
            float(v);
    };
    for (std::size_t i = 0; i < kSamples; ++i) {
        const double wiggle = std::sin(double(i) * 0.7);
        for (int e = 0; e < m.entityCount(); ++e) {
            const double base = e >= 2 && e <= 4 ? sampleRegionCpu(e - 2) : 60.0 + 5.0 * e;
            set(SeriesMetric::CpuUtilPct, e, i, base + wiggle);
            set(SeriesMetric::MemUtilPct, e, i, 40.0 + wiggle);
            set(SeriesMetric::GpuUtilPct, e, i, 0.0);
            // Queue of region aws:us-east-1 grows over time; others stay flat.
            set(SeriesMetric::QueueLength, e, i, e == 2 ? double(i) / 4.0 : 3.0);
            set(SeriesMetric::RunningJobs, e, i, 10.0 + e);
            set(SeriesMetric::ProvisionedVms, e, i, 20.0);
            set(SeriesMetric::CostRateUsdPerHour, e, i, 5.0 + e + 0.01 * double(i));
            set(SeriesMetric::CumulativeCostUsd, e, i, (5.0 + e) * double(i) / 12.0);
            set(SeriesMetric::PowerKw, e, i, 3.0 + 0.5 * e);
            set(SeriesMetric::CarbonRateKgPerHour, e, i, 1.0 + 0.2 * e);
        }
    }
    set(SeriesMetric::CpuUtilPct, 0, kSpikeSample, 99.0); // the injected anomaly (provider aws)

    const char* regionIds[] = {"aws:us-east-1", "gcp:europe-west1", "aws:ap-southeast-1"};
    for (int k = 0; k < 3; ++k) {
        UsageTotals u;
        u.id = regionIds[k];
        u.vmHours = 100.0 * (k + 1);
        u.avgCpuUtilPct = sampleRegionCpu(k);
        u.avgMemUtilPct = 40.0;
        u.avgQueueLength = 1.5 * (k + 1);
        u.costUsd = 250.0 * (k + 1);
        u.energyKwh = 80.0 + k;
        u.carbonKg = 30.0 + k;
        u.jobsCompleted = 12 + k;
        r.regions.push_back(u);
    }
    const char* types[] = {"m5.2xlarge", "m5.large", "n2-standard-8"};
    const double typeCpu[] = {70.0, 3.0, 55.0}; // m5.large is nearly idle
    for (int k = 0; k < 3; ++k) {
        UsageTotals u;
        u.id = types[k];
        u.vmHours = 140.0 + 100.0 * k;
        u.avgCpuUtilPct = typeCpu[k];
        u.avgMemUtilPct = typeCpu[k] / 2.0;
        u.costUsd = 50.0 * (k + 1);
        u.energyKwh = 20.0 * (k + 1);
        u.carbonKg = 7.0 * (k + 1);
        u.usefulPflop = 3.0 * (k + 1);
        u.jobsCompleted = 5 * (k + 1);
        r.instanceTypes.push_back(u);
    }
    for (const char* p : {"aws", "gcp"}) {
        UsageTotals u;
        u.id = p;
        r.providers.push_back(u);
    }
    r.transfers.push_back({"aws:us-east-1", "gcp:europe-west1", 2.5, 225.0, 40});
    r.kpis.utilisationCpuPct = 61.25;
    r.kpis.jctMeanH = 3.5;
    r.kpis.jobsTotal = 40;
    r.kpis.jobsCompleted = 36;
    r.kpis.totalCostUsd = 1500.0;
    return r;
}

/// A real run of the embedded default scenario (for screenshots and end-to-end checks).
inline RunResult defaultRun(Scenario* scenarioOut)
{
    Scenario s = defaultScenario();
    Simulation sim(s);
    sim.run();
    if (scenarioOut)
        *scenarioOut = s;
    return sim.result();
}

/// True when the image has more than `minColours` distinct colours (not blank).
inline bool hasContent(const QImage& image, int minColours = 8)
{
    QList<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) {
            const QRgb c = image.pixel(x, y);
            if (!seen.contains(c)) {
                seen << c;
                if (seen.size() > minColours)
                    return true;
            }
        }
    return false;
}

} // namespace nephos::test
