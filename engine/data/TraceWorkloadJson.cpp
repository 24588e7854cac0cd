#include "data/TraceWorkloadJson.h"

#include "core/JsonDocument.h"

#include "data/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nephos {

QByteArray traceWorkloadToJson(const TraceImportResult& trace, const QString& source)
{
    const TraceSummary& s = trace.summary;
    QJsonArray perHour;
    for (double v : s.arrivalsPerHour)
        perHour.append(v);
    QJsonObject skipped;
    for (const auto& [reason, rows] : s.skippedByReason) {
        QJsonArray lines;
        for (int line : rows.lines)
            lines.append(line);
        skipped.insert(QString::fromStdString(reason),
                       QJsonObject{{QStringLiteral("count"), double(rows.count)},
                                   {QStringLiteral("lines"), lines}});
    }
    const QJsonObject summary{{QStringLiteral("rows_read"), double(s.rowsRead)},
                              {QStringLiteral("jobs_imported"), double(s.jobsImported)},
                              {QStringLiteral("rows_skipped"), double(s.rowsSkipped)},
                              {QStringLiteral("skipped_pending"), double(s.skippedPending)},
                              {QStringLiteral("skipped_no_runtime"), double(s.skippedNoRuntime)},
                              {QStringLiteral("training_jobs"), double(s.trainingJobs)},
                              {QStringLiteral("inference_jobs"), double(s.inferenceJobs)},
                              {QStringLiteral("analytics_jobs"), double(s.analyticsJobs)},
                              {QStringLiteral("gpu_hours"), s.gpuHours},
                              {QStringLiteral("span_hours"), s.spanHours},
                              {QStringLiteral("arrivals_per_hour"), perHour},
                              {QStringLiteral("skipped_by_reason"), skipped}};
    QJsonArray warnings;
    for (const std::string& w : trace.warnings)
        warnings.append(QString::fromStdString(w));
    QJsonArray jobs;
    for (const TraceJob& j : trace.jobs) {
        QJsonObject job{
            {QStringLiteral("arrival_h"), j.arrivalHours},
            {QStringLiteral("duration_h"), j.durationHours},
            {QStringLiteral("vcpus"), j.vcpus},
            {QStringLiteral("memory_gib"), j.memoryGib},
            {QStringLiteral("gpus"), j.gpus},
            {QStringLiteral("gpu_fraction"), j.gpuFraction},
            {QStringLiteral("workload_class"), QString::fromStdString(j.workloadClass)}};
        if (!j.dataset.empty())
            job.insert(QStringLiteral("dataset"), QString::fromStdString(j.dataset));
        jobs.append(job);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("nephos-trace-workload")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("source"), source},
                           {QStringLiteral("summary"), summary},
                           {QStringLiteral("warnings"), warnings},
                           {QStringLiteral("trace_jobs"), jobs}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool traceWorkloadFromJson(const QByteArray& json, TraceImportResult& out, QString* error,
                           const QString& origin)
{
    const QString prefix = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonObject root;
    if (!parseJsonObject(json, root, error, prefix))
        return false;
    JsonFieldReader r(QString(), root);
    if (r.optString(QStringLiteral("format"), std::string()) != "nephos-trace-workload")
        r.fail(QStringLiteral("format"), QStringLiteral("expected \"nephos-trace-workload\""));
    TraceImportResult result;
    r.forEachObject(root, QStringLiteral("trace_jobs"), [&](JsonFieldReader& e) {
        TraceJob j;
        j.arrivalHours = e.requireNumber(QStringLiteral("arrival_h"), 0.0, 1e9);
        j.durationHours = e.requireNumber(QStringLiteral("duration_h"), 0.0, 1e9);
        j.vcpus = e.requireNumber(QStringLiteral("vcpus"), 0.0, 1e6);
        j.memoryGib = e.requireNumber(QStringLiteral("memory_gib"), 0.0, 1e9);
        j.gpus = e.optInt(QStringLiteral("gpus"), 0, 0, 1024);
        j.gpuFraction = e.optNumber(QStringLiteral("gpu_fraction"), 0.0, 0.0, 1.0);
        j.workloadClass = e.requireString(QStringLiteral("workload_class"));
        j.dataset = e.optString(QStringLiteral("dataset"), std::string());
        result.jobs.push_back(j);
    });
    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    JsonFieldReader s(QStringLiteral("summary"), summary);
    TraceSummary& t = result.summary;
    t.rowsRead = static_cast<std::int64_t>(s.optNumber(QStringLiteral("rows_read"), 0, 0, 1e15));
    t.jobsImported = static_cast<std::int64_t>(result.jobs.size());
    t.rowsSkipped =
        static_cast<std::int64_t>(s.optNumber(QStringLiteral("rows_skipped"), 0, 0, 1e15));
    t.gpuHours = s.optNumber(QStringLiteral("gpu_hours"), 0, 0, 1e15);
    t.spanHours = s.optNumber(QStringLiteral("span_hours"), 0, 0, 1e15);
    for (const QJsonValue v : summary.value(QStringLiteral("arrivals_per_hour")).toArray())
        t.arrivalsPerHour.push_back(v.toDouble());
    const QJsonObject byReason = summary.value(QStringLiteral("skipped_by_reason")).toObject();
    s.forEachMember(summary, QStringLiteral("skipped_by_reason"),
                    [&](const QString& reason, JsonFieldReader& e) {
                        SkippedRows& rows = t.skippedByReason[reason.toStdString()];
                        rows.count = static_cast<std::int64_t>(
                            e.requireNumber(QStringLiteral("count"), 0, 1e15));
                        const QJsonObject entry = byReason.value(reason).toObject();
                        for (const QJsonValue v : entry.value(QStringLiteral("lines")).toArray())
                            rows.lines.push_back(v.toInt());
                    });
    if (!r.ok() || !s.ok()) {
        if (error)
            *error = prefix + (r.ok() ? s.error() : r.error());
        return false;
    }
    out = std::move(result);
    return true;
}

} // namespace nephos
