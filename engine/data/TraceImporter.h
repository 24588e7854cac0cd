#pragma once

#include "scenario/Scenario.h"

#include <QString>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace nephos {

/// Rows of a trace skipped for one reason: how many, and the first few line numbers.
struct SkippedRows
{
    static constexpr std::size_t kMaxLines = 5; ///< line numbers kept per reason
    std::int64_t count = 0;
    std::vector<int> lines; ///< 1-based file lines of the first kMaxLines skipped rows

    void add(int line)
    {
        if (lines.size() < kMaxLines)
            lines.push_back(line);
        ++count;
    }
};

/// What a trace import read and produced.
struct TraceSummary
{
    std::int64_t rowsRead = 0;           ///< data rows in the file (header excluded)
    std::int64_t jobsImported = 0;       ///< usable rows, one job each
    std::int64_t rowsSkipped = 0;        ///< rowsRead - jobsImported (see skippedByReason)
    double gpuHours = 0.0;               ///< sum over jobs of (gpus + gpuFraction) * durationHours
    double spanHours = 0.0;              ///< first arrival to last arrival
    std::vector<double> arrivalsPerHour; ///< job arrivals in each hour since the first arrival
    std::int64_t trainingJobs = 0;       ///< jobs mapped to "Deep learning training"
    std::int64_t inferenceJobs = 0;      ///< jobs mapped to "Real-time inference"
    std::int64_t analyticsJobs = 0;      ///< jobs mapped to "Large-scale data analytics"
    std::int64_t skippedPending = 0;     ///< pods never scheduled (no scheduled_time)
    std::int64_t skippedNoRuntime = 0;   ///< deletion_time <= scheduled_time
    /// Every skipped row under its reason (e.g. "end not after start"); counts sum to
    /// rowsSkipped.
    std::map<std::string, SkippedRows> skippedByReason;
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

/// Completes `r.summary` from `r.jobs` (sorted by arrival) and `r.summary.rowsRead`: jobs
/// imported, rows skipped, GPU-hours, span, arrivals per hour and jobs per trace class.
void fillTraceSummary(TraceImportResult& r);

/// Imports an Alibaba GPU cluster pod list (cluster-trace-gpu-v2023 openb_pod_list_*.csv) as
/// trace jobs; the pod -> job mapping is documented in docs/data.md. Tolerates CRLF, a UTF-8
/// BOM, quoted fields and extra columns. On a malformed file returns false and sets *error to
/// "<file>: line L, column C (<name>): <problem>".
bool importAlibabaPodTrace(const QString& path, TraceImportResult& out, QString* error);

} // namespace nephos
