#pragma once

#include "data/TraceImporter.h"

#include <QByteArray>
#include <QString>

namespace nephos {

/// The workload file `nephos-cli import trace` writes (docs/data.md, "Trace workload file"):
/// {"format": "nephos-trace-workload", "version": 1, "source", "summary", "warnings",
///  "trace_jobs": [...]} where trace_jobs use the scenario format's keys (arrival_h,
/// duration_h, vcpus, memory_gib, gpus, gpu_fraction, workload_class, dataset when set), so the
/// array can be pasted into a scenario's "trace_jobs". summary.skipped_by_reason maps each
/// reason a row was skipped for to {"count", "lines": first line numbers}.
QByteArray traceWorkloadToJson(const TraceImportResult& trace, const QString& source);

/// Reads that file back; errors name the JSON path.
bool traceWorkloadFromJson(const QByteArray& json, TraceImportResult& out, QString* error,
                           const QString& origin = QString());

} // namespace nephos
