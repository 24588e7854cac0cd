#pragma once

#include "data/TraceImporter.h"
#include "scenario/Scenario.h"

namespace nephos {

/// The scenario that replays `trace` on the clouds of `scenario`: every workload class's
/// generated arrivals are switched off (rate 0) and traceJobs become the trace's jobs, with the
/// clock starting at the first arrival (arrivals shifted so that it is at 0 h). The pool becomes
/// elastic (scaling "none" turns into "on-demand"; only reserved VMs are up at the start) and
/// the horizon is the latest arrival + duration, rounded up, + 24 h (at most 10 years), so that
/// only what runs is billed and every job can finish. docs/data.md, "Replaying a trace".
/// Used by `nephos-cli run --trace` and the GUI's File > Import > GPU trace.
Scenario withTraceJobs(const Scenario& scenario, const TraceImportResult& trace);

} // namespace nephos
