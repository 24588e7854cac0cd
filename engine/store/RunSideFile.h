#pragma once

#include "sim/RunResult.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace nephos {

/// Where a finished run goes when the run store cannot take it (e.g. the database stays locked):
/// a JSON file beside the store (or in the temporary directory when that is not writable) with
/// the run's status, timing, KPIs, per-class KPIs, totals, transfers and the monitoring series
/// (SeriesCodec blob, base64), so a finished simulation is never lost.
class RunSideFile
{
public:
    /// Writes the file and returns its path; empty (with *error) when no file could be written.
    static QString write(const QString& storePath, std::int64_t runId, const RunResult& result,
                         const QString& why, QString* error = nullptr);
    /// The JSON object write() stores.
    static QJsonObject toJson(const QString& storePath, std::int64_t runId, const RunResult& result,
                              const QString& why);
};

} // namespace nephos
