#pragma once

#include "data/JobTraceMapping.h"
#include "data/TraceImporter.h"
#include "scenario/Scenario.h"

#include <QString>

#include <vector>

namespace nephos {

/// Reads a job or request log (UTF-8 CSV with a header row, any column order, extra columns
/// ignored) into trace jobs through a JobTraceMapping (docs/data.md, "Generic job traces").
///
/// - Arrival hours are relative to the earliest arrival among the imported jobs (the first job
///   arrives at 0); jobs are sorted by arrival, rows with equal arrivals keep file order.
/// - Rows with empty resource fields (or resource columns that are not mapped) take the vcpus,
///   memoryGib and gpus of the WorkloadClass in `classes` named by the row's class.
/// - A row that cannot be used (empty or non-numeric field, negative value, end not after
///   start, no resources, …) is skipped and counted in summary.skippedByReason under its reason
///   with its line number, and listed in warnings; it is never dropped silently.
/// - A file that cannot be used at all (unreadable, not UTF-8, no header, a mapped column
///   missing, no data rows, no usable row) or an unusable mapping gives false and *error
///   "<file>: line L[, column C (name)]: problem", like every CsvTable reader.
class JobTraceImporter
{
public:
    JobTraceImporter(JobTraceMapping mapping, std::vector<WorkloadClass> classes);

    bool import(const QString& path, TraceImportResult& out, QString* error) const;

private:
    JobTraceMapping m_mapping;
    std::vector<WorkloadClass> m_classes;
};

} // namespace nephos
