#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nephos {

/// Quantities sampled at every monitoring tick.
enum class SeriesMetric : int {
    CpuUtilPct, ///< used vCPU-share / provisioned vCPUs, %
    MemUtilPct,
    GpuUtilPct,
    QueueLength, ///< jobs waiting (attributed to their home region / provider)
    RunningJobs,
    ProvisionedVms,
    CostRateUsdPerHour,
    CumulativeCostUsd,
    PowerKw, ///< facility power (IT × PUE)
    CarbonRateKgPerHour,
    Count
};

/// Compact monitoring time series. Entities are the providers, then the regions, then "total".
/// Values are stored as float in one block laid out [metric][entity][sample].
struct MonitorSeries
{
    std::vector<std::string> entities;
    int providerCount = 0; ///< entities[0, providerCount) are providers
    int regionCount = 0;   ///< entities[providerCount, providerCount + regionCount) are regions
    std::vector<double> timesHours; ///< samples taken so far
    std::size_t capacity = 0;       ///< samples allocated per (metric, entity)
    std::vector<float> values;      ///< size Count * entityCount() * capacity

    std::size_t sampleCount() const { return timesHours.size(); }
    int entityCount() const { return static_cast<int>(entities.size()); }
    int totalEntity() const { return entityCount() - 1; }
    /// -1 when unknown.
    int entityIndex(const std::string& id) const;
    float value(SeriesMetric m, int entity, std::size_t sample) const;
    /// All samples of one metric for one entity.
    std::vector<float> series(SeriesMetric m, int entity) const;

    static const char* metricKey(SeriesMetric m); ///< "cpu_util_pct", …
};

} // namespace nephos
