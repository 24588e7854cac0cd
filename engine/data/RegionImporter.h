#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"

#include <QString>

namespace nephos {

/// Imports region metadata (geo/regions.csv layout: provider, region, display_name, latitude,
/// longitude; more columns are ignored) into `into.regions`, merged by id. A region's PUE and
/// carbon intensity come from `into.regionEnergy` when known; otherwise from the provider
/// defaults of `into` (else of the embedded pack), flagged estimated.
bool importRegions(const QString& path, DataPack& into, ImportReport& report, QString* error);

} // namespace nephos
