#include "data/JobTraceMapping.h"

#include "core/JsonDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <limits>

namespace nephos {

namespace {

using M = JobTraceMapping;
using K = JobTraceField::Kind;
constexpr double kBig = std::numeric_limits<double>::max();

JobTraceField column(const char* key, std::string M::*member, const char* meaning)
{
    return {key, K::Column, member, nullptr, 0.0, 0.0, meaning};
}

JobTraceField text(const char* key, std::string M::*member, const char* meaning)
{
    return {key, K::Text, member, nullptr, 0.0, 0.0, meaning};
}

JobTraceField number(const char* key, double M::*member, double min, const char* meaning)
{
    return {key, K::Number, nullptr, member, min, kBig, meaning};
}

} // namespace

const std::vector<JobTraceField>& JobTraceMapping::fields()
{
    static const std::vector<JobTraceField> kFields{
        column("arrival", &M::arrival, "arrival (submission) time of each job; required"),
        column("start", &M::start,
               "start time; with end, run time = end - start, and a row with an empty start "
               "(never started) is skipped"),
        column("end", &M::end, "end time; run time = end - start (or end - arrival)"),
        column("duration", &M::duration, "run time, seconds times duration_scale"),
        column("vcpus", &M::vcpus, "vCPUs, times vcpus_scale; empty: the class's vcpus"),
        column("memory", &M::memory,
               "memory in GiB, times memory_scale; empty: the class's memoryGib"),
        column("gpus", &M::gpus, "whole GPUs; empty: the class's gpus"),
        column("gpu_fraction", &M::gpuFraction,
               "share of one GPU (times gpu_fraction_scale); 0 < f < 1 with gpus 1 or empty "
               "makes a shared-GPU job"),
        column("class", &M::workloadClass, "workload class name; empty fields take default_class"),
        column("dataset", &M::dataset, "scenario dataset name stored with each job"),
        column("tokens", &M::tokens, "request log: (input) tokens per request"),
        column("output_tokens", &M::outputTokens, "request log: generated tokens per request"),
        column("bytes", &M::bytes, "request log: bytes per request"),
        text("time_format", &M::timeFormat,
             "arrival/start/end format: seconds, milliseconds or "
             "iso8601"),
        number("duration_scale", &M::durationScale, 1e-12, "seconds per unit of duration"),
        number("vcpus_scale", &M::vcpusScale, 1e-12, "vCPUs per unit of vcpus (0.001: milli-CPU)"),
        number("memory_scale", &M::memoryScale, 1e-15,
               "GiB per unit of memory (0.0009765625: MiB)"),
        number("gpu_fraction_scale", &M::gpuFractionScale, 1e-12,
               "GPUs per unit of gpu_fraction (0.001: milli-GPU)"),
        text("default_class", &M::defaultClass,
             "class when there is no class column or it is empty; by-gpu: whole GPUs -> Deep "
             "learning training, a GPU fraction -> Real-time inference, none -> Large-scale "
             "data analytics"),
        number("overhead_s", &M::overheadSeconds, 0.0, "request log: fixed seconds per request"),
        number("tokens_per_s", &M::tokensPerSecond, 1e-12, "request log: tokens processed per s"),
        number("output_tokens_per_s", &M::outputTokensPerSecond, 1e-12,
               "request log: output tokens generated per s"),
        number("bytes_per_s", &M::bytesPerSecond, 1e-12, "request log: bytes served per s"),
    };
    return kFields;
}

const JobTraceField* JobTraceMapping::field(const std::string& key)
{
    for (const JobTraceField& f : fields())
        if (key == f.key)
            return &f;
    return nullptr;
}

std::vector<std::string> JobTraceMapping::builtinNames()
{
    return {"openb"};
}

bool JobTraceMapping::builtin(const std::string& name, JobTraceMapping& out)
{
    if (name != "openb")
        return false;
    JobTraceMapping m;
    m.arrival = "creation_time";
    m.start = "scheduled_time";
    m.end = "deletion_time";
    m.vcpus = "cpu_milli";
    m.vcpusScale = 0.001;
    m.memory = "memory_mib";
    m.memoryScale = 1.0 / 1024.0;
    m.gpus = "num_gpu";
    m.gpuFraction = "gpu_milli";
    m.gpuFractionScale = 0.001;
    m.defaultClass = kClassByGpu;
    m.timeFormat = "seconds";
    out = m;
    return true;
}

bool JobTraceMapping::set(const std::string& key, const std::string& value, std::string* problem)
{
    const JobTraceField* f = field(key);
    auto fail = [&](const std::string& p) {
        if (problem)
            *problem = p;
        return false;
    };
    if (!f) {
        QStringList known;
        for (const JobTraceField& g : fields())
            known << QLatin1String(g.key);
        return fail("unknown key (known: " + known.join(QStringLiteral(", ")).toStdString() + ")");
    }
    if (f->kind == K::Number) {
        bool ok = false;
        const double v = QString::fromStdString(value).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail("\"" + value + "\" is not a number");
        if (v < f->min || v > f->max)
            return fail(
                QStringLiteral("%1 is out of range (minimum %2)").arg(v).arg(f->min).toStdString());
        this->*(f->number) = v;
        return true;
    }
    TraceTimeFormat format;
    if (std::string(f->key) == "time_format" && !traceTimeFormatFromName(value, format))
        return fail("\"" + value + "\" is not one of " + traceTimeFormatNames());
    if (f->kind == K::Text && value.empty())
        return fail("empty");
    this->*(f->text) = value;
    return true;
}

bool JobTraceMapping::setAssignment(const QString& assignment, QString* error)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    std::string problem;
    if (eq <= 0)
        problem = "expected KEY=VALUE (e.g. arrival=submit_time)";
    else if (set(assignment.left(eq).trimmed().toStdString(), assignment.mid(eq + 1).toStdString(),
                 &problem))
        return true;
    if (error)
        *error = QStringLiteral("--map %1: %2").arg(assignment, QString::fromStdString(problem));
    return false;
}

