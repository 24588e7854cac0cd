#pragma once

#include "CommandLineArgs.h"

#include "data/TraceImporter.h"
#include "scenario/Scenario.h"

#include <QString>

#include <vector>

namespace nephos::cli {

/// The trace-reading options `import trace` and `run --trace` share:
///   --format openb|csv   openb (default): importAlibabaPodTrace; csv: JobTraceImporter
///   --mapping NAME|FILE  a built-in mapping (openb) or a JSON mapping file (implies csv)
///   --map KEY=VALUE      one mapping key, repeatable (implies csv)
class TraceOptions
{
public:
    /// Outcome of load(): read, the file/mapping could not be used, or bad usage.
    enum class Result { Ok, Failure, Usage };

    /// The options to add to a command's CommandLineArgs.
    static std::vector<CommandLineArgs::Option> options();
    /// True when any of the options was given.
    static bool given(const CommandLineArgs& args);
    /// Help text for the options, with the mapping keys (from JobTraceMapping's field table).
    static QString usage();
    /// Reads the trace at `path` per the options. `classes` give the class defaults for rows
    /// without resources (the scenario's workload classes). *error is set unless Ok.
    static Result load(const CommandLineArgs& args, const QString& path,
                       const std::vector<WorkloadClass>& classes, TraceImportResult& out,
                       QString* error);
    /// One line summing up an imported trace ("FILE: 8152 pods, 7255 jobs (…), 897 skipped").
    static QString summaryLine(const QString& path, const TraceImportResult& trace,
                               const QString& rowNoun);
};

} // namespace nephos::cli
