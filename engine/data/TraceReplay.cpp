#include "data/TraceReplay.h"

#include <algorithm>
#include <cmath>

namespace nephos {

Scenario withTraceJobs(const Scenario& scenario, const TraceImportResult& trace)
{
    Scenario replay = scenario;
    for (WorkloadClass& w : replay.workloads)
        w.arrival.ratePerHour = 0.0;
    replay.traceJobs = trace.jobs;
    // Every job of the trace must arrive within the horizon.
    double lastArrival = 0.0;
    for (const TraceJob& j : replay.traceJobs)
        lastArrival = std::max(lastArrival, j.arrivalHours);
    if (lastArrival + 1.0 > replay.settings.horizonHours)
        replay.settings.horizonHours = std::ceil(lastArrival + 1.0);
    return replay;
}

} // namespace nephos
