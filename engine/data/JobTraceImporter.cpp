#include "data/JobTraceImporter.h"

#include "data/CsvTable.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace nephos {

namespace {

/// One usable row before arrivals are made relative.
struct Candidate
{
    TraceTime arrival;
    TraceJob job;
    double durationSeconds = 0.0;
};

/// Column indices of the mapped fields (-1: not mapped).
struct Columns
{
    int arrival = -1, start = -1, end = -1, duration = -1, vcpus = -1, memory = -1, gpus = -1,
        gpuFraction = -1, workloadClass = -1, dataset = -1, tokens = -1, outputTokens = -1,
        bytes = -1;
};

/// Reads the fields of one row; the first unusable field sets `reason`.
class RowReader
{
public:
    RowReader(const CsvTable& t, int row, const JobTraceMapping& m)
        : m_t(t)
        , m_row(row)
        , m_m(m)
    {}

    std::string reason; ///< the first problem of the row; empty: usable so far

    void setReason(const std::string& why)
    {
        if (reason.empty())
            reason = why;
    }

    /// Empty field or unmapped column: nullopt. Non-numeric or negative: nullopt + reason.
    std::optional<double> number(int column, const char* key, double scale = 1.0)
    {
        const QString text = m_t.field(m_row, column);
        if (column < 0 || text.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return failed(std::string(key) + ": not a number");
        if (v < 0)
            return failed(std::string(key) + ": negative");
        return v * scale;
    }
    std::optional<double> required(int column, const char* key, double scale = 1.0)
    {
        const std::optional<double> v = number(column, key, scale);
        if (!v)
            setReason(std::string(key) + ": empty");
        return v;
    }
    std::optional<TraceTime> time(int column, const char* key, const char* emptyReason = nullptr)
    {
        const QString text = m_t.field(m_row, column);
        if (text.isEmpty()) {
            setReason(emptyReason ? emptyReason : std::string(key) + ": empty");
            return std::nullopt;
        }
        TraceTime t;
        std::string problem;
        if (!parseTraceTime(text.toStdString(), m_m.timeFormatValue(), t, &problem))
            return failed<TraceTime>(std::string(key) + ": " + problem);
        return t;
    }

private:
    template <typename T = double> std::optional<T> failed(const std::string& why)
    {
        setReason(why);
        return std::nullopt;
    }

    const CsvTable& m_t;
    int m_row;
    const JobTraceMapping& m_m;
};

/// Run time in seconds of one row by the mapping's one run-time source; sets r.reason when a
/// field is unusable.
double runSeconds(RowReader& r, const JobTraceMapping& m, const Columns& c,
                  const TraceTime& arrival)
{
    if (c.duration >= 0) {
        return r.required(c.duration, "duration", m.durationScale).value_or(0.0);
    }
    if (c.end >= 0) {
        std::optional<TraceTime> from = arrival;
        if (c.start >= 0)
            from = r.time(c.start, "start", "start: empty (never started)");
        const std::optional<TraceTime> to = from ? r.time(c.end, "end") : std::nullopt;
        return from && to ? to->secondsSince(*from) : 0.0;
    }
    // Request log: service_s = overhead_s + tokens / tokens_per_s
    //                          + output_tokens / output_tokens_per_s + bytes / bytes_per_s
    double s = m.overheadSeconds;
    if (c.tokens >= 0)
        s += r.required(c.tokens, "tokens").value_or(0.0) / m.tokensPerSecond;
    if (c.outputTokens >= 0)
        s += r.required(c.outputTokens, "output_tokens").value_or(0.0) / m.outputTokensPerSecond;
    if (c.bytes >= 0)
        s += r.required(c.bytes, "bytes").value_or(0.0) / m.bytesPerSecond;
    return s;
}

} // namespace

JobTraceImporter::JobTraceImporter(JobTraceMapping mapping, std::vector<WorkloadClass> classes)
    : m_mapping(std::move(mapping))
    , m_classes(std::move(classes))
{}

bool JobTraceImporter::import(const QString& path, TraceImportResult& out, QString* error) const
{
    const JobTraceMapping& m = m_mapping;
    if (!m.validate(error))
        return false;
    CsvTable t;
    if (!CsvTable::read(path, t, error))
        return false;
    Columns c;
    const std::pair<int*, const std::string*> wanted[] = {{&c.arrival, &m.arrival},
                                                          {&c.start, &m.start},
                                                          {&c.end, &m.end},
                                                          {&c.duration, &m.duration},
                                                          {&c.vcpus, &m.vcpus},
                                                          {&c.memory, &m.memory},
                                                          {&c.gpus, &m.gpus},
                                                          {&c.gpuFraction, &m.gpuFraction},
                                                          {&c.workloadClass, &m.workloadClass},
                                                          {&c.dataset, &m.dataset},
                                                          {&c.tokens, &m.tokens},
                                                          {&c.outputTokens, &m.outputTokens},
                                                          {&c.bytes, &m.bytes}};
    for (const auto& [index, name] : wanted) {
        if (name->empty())
            continue;
        *index = t.column(QString::fromStdString(*name));
        if (*index < 0) {
            const JobTraceField* f = nullptr;
            for (const JobTraceField& g : JobTraceMapping::fields())
                if (g.kind == JobTraceField::Kind::Column && &(m.*(g.text)) == name)
                    f = &g;
            if (error)
                *error =
                    path + QStringLiteral(": line 1: missing column \"%1\" (mapped as %2; "
                                          "found: %3)")
                               .arg(QString::fromStdString(*name), QLatin1String(f ? f->key : "?"),
                                    t.header().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (t.rowCount() == 0) {
        if (error)
            *error = path + QStringLiteral(": no data rows after the header");
        return false;
    }

    TraceImportResult result;
    TraceSummary& s = result.summary;
    s.rowsRead = t.rowCount();
    std::vector<Candidate> rows;
    for (int i = 0; i < t.rowCount(); ++i) {
        RowReader r(t, i, m);
        Candidate cand;
        TraceJob& job = cand.job;
        const std::optional<TraceTime> arrival = r.time(c.arrival, "arrival");
        const double run = arrival ? runSeconds(r, m, c, *arrival) : 0.0;
        if (r.reason.empty() && run <= 0.0)
            r.setReason(c.duration >= 0 || c.end < 0 ? "run time not positive"
                        : c.start >= 0               ? "end not after start"
                                                     : "end not after arrival");
        const std::optional<double> vcpus = r.number(c.vcpus, "vcpus", m.vcpusScale);
        const std::optional<double> memory = r.number(c.memory, "memory", m.memoryScale);
        const std::optional<double> gpus = r.number(c.gpus, "gpus");
        const std::optional<double> fraction =
            r.number(c.gpuFraction, "gpu_fraction", m.gpuFractionScale);
        if (gpus && (std::floor(*gpus) != *gpus || *gpus > 1024))
            r.setReason("gpus: not a whole number in [0, 1024]");
        if (fraction && *fraction > 1.0)
            r.setReason("gpu_fraction: more than one GPU");
        const double f = fraction.value_or(0.0);
        const bool shared = f > 0.0 && f < 1.0 && (!gpus || *gpus == 1.0);
        int wholeGpus = gpus ? static_cast<int>(*gpus) : (f >= 1.0 ? 1 : -1);
        job.workloadClass = m.defaultClass;
        if (c.workloadClass >= 0 && !t.field(i, c.workloadClass).isEmpty())
            job.workloadClass = t.field(i, c.workloadClass).toStdString();
        if (job.workloadClass == JobTraceMapping::kClassByGpu) {
            wholeGpus = std::max(wholeGpus, 0); // no GPU fields: the row needs no GPU
            job.workloadClass = shared          ? kTraceInferenceClass
                                : wholeGpus > 0 ? kTraceTrainingClass
                                                : kTraceAnalyticsClass;
        }
        const auto cls = std::find_if(m_classes.begin(), m_classes.end(),
                                      [&](const auto& w) { return w.name == job.workloadClass; });
        const bool needDefaults = !vcpus || !memory || (!shared && wholeGpus < 0);
        if (needDefaults && cls == m_classes.end())
            r.setReason("empty resources and no class defaults (unknown class \"" +
                        job.workloadClass + "\")");
        if (!r.reason.empty()) {
            s.skippedByReason[r.reason].add(t.lineOf(i));
            continue;
        }
        job.vcpus = vcpus ? *vcpus : cls->vcpus;
        job.memoryGib = memory ? *memory : cls->memoryGib;
        job.gpus = shared ? 0 : (wholeGpus >= 0 ? wholeGpus : cls->gpus);
        job.gpuFraction = shared ? f : 0.0;
        if (c.dataset >= 0)
            job.dataset = t.field(i, c.dataset).toStdString();
        if (job.vcpus == 0 && job.memoryGib == 0 && job.gpus == 0 && job.gpuFraction == 0) {
            s.skippedByReason["requests no resources"].add(t.lineOf(i));
            continue;
        }
        cand.arrival = arrival.value_or(TraceTime());
        cand.durationSeconds = run;
        rows.push_back(std::move(cand));
    }

    std::stable_sort(rows.begin(), rows.end(), [](const Candidate& a, const Candidate& b) {
        return a.arrival.secondsSince(b.arrival) < 0.0;
    });
    for (Candidate& cand : rows) {
        cand.job.arrivalHours = cand.arrival.secondsSince(rows.front().arrival) / 3600.0;
        cand.job.durationHours = cand.durationSeconds / 3600.0;
        result.jobs.push_back(std::move(cand.job));
    }
    fillTraceSummary(result);
    for (const auto& [reason, skipped] : s.skippedByReason) {
        QStringList lines;
        for (int line : skipped.lines)
            lines << QString::number(line);
        result.warnings.push_back(
            QStringLiteral("%1 %2 skipped: %3 (line%4 %5%6)")
                .arg(skipped.count)
                .arg(skipped.count == 1 ? QStringLiteral("row") : QStringLiteral("rows"))
                .arg(QString::fromStdString(reason))
                .arg(lines.size() > 1 ? QStringLiteral("s") : QString())
                .arg(lines.join(QStringLiteral(", ")))
                .arg(skipped.count > std::int64_t(lines.size()) ? QStringLiteral(", …") : QString())
                .toStdString());
    }
    if (result.jobs.empty()) {
        if (error)
            *error = path + QStringLiteral(": no usable row (all %1 rows skipped: %2)")
                                .arg(s.rowsRead)
                                .arg(QString::fromStdString(result.warnings.front()));
        return false;
    }
    out = std::move(result);
    return true;
}

} // namespace nephos
