#include "metrics/Kpis.h"

namespace nephos {

std::vector<std::pair<std::string, double>> Kpis::keyValues() const
{
    return {
        {"utilisation_cpu_pct", utilisationCpuPct},
        {"utilisation_mem_pct", utilisationMemPct},
        {"utilisation_gpu_pct", utilisationGpuPct},
        {"jct_mean_h", jctMeanH},
        {"jct_p50_h", jctP50H},
        {"jct_p95_h", jctP95H},
        {"jct_p99_h", jctP99H},
        {"sla_violation_pct", slaViolationPct},
        {"energy_kwh_per_pflop", energyKwhPerPflop},
        {"cost_usd_per_pflop", costUsdPerPflop},
        {"intercloud_tb", intercloudTb},
        {"responsiveness_min", responsivenessMin},
        {"queue_episode_mean_min", queueEpisodeMeanMin},
        {"total_cost_usd", totalCostUsd},
        {"compute_cost_usd", computeCostUsd},
        {"egress_cost_usd", egressCostUsd},
        {"storage_cost_usd", storageCostUsd},
        {"energy_kwh", energyKwh},
        {"carbon_kg_co2e", carbonKgCo2e},
        {"useful_pflop", usefulPflop},
        {"makespan_h", makespanH},
        {"queue_wait_mean_h", queueWaitMeanH},
        {"jobs_total", static_cast<double>(jobsTotal)},
        {"jobs_completed", static_cast<double>(jobsCompleted)},
        {"jobs_failed_requeued", static_cast<double>(jobsFailedRequeued)},
    };
}

} // namespace nephos
