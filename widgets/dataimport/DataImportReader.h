#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"
#include "data/TraceImporter.h"
#include "data/WorldOutline.h"
#include "scenario/Scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nephos::widgets {

/// What the worker thread read; plain data, applied to the scenario on the UI thread.
struct ParsedImport
{
    QString error; ///< non-empty: the import failed (file, line, column, problem)
    DataPack pack;
    bool hasPack = false;
    std::vector<ImportReport> reports;
    std::optional<WorldOutline> outline;
    QString outlineFile;
    std::optional<TraceImportResult> trace;
    QString traceFile;
    long long networkFieldsEstimated = 0; ///< throughput/RTT/egress fields filled by estimates
};

/// Reads files off the UI thread (no Qt widgets, no document access).
class DataImportReader
{
public:
    /// Data files of any supported kind; the network matrices start from `scenario`'s links so
    /// fields no file measures keep the scenario's values, and remaining gaps are estimated
    /// (NetworkGapEstimator) from the coordinates of the embedded, scenario and imported regions.
    static ParsedImport readDataFiles(const QStringList& files, const Scenario& scenario);
    static ParsedImport readDataPack(const QString& file);
    static ParsedImport readTrace(const QString& file);
};

} // namespace nephos::widgets
