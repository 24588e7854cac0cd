#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"

#include <QString>

namespace nephos {

class CsvTable;

/// Imports a price catalog into `into` (instance types and offers, merged by name and by
/// region + type). The layout is detected from the header:
/// - "prices.csv": provider, region, instance_type, vcpus, memory_gib, gpu_model, gpu_count,
///   price_usd_per_hour, spot_price_usd_per_hour (also prices_all_regions.csv);
/// - "skypilot": SkyPilot's catalogs/*/vms.csv (see SkyPilotCatalogImporter.h).
/// Errors name file, line, column and problem; nothing is added on error.
bool importPriceCatalog(const QString& path, DataPack& into, ImportReport& report, QString* error);

/// The "prices.csv" layout from an already read table.
bool importFlatPriceCatalog(const CsvTable& table, DataPack& into, ImportReport& report,
                            QString* error);

} // namespace nephos
