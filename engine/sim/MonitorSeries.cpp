#include "sim/MonitorSeries.h"

namespace nephos {

int MonitorSeries::entityIndex(const std::string& id) const
{
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i] == id)
            return static_cast<int>(i);
    return -1;
}

float MonitorSeries::value(SeriesMetric m, int entity, std::size_t sample) const
{
    const std::size_t block =
        static_cast<std::size_t>(m) * entities.size() + static_cast<std::size_t>(entity);
    return values[block * capacity + sample];
}

std::vector<float> MonitorSeries::series(SeriesMetric m, int entity) const
{
    const std::size_t block =
        static_cast<std::size_t>(m) * entities.size() + static_cast<std::size_t>(entity);
    const auto first = values.begin() + static_cast<std::ptrdiff_t>(block * capacity);
    return std::vector<float>(first, first + static_cast<std::ptrdiff_t>(sampleCount()));
}

const char* MonitorSeries::metricKey(SeriesMetric m)
{
    switch (m) {
    case SeriesMetric::CpuUtilPct:
        return "cpu_util_pct";
    case SeriesMetric::MemUtilPct:
        return "mem_util_pct";
    case SeriesMetric::GpuUtilPct:
        return "gpu_util_pct";
    case SeriesMetric::QueueLength:
        return "queue_length";
    case SeriesMetric::RunningJobs:
        return "running_jobs";
    case SeriesMetric::ProvisionedVms:
        return "provisioned_vms";
    case SeriesMetric::CostRateUsdPerHour:
        return "cost_rate_usd_per_h";
    case SeriesMetric::CumulativeCostUsd:
        return "cumulative_cost_usd";
    case SeriesMetric::PowerKw:
        return "power_kw";
    case SeriesMetric::CarbonRateKgPerHour:
        return "carbon_rate_kg_per_h";
    case SeriesMetric::Count:
        break;
    }
    return "unknown";
}

} // namespace nephos
