#pragma once

#include <QString>

namespace nephos::widgets {

/// What the heat map colours regions by.
enum class MapMetric : int {
    Utilisation,     ///< average CPU utilisation, %
    Cost,            ///< cost, USD (total) or USD/h (at a sample)
    CarbonIntensity, ///< grid carbon intensity of the region, kg CO2e/kWh
    Queue,           ///< queued jobs (average over the run, or at a sample)
    Count
};

/// Human-readable metric name with its unit, e.g. "CPU utilisation (%)".
QString mapMetricLabel(MapMetric metric, bool atSample);

} // namespace nephos::widgets
