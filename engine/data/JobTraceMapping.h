#pragma once

#include "data/TraceTime.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace nephos {

struct JobTraceMapping;

/// One key of a job-trace mapping. The table of these (JobTraceMapping::fields()) drives the
/// JSON mapping file, `--map key=value`, the CLI help and the docs table: there is no other list.
struct JobTraceField
{
    enum class Kind {
        Column, ///< names a CSV column (empty: not mapped)
        Number, ///< a parameter (scale factor, rate)
        Text    ///< a parameter given as a word (time format, class name)
    };
    const char* key;
    Kind kind;
    std::string JobTraceMapping::*text; ///< Column and Text fields
    double JobTraceMapping::*number;    ///< Number fields
    double min;                         ///< Number fields: allowed range
    double max;
    const char* meaning;
};

/// How the columns of a job or request log (CSV) become trace jobs (docs/data.md, "Generic
/// job traces"). Times are points in `time_format`; durations are seconds times
/// `duration_scale`; request logs (tokens / bytes instead of a duration) get
///   service_s = overhead_s + tokens / tokens_per_s + output_tokens / output_tokens_per_s
///             + bytes / bytes_per_s   (terms of unmapped columns are left out).
struct JobTraceMapping
{
    // Columns
    std::string arrival;
    std::string start;
    std::string end;
    std::string duration;
    std::string vcpus;
    std::string memory;
    std::string gpus;
    std::string gpuFraction;
    std::string workloadClass;
    std::string dataset;
    std::string tokens;
    std::string outputTokens;
    std::string bytes;
    // Units
    std::string timeFormat = "seconds";
    double durationScale = 1.0;
    double vcpusScale = 1.0;
    double memoryScale = 1.0;
    double gpuFractionScale = 1.0;
    // Classes
    std::string defaultClass = kClassByGpu;
    // Request-log service time
    double overheadSeconds = 0.0;
    double tokensPerSecond = 1000.0;
    double outputTokensPerSecond = 50.0;
    double bytesPerSecond = 1.25e8;

    /// default_class value deriving the class from the GPUs a row asks for: whole GPUs ->
    /// "Deep learning training", a GPU fraction -> "Real-time inference", none -> "Large-scale
    /// data analytics" (the openb rule).
    static constexpr const char* kClassByGpu = "by-gpu";

    static const std::vector<JobTraceField>& fields();
    static const JobTraceField* field(const std::string& key);

    /// Built-in mappings by name ("openb": the Alibaba openb pod list, same jobs as
    /// importAlibabaPodTrace). False for an unknown name.
    static bool builtin(const std::string& name, JobTraceMapping& out);
    static std::vector<std::string> builtinNames();

    /// Sets one key from text (`--map key=value`); false with *problem for an unknown key, a
    /// bad number or an unknown time format.
    bool set(const std::string& key, const std::string& value, std::string* problem);
    /// Sets "key=value"; errors are "--map KEY=VALUE: problem".
    bool setAssignment(const QString& assignment, QString* error);
    /// Overlays the keys present in a JSON mapping object ({"arrival": "submit_time",
    /// "vcpus_scale": 0.001, …}) onto *this. Errors name the origin and JSON path:
    /// "map.json: vcpus_scale: expected a number", "map.json: line 3, column 5: invalid JSON…".
    bool applyJson(const QByteArray& json, QString* error, const QString& origin = QString());
    /// applyJson on a file's contents.
    bool applyJsonFile(const QString& path, QString* error);

    /// Checks that the mapping can be used: arrival mapped; exactly one run-time source
    /// (duration, end, or request-log tokens/bytes); start only with end.
    bool validate(QString* error) const;
    bool isRequestLog() const { return !tokens.empty() || !outputTokens.empty() || !bytes.empty(); }
    TraceTimeFormat timeFormatValue() const;
    /// The columns this mapping reads, in field-table order.
    std::vector<std::string> mappedColumns() const;

    /// The field table as plain text (for --help) and as a Markdown table (docs/data.md).
    static QString helpText(int indent);
    static QString markdownTable();
    /// A field's default value as text ("" for unmapped columns).
    static QString defaultText(const JobTraceField& f);
};

} // namespace nephos
