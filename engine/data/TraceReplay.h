#pragma once

#include "data/TraceImporter.h"
#include "scenario/Scenario.h"

namespace nephos {

/// The scenario that replays `trace` on the clouds of `scenario`: every workload class's
/// generated arrivals are switched off (rate 0), traceJobs become the trace's jobs and the
/// horizon is extended to the last arrival + 1 h (rounded up to whole hours) when shorter.
/// Used by `nephos-cli run --trace` and the GUI's File > Import > GPU trace.
Scenario withTraceJobs(const Scenario& scenario, const TraceImportResult& trace);

} // namespace nephos
