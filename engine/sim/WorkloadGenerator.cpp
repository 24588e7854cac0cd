#include "sim/WorkloadGenerator.h"

#include "sim/Random.h"

#include <algorithm>
#include <cmath>

namespace nephos {

namespace {
constexpr double kTwoPi = 6.283185307179586476925286766559;

double maxRate(const ArrivalProcess& a)
{
    double m = a.ratePerHour * (1.0 + std::fabs(a.diurnalAmplitude));
    double burst = 1.0;
    for (const Burst& b : a.bursts)
        burst *= std::max(1.0, b.rateMultiplier);
    return m * burst;
}
} // namespace

double WorkloadGenerator::rateAt(const ArrivalProcess& a, double h)
{
    double r =
        a.ratePerHour * (1.0 + a.diurnalAmplitude * std::cos(kTwoPi * (h - a.peakHourUtc) / 24.0));
    for (const Burst& b : a.bursts)
        if (h >= b.startHour && h < b.startHour + b.durationHours)
            r *= b.rateMultiplier;
    return std::max(0.0, r);
}

double WorkloadGenerator::sample(const Distribution& d, Random& rng)
{
    double x = d.mean;
    switch (d.kind) {
    case Distribution::Kind::Fixed:
        break;
    case Distribution::Kind::Exponential:
        x = rng.exponential(d.mean);
        break;
    case Distribution::Kind::LogNormal: {
        // mean and stddev are those of the log-normal variable itself
        const double cv2 = d.mean > 0 ? (d.stddev * d.stddev) / (d.mean * d.mean) : 0.0;
        const double sigma2 = std::log1p(cv2);
        const double mu = std::log(std::max(d.mean, 1e-300)) - 0.5 * sigma2;
        x = std::exp(mu + std::sqrt(sigma2) * rng.normal());
        break;
    }
    case Distribution::Kind::Uniform:
        x = d.max > d.min ? d.min + (d.max - d.min) * rng.uniform() : d.mean;
        break;
    }
    if (d.max > 0.0)
        x = std::min(std::max(x, d.min), d.max);
    return std::max(x, 0.0);
}

namespace {
/// Dataset indices of a class's catalogue (unknown names are skipped: the validator reports them).
std::vector<int> datasetIndices(const Scenario& s, const WorkloadClass& w)
{
    std::vector<int> out;
    for (const std::string& name : w.datasets)
        for (std::size_t d = 0; d < s.datasets.size(); ++d)
            if (s.datasets[d].name == name)
                out.push_back(static_cast<int>(d));
    return out;
}

int drawDataset(const std::vector<int>& catalogue, Random& rng)
{
    if (catalogue.empty())
        return -1;
    const auto n = catalogue.size();
    const auto k =
        std::min(n - 1, static_cast<std::size_t>(rng.uniform() * static_cast<double>(n)));
    return catalogue[k];
}
} // namespace

std::vector<JobSpec> WorkloadGenerator::generate(const Scenario& s)
{
    std::vector<JobSpec> jobs;
    std::vector<std::vector<int>> catalogues;
    for (const WorkloadClass& w : s.workloads)
        catalogues.push_back(datasetIndices(s, w));
    const double horizon = s.settings.horizonHours;
    for (std::size_t c = 0; c < s.workloads.size(); ++c) {
        const WorkloadClass& w = s.workloads[c];
        const double lambdaMax = maxRate(w.arrival);
        if (lambdaMax <= 0.0)
            continue;
        Random rng(s.settings.seed, c + 1);
        Random dataRng(s.settings.seed, 0xda7a0000ULL + c);
        jobs.reserve(jobs.size() + static_cast<std::size_t>(lambdaMax * horizon * 0.7) + 16);
        double t = 0.0;
        for (;;) {
            t += rng.exponential(1.0 / lambdaMax);
            if (t >= horizon)
                break;
            const double accept = rng.uniform();
            if (accept * lambdaMax >= rateAt(w.arrival, t))
                continue;
            JobSpec j;
            j.arrivalHours = t;
            j.referenceHours = sample(w.durationHours, rng);
            j.workloadClass = static_cast<int>(c);
            j.vcpus = w.vcpus;
            j.memoryGib = w.memoryGib;
            j.gpus = w.gpus;
            j.dataset = drawDataset(catalogues[c], dataRng);
            jobs.push_back(j);
        }
    }
    Random traceDataRng(s.settings.seed, 0xda7affffULL);
    for (std::size_t ti = 0; ti < s.traceJobs.size(); ++ti) {
        const TraceJob& tj = s.traceJobs[ti];
        if (tj.arrivalHours < 0.0 || tj.arrivalHours >= horizon)
            continue;
        JobSpec j;
        j.traceIndex = static_cast<int>(ti);
        j.arrivalHours = tj.arrivalHours;
        j.referenceHours = tj.durationHours;
        j.workloadClass = -1;
        for (std::size_t c = 0; c < s.workloads.size(); ++c)
            if (s.workloads[c].name == tj.workloadClass)
                j.workloadClass = static_cast<int>(c);
        j.vcpus = tj.vcpus;
        j.memoryGib = tj.memoryGib;
        j.gpus = tj.gpus > 0 ? tj.gpus : tj.gpuFraction;
        if (!tj.dataset.empty()) {
            for (std::size_t d = 0; d < s.datasets.size(); ++d)
                if (s.datasets[d].name == tj.dataset)
                    j.dataset = static_cast<int>(d);
        } else if (j.workloadClass >= 0) {
            j.dataset =
                drawDataset(catalogues[static_cast<std::size_t>(j.workloadClass)], traceDataRng);
        }
        jobs.push_back(j);
    }
    std::stable_sort(jobs.begin(), jobs.end(), [](const JobSpec& a, const JobSpec& b) {
        return a.arrivalHours < b.arrivalHours;
    });
    return jobs;
}

} // namespace nephos
