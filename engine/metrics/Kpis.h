#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nephos {

/// Key performance indicators of one run (paper Table 7 plus totals), all computed from the run.
struct Kpis
{
    double utilisationCpuPct = 0.0; ///< time-weighted over provisioned capacity
    double utilisationMemPct = 0.0;
    double utilisationGpuPct = 0.0;
    double jctMeanH = 0.0; ///< job completion time (arrival to finish), completed jobs
    double jctP50H = 0.0;
    double jctP95H = 0.0;
    double jctP99H = 0.0;
    double slaViolationPct = 0.0; ///< % of finished-or-overdue jobs past their SLA
    double energyKwhPerPflop = 0.0;
    double costUsdPerPflop = 0.0;
    double intercloudTb = 0.0;        ///< data moved between providers
    double responsivenessMin = 0.0;   ///< mean minutes from a load step until the queue recovers
    double queueEpisodeMeanMin = 0.0; ///< mean length of periods with a non-empty queue
    double totalCostUsd = 0.0;        ///< VM billing + egress + dataset storage
    double computeCostUsd = 0.0;
    double egressCostUsd = 0.0;
    double storageCostUsd = 0.0;
    double energyKwh = 0.0; ///< facility energy (IT energy × PUE)
    double carbonKgCo2e = 0.0;
    double usefulPflop = 0.0; ///< work done by completed and running jobs
    double makespanH = 0.0;   ///< first arrival to last completion
    double queueWaitMeanH = 0.0;
    std::int64_t jobsTotal = 0; ///< jobs that arrived within the horizon
    std::int64_t jobsCompleted = 0;
    std::int64_t jobsFailedRequeued = 0; ///< re-queues caused by VM failures

    /// Every KPI as (snake_case key, value), in a fixed order: the single source for the CLI's
    /// JSON, CSV export, the run store and the KPI cards. Keys match `nephos-cli run --json`.
    std::vector<std::pair<std::string, double>> keyValues() const;
};

} // namespace nephos
