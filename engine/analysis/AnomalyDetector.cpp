#include "analysis/AnomalyDetector.h"

#include <algorithm>
#include <cmath>

namespace nephos {

AnomalyDetector::AnomalyDetector(const Settings& settings)
    : m_settings(settings)
{}

std::vector<Anomaly> AnomalyDetector::detect(const std::vector<float>& values,
                                             const std::vector<double>& timesHours) const
{
    std::vector<Anomaly> found;
    const std::size_t n = std::min(values.size(), timesHours.size());
    const std::size_t w = std::max<std::size_t>(2, m_settings.window);
    if (n <= w)
        return found;

    // Running sums over the window of the w samples preceding i.
    double sum = 0.0;
    double sumSq = 0.0;
    for (std::size_t i = 0; i < w; ++i) {
        sum += values[i];
        sumSq += static_cast<double>(values[i]) * values[i];
    }
    bool inRun = false;
    for (std::size_t i = w; i < n; ++i) {
        const double mean = sum / static_cast<double>(w);
        const double var = std::max(0.0, sumSq / static_cast<double>(w) - mean * mean);
        const double sd = std::max(std::sqrt(var), m_settings.minStd);
        const double v = values[i];
        const double dev = v - mean;
        const double z = dev / sd;
        const bool flagged =
            std::fabs(z) > m_settings.threshold && std::fabs(dev) > m_settings.minAbsDeviation;
        if (flagged) {
            Anomaly a;
            a.sample = i;
            a.timeHours = timesHours[i];
            a.value = v;
            a.baseline = mean;
            a.zScore = z;
            if (inRun && !found.empty()) {
                if (std::fabs(z) > std::fabs(found.back().zScore))
                    found.back() = a;
            } else {
                found.push_back(a);
            }
        }
        inRun = flagged;
        const double out = values[i - w];
        sum += v - out;
        sumSq += v * v - out * out;
    }
    return found;
}

std::vector<Anomaly> AnomalyDetector::detect(const MonitorSeries& series, SeriesMetric metric,
                                             int entity) const
{
    if (entity < 0 || entity >= series.entityCount())
        return {};
    std::vector<Anomaly> found = detect(series.series(metric, entity), series.timesHours);
    for (Anomaly& a : found) {
        a.metric = metric;
        a.entity = entity;
    }
    return found;
}

std::vector<Anomaly> AnomalyDetector::detectRun(const MonitorSeries& series) const
{
    std::vector<Anomaly> all;
    const SeriesMetric metrics[] = {SeriesMetric::CpuUtilPct, SeriesMetric::MemUtilPct,
                                    SeriesMetric::GpuUtilPct, SeriesMetric::QueueLength};
    std::vector<int> entities;
    for (int e = 0; e < series.providerCount; ++e)
        entities.push_back(e);
    if (series.entityCount() > 0)
        entities.push_back(series.totalEntity());
    for (SeriesMetric m : metrics) {
        for (int e : entities) {
            std::vector<Anomaly> found = detect(series, m, e);
            all.insert(all.end(), found.begin(), found.end());
        }
    }
    std::sort(all.begin(), all.end(), [](const Anomaly& a, const Anomaly& b) {
        if (a.timeHours != b.timeHours)
            return a.timeHours < b.timeHours;
        if (a.metric != b.metric)
            return a.metric < b.metric;
        return a.entity < b.entity;
    });
    return all;
}

} // namespace nephos
