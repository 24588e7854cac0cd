#pragma once

#include "sim/MonitorSeries.h"

#include <cstddef>
#include <string>
#include <vector>

namespace nephos {

/// One sample far from its recent norm.
struct Anomaly
{
    SeriesMetric metric = SeriesMetric::CpuUtilPct;
    int entity = -1;        ///< index into MonitorSeries::entities
    std::size_t sample = 0; ///< index into MonitorSeries::timesHours
    double timeHours = 0.0;
    double value = 0.0;
    double baseline = 0.0; ///< rolling mean of the preceding window
    double zScore = 0.0;   ///< (value - baseline) / max(rolling std, minStd)
};

/// Rolling z-score detector: a sample is anomalous when it deviates from the mean of the `window`
/// preceding samples by more than `threshold` rolling standard deviations. The deviation is divided
/// by max(std, minStd) so that perfectly flat history does not turn noise into infinite scores,
/// and it must also exceed `minAbsDeviation` (in the metric's unit). Consecutive flagged samples
/// are merged into one anomaly at the largest |z|.
class AnomalyDetector
{
public:
    struct Settings
    {
        std::size_t window = 24;      ///< preceding samples forming the norm (2 h at 5 min ticks)
        double threshold = 4.0;       ///< |z| above this is anomalous
        double minStd = 1.0;          ///< floor of the rolling standard deviation
        double minAbsDeviation = 5.0; ///< floor of |value - mean|
    };

    AnomalyDetector() = default;
    explicit AnomalyDetector(const Settings& settings);

    /// Anomalies of one raw series (times parallel to values).
    std::vector<Anomaly> detect(const std::vector<float>& values,
                                const std::vector<double>& timesHours) const;
    /// Anomalies of one metric for one entity of a run's monitoring series.
    std::vector<Anomaly> detect(const MonitorSeries& series, SeriesMetric metric, int entity) const;
    /// Utilisation (CPU, memory, GPU) and queue length of every provider and the total.
    std::vector<Anomaly> detectRun(const MonitorSeries& series) const;

    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace nephos
