#pragma once

#include "scenario/Scenario.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

/// What a trace import read and produced.
struct TraceSummary
{
    std::int64_t rowsRead = 0;           ///< data rows in the file (header excluded)
    std::int64_t jobsImported = 0;       ///< usable rows, one job each
    std::int64_t rowsSkipped = 0;        ///< rowsRead - jobsImported (reasons in warnings)
    double gpuHours = 0.0;               ///< sum over jobs of (gpus + gpuFraction) * durationHours
    double spanHours = 0.0;              ///< first arrival to last arrival
    std::vector<double> arrivalsPerHour; ///< job arrivals in each hour since the first arrival
    std::int64_t trainingJobs = 0;       ///< jobs mapped to "Deep learning training"
    std::int64_t inferenceJobs = 0;      ///< jobs mapped to "Real-time inference"
    std::int64_t analyticsJobs = 0;      ///< jobs mapped to "Large-scale data analytics"
    std::int64_t skippedPending = 0;     ///< pods never scheduled (no scheduled_time)
    std::int64_t skippedNoRuntime = 0;   ///< deletion_time <= scheduled_time
};

struct TraceImportResult
{
    std::vector<TraceJob> jobs; ///< sorted by arrival
    TraceSummary summary;
    std::vector<std::string> warnings; ///< aggregated reasons for skipped rows
};

/// Class names trace jobs refer to (the default scenario defines WorkloadClasses of these names).
inline const char* const kTraceTrainingClass = "Deep learning training";
inline const char* const kTraceAnalyticsClass = "Large-scale data analytics";
inline const char* const kTraceInferenceClass = "Real-time inference";

/// Imports an Alibaba GPU cluster pod list (cluster-trace-gpu-v2023 openb_pod_list_*.csv) as
/// trace jobs; the pod -> job mapping is documented in docs/data.md. Tolerates CRLF, a UTF-8
/// BOM, quoted fields and extra columns. On a malformed file returns false and sets *error to
/// "<file>: line L, column C (<name>): <problem>".
bool importAlibabaPodTrace(const QString& path, TraceImportResult& out, QString* error);

} // namespace nephos
