#include "metrics/KpiCalculator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nephos {

namespace {
double ratio(double a, double b)
{
    return b > 0.0 ? a / b : 0.0;
}
} // namespace

double KpiCalculator::percentileSorted(const std::vector<double>& v, double p)
{
    if (v.empty())
        return 0.0;
    const double pos = std::min(std::max(p, 0.0), 1.0) * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, v.size() - 1);
    const double frac = pos - static_cast<double>(lo);
    return v[lo] + (v[hi] - v[lo]) * frac;
}

double KpiCalculator::percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileSorted(values, p);
}

Kpis KpiCalculator::compute(KpiInputs in)
{
    Kpis k;
    k.utilisationCpuPct = 100.0 * ratio(in.usedVcpuHours, in.provisionedVcpuHours);
    k.utilisationMemPct = 100.0 * ratio(in.usedMemGibHours, in.provisionedMemGibHours);
    k.utilisationGpuPct = 100.0 * ratio(in.usedGpuHours, in.provisionedGpuHours);
    std::sort(in.completionHours.begin(), in.completionHours.end());
    const auto& jct = in.completionHours;
    if (!jct.empty())
        k.jctMeanH = std::accumulate(jct.begin(), jct.end(), 0.0) / static_cast<double>(jct.size());
    k.jctP50H = percentileSorted(jct, 0.50);
    k.jctP95H = percentileSorted(jct, 0.95);
    k.jctP99H = percentileSorted(jct, 0.99);
    k.slaViolationPct =
        100.0 * ratio(static_cast<double>(in.slaViolated), static_cast<double>(in.slaJudged));
    k.computeCostUsd = in.computeCostUsd;
    k.egressCostUsd = in.egressCostUsd;
    k.storageCostUsd = in.storageCostUsd;
    k.totalCostUsd = in.computeCostUsd + in.egressCostUsd + in.storageCostUsd;
    k.energyKwh = in.energyKwh;
    k.carbonKgCo2e = in.carbonKg;
    k.usefulPflop = in.usefulPflop;
    k.energyKwhPerPflop = ratio(in.energyKwh, in.usefulPflop);
    k.costUsdPerPflop = ratio(k.totalCostUsd, in.usefulPflop);
    k.intercloudTb = in.intercloudTb;
    if (!in.stepRecoveryHours.empty())
        k.responsivenessMin =
            60.0 * std::accumulate(in.stepRecoveryHours.begin(), in.stepRecoveryHours.end(), 0.0) /
            static_cast<double>(in.stepRecoveryHours.size());
    k.queueEpisodeMeanMin =
        60.0 * ratio(in.queueEpisodeHours, static_cast<double>(in.queueEpisodes));
    if (in.firstArrivalHours >= 0.0 && in.lastFinishHours >= 0.0)
        k.makespanH = in.lastFinishHours - in.firstArrivalHours;
    if (!in.queueWaitHours.empty())
        k.queueWaitMeanH =
            std::accumulate(in.queueWaitHours.begin(), in.queueWaitHours.end(), 0.0) /
            static_cast<double>(in.queueWaitHours.size());
    k.jobsTotal = in.jobsTotal;
    k.jobsCompleted = in.jobsCompleted;
    k.jobsFailedRequeued = in.requeues;
    return k;
}

} // namespace nephos
