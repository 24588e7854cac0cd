#include "TraceOptions.h"

#include "data/JobTraceImporter.h"
#include "data/JobTraceMapping.h"

namespace nephos::cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kMapping = QStringLiteral("mapping");
const QString kMap = QStringLiteral("map");

} // namespace

std::vector<CommandLineArgs::Option> TraceOptions::options()
{
    return {{kFormat, true}, {kMapping, true}, {kMap, true}};
}

bool TraceOptions::given(const CommandLineArgs& args)
{
    return args.has(kFormat) || args.has(kMapping) || args.has(kMap);
}

QString TraceOptions::usage()
{
    QStringList builtins;
    for (const std::string& name : JobTraceMapping::builtinNames())
        builtins << QString::fromStdString(name);
    return QStringLiteral(
               "Trace options (docs/data.md, \"Generic job traces\"):\n"
               "  --format F       openb (default): an Alibaba GPU pod list\n"
               "                   (openb_pod_list_*.csv); csv: any job or request log CSV read\n"
               "                   through a column mapping\n"
               "  --mapping M      (csv) start from a built-in mapping (%1) or a JSON mapping "
               "file\n"
               "                   {\"arrival\": \"submit_time\", \"vcpus_scale\": 0.001, ...}\n"
               "  --map KEY=VALUE  (csv, repeatable) set one mapping key; implies --format csv\n"
               "  Arrivals become hours since the first imported arrival; rows without resources\n"
               "  take their class's vcpus, memory and GPUs; request logs get service_s =\n"
               "  overhead_s + tokens/tokens_per_s + output_tokens/output_tokens_per_s +\n"
               "  bytes/bytes_per_s. Unusable rows are counted per reason with line numbers.\n"
               "  Mapping keys [default]:\n")
               .arg(builtins.join(QStringLiteral(", "))) +
           JobTraceMapping::helpText(4);
}

TraceOptions::Result TraceOptions::load(const CommandLineArgs& args, const QString& path,
                                        const std::vector<WorkloadClass>& classes,
                                        TraceImportResult& out, QString* error)
{
    const bool mapped = args.has(kMapping) || args.has(kMap);
    const QString format =
        args.has(kFormat) ? args.value(kFormat) : (mapped ? QStringLiteral("csv") : QString());
    if (format != QStringLiteral("csv")) {
        if (!format.isEmpty() && format != QStringLiteral("openb")) {
            *error = QStringLiteral("--format: expected openb or csv, got '%1'").arg(format);
            return Result::Usage;
        }
        if (mapped) {
            *error = QStringLiteral("--mapping and --map need --format csv");
            return Result::Usage;
        }
        return importAlibabaPodTrace(path, out, error) ? Result::Ok : Result::Failure;
    }
    JobTraceMapping mapping;
    if (args.has(kMapping)) {
        const QString m = args.value(kMapping);
        if (!JobTraceMapping::builtin(m.toStdString(), mapping) && !mapping.applyJsonFile(m, error))
            return Result::Failure;
    }
    for (const QString& assignment : args.values(kMap))
        if (!mapping.setAssignment(assignment, error))
            return Result::Usage;
    if (!mapping.validate(error))
        return Result::Usage;
    return JobTraceImporter(mapping, classes).import(path, out, error) ? Result::Ok
                                                                       : Result::Failure;
}

QString TraceOptions::summaryLine(const QString& path, const TraceImportResult& trace,
                                  const QString& rowNoun)
{
    const TraceSummary& s = trace.summary;
    const std::int64_t other = s.jobsImported - s.trainingJobs - s.inferenceJobs - s.analyticsJobs;
    return QStringLiteral("%1: %2 %9, %3 jobs (%4 training, %5 inference, %6 analytics%7), %8 "
                          "skipped")
        .arg(path)
        .arg(s.rowsRead)
        .arg(s.jobsImported)
        .arg(s.trainingJobs)
        .arg(s.inferenceJobs)
        .arg(s.analyticsJobs)
        .arg(other > 0 ? QStringLiteral(", %1 other classes").arg(other) : QString())
        .arg(s.rowsSkipped)
        .arg(rowNoun);
}

} // namespace nephos::cli
