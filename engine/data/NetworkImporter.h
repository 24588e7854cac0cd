#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"

#include <QString>

namespace nephos {

/// Imports one measured network matrix into `into.network` (links merged by src -> dst; the
/// other fields of a link are kept). Layout by header: src_region, dst_region and
/// throughput_gbps ("throughput"), rtt_ms_avg or rtt_ms ("latency") or usd_per_gb ("egress").
/// Fields a file does not give stay flagged estimated until measured by another file or filled
/// by NetworkGapEstimator. Self pairs are skipped. Errors name file, line, column, problem.
bool importNetworkMatrix(const QString& path, DataPack& into, ImportReport& report, QString* error);

} // namespace nephos
