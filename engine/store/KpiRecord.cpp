#include "store/KpiRecord.h"

#include <cmath>

namespace nephos {

bool KpiRecord::set(Kpis& k, const std::string& key, double v)
{
    struct DoubleField
    {
        const char* key;
        double Kpis::*member;
    };
    static const DoubleField kDoubles[] = {
        {"utilisation_cpu_pct", &Kpis::utilisationCpuPct},
        {"utilisation_mem_pct", &Kpis::utilisationMemPct},
        {"utilisation_gpu_pct", &Kpis::utilisationGpuPct},
        {"jct_mean_h", &Kpis::jctMeanH},
        {"jct_p50_h", &Kpis::jctP50H},
        {"jct_p95_h", &Kpis::jctP95H},
        {"jct_p99_h", &Kpis::jctP99H},
        {"sla_violation_pct", &Kpis::slaViolationPct},
        {"energy_kwh_per_pflop", &Kpis::energyKwhPerPflop},
        {"cost_usd_per_pflop", &Kpis::costUsdPerPflop},
        {"intercloud_tb", &Kpis::intercloudTb},
        {"responsiveness_min", &Kpis::responsivenessMin},
        {"total_cost_usd", &Kpis::totalCostUsd},
        {"compute_cost_usd", &Kpis::computeCostUsd},
        {"egress_cost_usd", &Kpis::egressCostUsd},
        {"energy_kwh", &Kpis::energyKwh},
        {"carbon_kg_co2e", &Kpis::carbonKgCo2e},
        {"useful_pflop", &Kpis::usefulPflop},
        {"makespan_h", &Kpis::makespanH},
        {"queue_wait_mean_h", &Kpis::queueWaitMeanH},
    };
    struct CountField
    {
        const char* key;
        std::int64_t Kpis::*member;
    };
    static const CountField kCounts[] = {
        {"jobs_total", &Kpis::jobsTotal},
        {"jobs_completed", &Kpis::jobsCompleted},
        {"jobs_failed_requeued", &Kpis::jobsFailedRequeued},
    };
    for (const auto& f : kDoubles) {
        if (key == f.key) {
            k.*f.member = v;
            return true;
        }
    }
    for (const auto& f : kCounts) {
        if (key == f.key) {
            k.*f.member = static_cast<std::int64_t>(std::llround(v));
            return true;
        }
    }
    return false;
}

} // namespace nephos
