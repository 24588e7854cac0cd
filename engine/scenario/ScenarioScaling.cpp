#include "scenario/ScenarioScaling.h"

#include <cmath>

namespace nephos {

namespace {
int scaleCount(int n, double k)
{
    return static_cast<int>(std::lround(static_cast<double>(n) * k));
}
} // namespace

Scenario scaledScenario(const Scenario& scenario, double k)
{
    Scenario s = scenario;
    for (auto& e : s.pool) {
        e.count = scaleCount(e.count, k);
        e.minCount = scaleCount(e.minCount, k);
        e.maxCount = scaleCount(e.maxCount, k);
    }
    for (auto& w : s.workloads)
        w.arrival.ratePerHour *= k;
    return s;
}

} // namespace nephos
