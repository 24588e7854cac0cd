#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace nephos {

/// One country: outer rings of its polygons as (longitude, latitude) points in degrees.
struct CountryOutline
{
    std::string name;
    std::string isoA3;
    std::vector<std::vector<std::pair<double, double>>> rings;
};

/// Country outlines for the map (plain data; widgets project and draw them).
struct WorldOutline
{
    std::vector<CountryOutline> countries;
    std::string source;
    std::size_t pointCount() const;
};

/// Reads a GeoJSON FeatureCollection of Polygon / MultiPolygon features (outer rings kept;
/// name from properties NAME, name or ADMIN; code from ISO_A3 or iso_a3). Errors name the file
/// and the JSON path, e.g. "features[3].geometry.coordinates[0]: expected an array of
/// [lon, lat] pairs".
bool importGeoJsonOutline(const QString& path, WorldOutline& out, QString* error);
bool geoJsonOutlineFromJson(const QByteArray& json, WorldOutline& out, QString* error,
                            const QString& origin = QString());

/// The compact format of resources/data/world-110m.json (docs/data-pack-format.md).
bool worldOutlineFromJson(const QByteArray& json, WorldOutline& out, QString* error,
                          const QString& origin = QString());
QByteArray worldOutlineToJson(const WorldOutline& outline);

/// The embedded outline (":/data/world-110m.json", Natural Earth 1:110m, simplified).
WorldOutline defaultWorldOutline();

} // namespace nephos
