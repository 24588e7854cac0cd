#include "data/TraceImporter.h"

#include "data/CsvTable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace nephos {

namespace {

const char* const kReasonNeverScheduled = "never scheduled (empty scheduled_time)";
const char* const kReasonNoRuntime = "deletion_time not after scheduled_time";

struct PodRow
{
    double creation = 0.0;
    double scheduled = -1.0; ///< < 0: never scheduled
    double deletion = 0.0;
    double cpuMilli = 0.0;
    double memoryMib = 0.0;
    long long numGpu = 0;
    double gpuMilli = 0.0;
};

bool readNonNegative(const CsvTable& t, int row, int col, double& v, QString* error,
                     bool allowEmpty = false)
{
    if (!t.number(row, col, v, error, allowEmpty, -1.0))
        return false;
    if (v < 0.0 && !(allowEmpty && t.field(row, col).isEmpty())) {
        if (error)
            *error = t.where(row, col) + QStringLiteral(": %1 is negative").arg(t.field(row, col));
        return false;
    }
    return true;
}

} // namespace

void fillTraceSummary(TraceImportResult& r)
{
    TraceSummary& s = r.summary;
    s.jobsImported = static_cast<std::int64_t>(r.jobs.size());
    s.rowsSkipped = s.rowsRead - s.jobsImported;
    s.gpuHours = 0.0;
    s.trainingJobs = s.inferenceJobs = s.analyticsJobs = 0;
    for (const TraceJob& job : r.jobs) {
        s.gpuHours += (job.gpus + job.gpuFraction) * job.durationHours;
        s.trainingJobs += job.workloadClass == kTraceTrainingClass;
        s.inferenceJobs += job.workloadClass == kTraceInferenceClass;
        s.analyticsJobs += job.workloadClass == kTraceAnalyticsClass;
    }
    s.spanHours = 0.0;
    s.arrivalsPerHour.clear();
    if (!r.jobs.empty()) {
        const double first = r.jobs.front().arrivalHours;
        s.spanHours = r.jobs.back().arrivalHours - first;
        s.arrivalsPerHour.assign(static_cast<std::size_t>(std::floor(s.spanHours)) + 1, 0.0);
        for (const TraceJob& j : r.jobs)
            s.arrivalsPerHour[static_cast<std::size_t>(std::floor(j.arrivalHours - first))] += 1.0;
    }
}

bool importAlibabaPodTrace(const QString& path, TraceImportResult& out, QString* error)
{
    CsvTable t;
    if (!CsvTable::read(path, t, error))
        return false;
    const QStringList required{QStringLiteral("cpu_milli"),     QStringLiteral("memory_mib"),
                               QStringLiteral("num_gpu"),       QStringLiteral("gpu_milli"),
                               QStringLiteral("creation_time"), QStringLiteral("deletion_time"),
                               QStringLiteral("scheduled_time")};
    if (!t.requireColumns(required, error))
        return false;
    if (t.rowCount() == 0) {
        if (error)
            *error = path + QStringLiteral(": no data rows after the header");
        return false;
    }
    const int cCpu = t.column(required[0]);
    const int cMem = t.column(required[1]);
    const int cNumGpu = t.column(required[2]);
    const int cGpuMilli = t.column(required[3]);
    const int cCreation = t.column(required[4]);
    const int cDeletion = t.column(required[5]);
    const int cScheduled = t.column(required[6]);

    std::vector<PodRow> pods(static_cast<std::size_t>(t.rowCount()));
    double t0 = std::numeric_limits<double>::infinity();
    for (int i = 0; i < t.rowCount(); ++i) {
        PodRow& p = pods[static_cast<std::size_t>(i)];
        if (!readNonNegative(t, i, cCreation, p.creation, error) ||
            !readNonNegative(t, i, cScheduled, p.scheduled, error, true) ||
            !readNonNegative(t, i, cDeletion, p.deletion, error, true) ||
            !readNonNegative(t, i, cCpu, p.cpuMilli, error) ||
            !readNonNegative(t, i, cMem, p.memoryMib, error) ||
            !t.integer(i, cNumGpu, p.numGpu, error) ||
            !readNonNegative(t, i, cGpuMilli, p.gpuMilli, error))
            return false;
        if (p.numGpu < 0 || p.numGpu > 1024) {
            if (error)
                *error = t.where(i, cNumGpu) +
                         QStringLiteral(": %1 GPUs is out of range [0, 1024]").arg(p.numGpu);
            return false;
        }
        if (p.gpuMilli > 1000.0) {
            if (error)
                *error = t.where(i, cGpuMilli) +
                         QStringLiteral(": %1 milli-GPU is more than one GPU").arg(p.gpuMilli);
            return false;
        }
        t0 = std::min(t0, p.creation);
    }

    TraceImportResult result;
    TraceSummary& s = result.summary;
    s.rowsRead = t.rowCount();
    int firstPendingLine = 0;
    int firstNoRuntimeLine = 0;
    for (int i = 0; i < t.rowCount(); ++i) {
        const PodRow& p = pods[static_cast<std::size_t>(i)];
        if (p.scheduled < 0.0) {
            if (s.skippedPending++ == 0)
                firstPendingLine = t.lineOf(i);
            s.skippedByReason[kReasonNeverScheduled].add(t.lineOf(i));
            continue;
        }
        if (p.deletion <= p.scheduled) {
            if (s.skippedNoRuntime++ == 0)
                firstNoRuntimeLine = t.lineOf(i);
            s.skippedByReason[kReasonNoRuntime].add(t.lineOf(i));
            continue;
        }
        TraceJob job;
        job.arrivalHours = (p.creation - t0) / 3600.0;
        job.durationHours = (p.deletion - p.scheduled) / 3600.0;
        job.vcpus = p.cpuMilli / 1000.0;
        job.memoryGib = p.memoryMib / 1024.0;
        if (p.numGpu == 1 && p.gpuMilli > 0.0 && p.gpuMilli < 1000.0) {
            job.gpus = 0;
            job.gpuFraction = p.gpuMilli / 1000.0;
            job.workloadClass = kTraceInferenceClass;
        } else if (p.numGpu > 0) {
            job.gpus = static_cast<int>(p.numGpu);
            job.workloadClass = kTraceTrainingClass;
        } else {
            job.workloadClass = kTraceAnalyticsClass;
        }
        result.jobs.push_back(job);
    }
    std::stable_sort(
        result.jobs.begin(), result.jobs.end(),
        [](const TraceJob& a, const TraceJob& b) { return a.arrivalHours < b.arrivalHours; });
    fillTraceSummary(result);
    if (s.skippedPending > 0)
        result.warnings.push_back(
            QStringLiteral("%1 pods skipped: never scheduled (empty scheduled_time, e.g. line %2), "
                           "so they have no run time")
                .arg(s.skippedPending)
                .arg(firstPendingLine)
                .toStdString());
    if (s.skippedNoRuntime > 0)
        result.warnings.push_back(
            QStringLiteral("%1 pods skipped: deletion_time not after scheduled_time (e.g. line %2)")
                .arg(s.skippedNoRuntime)
                .arg(firstNoRuntimeLine)
                .toStdString());
    if (result.jobs.empty()) {
        if (error)
            *error = path + QStringLiteral(": no usable pod (all %1 rows skipped)").arg(s.rowsRead);
        return false;
    }
    out = std::move(result);
    return true;
}

} // namespace nephos
