#pragma once

#include "metrics/Kpis.h"

#include <cstdint>
#include <vector>

namespace nephos {

/// Raw run quantities the KPIs are computed from (filled by the simulation kernel).
struct KpiInputs
{
    std::vector<double> completionHours; ///< arrival to finish, per completed job
    std::vector<double> queueWaitHours;  ///< time spent queued so far, per job placed at least once
    std::int64_t slaJudged = 0;          ///< finished jobs + unfinished jobs already past their SLA
    std::int64_t slaViolated = 0;
    double usedVcpuHours = 0.0; ///< Σ vcpus × cpuUtil × hours of running jobs
    double provisionedVcpuHours = 0.0;
    double usedMemGibHours = 0.0;
    double provisionedMemGibHours = 0.0;
    double usedGpuHours = 0.0;
    double provisionedGpuHours = 0.0;
    double computeCostUsd = 0.0;
    double egressCostUsd = 0.0;
    double storageCostUsd = 0.0;
    double energyKwh = 0.0;
    double carbonKg = 0.0;
    double usefulPflop = 0.0;
    double intercloudTb = 0.0;
    double firstArrivalHours = -1.0;
    double lastFinishHours = -1.0;
    /// Per load step: hours from the step until the queue is back to its pre-step level (0 when
    /// it never rose; up to the end of the run when it has not recovered).
    std::vector<double> stepRecoveryHours;
    double queueEpisodeHours = 0.0; ///< Σ durations of periods with a non-empty queue
    std::int64_t queueEpisodes = 0;
    std::int64_t jobsTotal = 0;
    std::int64_t jobsCompleted = 0;
    std::int64_t requeues = 0;
};

/// Paper Table 7 KPIs from raw run quantities. Percentiles interpolate linearly between order
/// statistics (p in [0, 1]); ratios with a zero denominator are 0.
class KpiCalculator
{
public:
    static Kpis compute(KpiInputs inputs);
    /// `values` need not be sorted; empty gives 0.
    static double percentile(std::vector<double> values, double p);
    static double percentileSorted(const std::vector<double>& sorted, double p);
};

} // namespace nephos
