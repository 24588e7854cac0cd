#pragma once

#include <QString>

namespace nephos::widgets {

/// What a public data file holds, by its header (CSV) or content (GeoJSON).
enum class DataFileKind { Unknown, Catalog, Network, Regions, Energy, Geo };

/// Detects the kind of a data file: GeoJSON by a leading '{', CSV files by their header
/// (instance_type / InstanceType: catalog; src_region: network; latitude: regions; pue,
/// kg_co2e_per_kwh, microarchitecture, tdp_w: energy). Unknown with *error set
/// ("<file>: line 1: ...") when it cannot tell or read.
DataFileKind detectDataFileKind(const QString& path, QString* error);

/// "price catalog", "network matrix", … for summaries.
QString dataFileKindName(DataFileKind kind);

} // namespace nephos::widgets
