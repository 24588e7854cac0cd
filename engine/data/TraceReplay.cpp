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
    if (replay.traceJobs.empty())
        return replay; // nothing to replay: the scenario's clouds and horizon, no jobs
    // The clock starts at the first arrival: a trace's quiet lead-in is not simulated (or billed).
    double first = replay.traceJobs.empty() ? 0.0 : replay.traceJobs.front().arrivalHours;
    for (const TraceJob& j : replay.traceJobs)
        first = std::min(first, j.arrivalHours);
    double end = 0.0;
    for (TraceJob& j : replay.traceJobs) {
        j.arrivalHours -= first;
        end = std::max(end, j.arrivalHours + j.durationHours);
    }
    // Elastic pool: nothing runs before the first job, VMs are provisioned on demand and
    // released when idle, so only what runs is billed. Bounds stay the scenario's.
    if (replay.settings.scaling == "none")
        replay.settings.scaling = "on-demand";
    for (VmPoolEntry& e : replay.pool) {
        e.maxCount = std::max(e.maxCount, e.count);
        e.count = std::min(e.count, e.reserved);
        e.minCount = e.reserved;
    }
    // Long enough for every job to finish on its reference hardware, plus a day for queueing.
    const double needed = std::ceil(end) + 24.0;
    replay.settings.horizonHours = std::min(std::max(1.0, needed), 87600.0);
    return replay;
}

} // namespace nephos