bool JobTraceMapping::applyJson(const QByteArray& json, QString* error, const QString& origin)
{
    const QString prefix = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonObject root;
    if (!parseJsonObject(json, root, error, prefix))
        return false;
    JobTraceMapping result = *this;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const JobTraceField* f = field(it.key().toStdString());
        std::string value;
        std::string problem;
        if (f && f->kind == K::Number && !it.value().isDouble())
            problem = "expected a number";
        else if (f && f->kind != K::Number && !it.value().isString())
            problem =
                f->kind == K::Column ? "expected a column name (a string)" : "expected a string";
        else if (f)
            value = f->kind == K::Number
                        ? QString::number(it.value().toDouble(), 'g', 17).toStdString()
                        : it.value().toString().toStdString();
        if (problem.empty() && result.set(it.key().toStdString(), value, &problem))
            continue;
        if (error)
            *error = prefix + it.key() + QStringLiteral(": ") + QString::fromStdString(problem);
        return false;
    }
    *this = result;
    return true;
}

bool JobTraceMapping::applyJsonFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                path + QStringLiteral(": cannot read: ") +
                (QFileInfo::exists(path) ? file.errorString() : QStringLiteral("no such file"));
        return false;
    }
    return applyJson(file.readAll(), error, path);
}

bool JobTraceMapping::validate(QString* error) const
{
    auto fail = [&](const QString& problem) {
        if (error)
            *error = QStringLiteral("job-trace mapping: ") + problem;
        return false;
    };
    if (arrival.empty())
        return fail(QStringLiteral("arrival: not mapped (e.g. --map arrival=submit_time)"));
    const int sources = int(!duration.empty()) + int(!end.empty()) + int(isRequestLog());
    if (sources != 1)
        return fail(QStringLiteral("map exactly one run-time source: duration, end, or "
                                   "tokens/output_tokens/bytes (request log); %1")
                        .arg(sources == 0 ? QStringLiteral("none is mapped")
                                          : QStringLiteral("%1 are mapped").arg(sources)));
    if (!start.empty() && end.empty())
        return fail(QStringLiteral("start: only used with end (run time = end - start)"));
    return true;
}

TraceTimeFormat JobTraceMapping::timeFormatValue() const
{
    TraceTimeFormat format = TraceTimeFormat::Seconds;
    traceTimeFormatFromName(timeFormat, format);
    return format;
}

std::vector<std::string> JobTraceMapping::mappedColumns() const
{
    std::vector<std::string> columns;
    for (const JobTraceField& f : fields())
        if (f.kind == K::Column && !(this->*(f.text)).empty())
            columns.push_back(this->*(f.text));
    return columns;
}

QString JobTraceMapping::defaultText(const JobTraceField& f)
{
    static const JobTraceMapping defaults;
    if (f.kind == K::Number)
        return QString::number(defaults.*(f.number), 'g', 10);
    return QString::fromStdString(defaults.*(f.text));
}

QString JobTraceMapping::helpText(int indent)
{
    QString out;
    const QString pad(indent, QLatin1Char(' '));
    for (const JobTraceField& f : fields()) {
        const QString d = defaultText(f);
        out += pad + QStringLiteral("%1  %2%3\n")
                         .arg(QLatin1String(f.key), -20)
                         .arg(QLatin1String(f.meaning))
                         .arg(d.isEmpty() ? QString()
                                          : QStringLiteral(" [default ") + d + QLatin1Char(']'));
    }
    return out;
}

QString JobTraceMapping::markdownTable()
{
    QString out = QStringLiteral("| key | kind | default | meaning |\n|---|---|---|---|\n");
    for (const JobTraceField& f : fields()) {
        const QString d = defaultText(f);
        const char* kind = f.kind == K::Column ? "column" : f.kind == K::Number ? "number" : "text";
        out +=
            QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                .arg(QLatin1String(f.key), QLatin1String(kind),
                     d.isEmpty() ? QStringLiteral("–") : QStringLiteral("`") + d + QLatin1Char('`'),
                     QLatin1String(f.meaning));
    }
    return out;
}

} // namespace nephos
