#include "data/WorldOutline.h"

#include "core/JsonDocument.h"

#include "data/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <stdexcept>

namespace nephos {

namespace {

bool validPoint(double lon, double lat)
{
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 &&
           lat >= -90.0 && lat <= 90.0;
}

/// Reads a GeoJSON linear ring ([[lon, lat], …]).
bool readRing(const QJsonValue& v, const QString& path,
              std::vector<std::pair<double, double>>& ring, QString* problem)
{
    if (!v.isArray()) {
        *problem = path + QStringLiteral(": expected an array of [lon, lat] pairs");
        return false;
    }
    const QJsonArray points = v.toArray();
    for (int i = 0; i < points.size(); ++i) {
        const QJsonArray p = points.at(i).toArray();
        if (!points.at(i).isArray() || p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble() ||
            !validPoint(p.at(0).toDouble(), p.at(1).toDouble())) {
            *problem =
                path + QStringLiteral("[%1]: expected [longitude, latitude] in degrees").arg(i);
            return false;
        }
        ring.emplace_back(p.at(0).toDouble(), p.at(1).toDouble());
    }
    if (ring.size() < 3) {
        *problem = path + QStringLiteral(": a ring needs at least 3 points");
        return false;
    }
    return true;
}

QString propertyText(const QJsonObject& props, std::initializer_list<const char*> keys)
{
    for (const char* k : keys) {
        const QJsonValue v = props.value(QLatin1String(k));
        if (v.isString())
            return v.toString();
    }
    return QString();
}

} // namespace

std::size_t WorldOutline::pointCount() const
{
    std::size_t n = 0;
    for (const CountryOutline& c : countries)
        for (const auto& r : c.rings)
            n += r.size();
    return n;
}

bool importGeoJsonOutline(const QString& path, WorldOutline& out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return false;
    }
    return geoJsonOutlineFromJson(file.readAll(), out, error, path);
}

bool geoJsonOutlineFromJson(const QByteArray& json, WorldOutline& out, QString* error,
                            const QString& origin)
{
    const QString prefix = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonObject root;
    if (!parseJsonObject(json, root, error, prefix))
        return false;
    auto fail = [&](const QString& problem) {
        if (error)
            *error = prefix + problem;
        return false;
    };
    if (root.value(QStringLiteral("type")).toString() != QStringLiteral("FeatureCollection"))
        return fail(QStringLiteral("type: expected \"FeatureCollection\""));
    if (!root.value(QStringLiteral("features")).isArray())
        return fail(QStringLiteral("features: expected an array"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    WorldOutline outline;
    outline.source = origin.toStdString();
    for (int f = 0; f < features.size(); ++f) {
        const QString fp = QStringLiteral("features[%1]").arg(f);
        const QJsonObject feature = features.at(f).toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonValue coords = geometry.value(QStringLiteral("coordinates"));
        if (type != QStringLiteral("Polygon") && type != QStringLiteral("MultiPolygon"))
            return fail(fp + QStringLiteral(".geometry.type: expected Polygon or MultiPolygon"));
        if (!coords.isArray())
            return fail(fp + QStringLiteral(".geometry.coordinates: expected an array"));
        CountryOutline country;
        const QJsonObject props = feature.value(QStringLiteral("properties")).toObject();
        country.name = propertyText(props, {"NAME", "name", "ADMIN"}).toStdString();
        country.isoA3 = propertyText(props, {"ISO_A3", "iso_a3"}).toStdString();
        const QJsonArray polys = coords.toArray();
        const bool multi = type == QStringLiteral("MultiPolygon");
        for (int p = 0; p < (multi ? polys.size() : 1); ++p) {
            const QJsonArray rings = multi ? polys.at(p).toArray() : polys;
            const QString rp = fp + QStringLiteral(".geometry.coordinates") +
                               (multi ? QStringLiteral("[%1]").arg(p) : QString()) +
                               QStringLiteral("[0]");
            if (rings.isEmpty())
                return fail(rp + QStringLiteral(": missing outer ring"));
            std::vector<std::pair<double, double>> ring;
            QString problem;
            if (!readRing(rings.at(0), rp, ring, &problem))
                return fail(problem);
            country.rings.push_back(std::move(ring));
        }
        outline.countries.push_back(std::move(country));
    }
    if (outline.countries.empty())
        return fail(QStringLiteral("features: no country outline"));
    out = std::move(outline);
    return true;
}

bool worldOutlineFromJson(const QByteArray& json, WorldOutline& out, QString* error,
                          const QString& origin)
{
    const QString prefix = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonObject root;
    if (!parseJsonObject(json, root, error, prefix))
        return false;
    WorldOutline outline;
    JsonFieldReader r(QString(), root);
    outline.source = r.optString(QStringLiteral("source"), std::string());
    r.forEachObject(root, QStringLiteral("countries"), [&](JsonFieldReader& e) {
        CountryOutline c;
        c.name = e.requireString(QStringLiteral("name"));
        c.isoA3 = e.optString(QStringLiteral("iso_a3"), std::string());
        outline.countries.push_back(std::move(c));
    });
    if (r.ok()) {
        const QJsonArray countries = root.value(QStringLiteral("countries")).toArray();
        for (int i = 0; i < countries.size(); ++i) {
            const QJsonArray rings =
                countries.at(i).toObject().value(QStringLiteral("rings")).toArray();
            for (int k = 0; k < rings.size(); ++k) {
                const QJsonArray flat = rings.at(k).toArray();
                if (flat.size() < 6 || flat.size() % 2 != 0) {
                    r.fail(QStringLiteral("countries[%1].rings[%2]").arg(i).arg(k),
                           QStringLiteral("expected an even list of at least 3 lon, lat pairs"));
                    break;
                }
                std::vector<std::pair<double, double>> ring;
                for (int j = 0; j + 1 < flat.size(); j += 2) {
                    if (!validPoint(flat.at(j).toDouble(NAN), flat.at(j + 1).toDouble(NAN))) {
                        r.fail(QStringLiteral("countries[%1].rings[%2][%3]").arg(i).arg(k).arg(j),
                               QStringLiteral("expected longitude, latitude in degrees"));
                        break;
                    }
                    ring.emplace_back(flat.at(j).toDouble(), flat.at(j + 1).toDouble());
                }
                outline.countries[static_cast<std::size_t>(i)].rings.push_back(std::move(ring));
            }
        }
    }
    if (!r.ok()) {
        if (error)
            *error = prefix + r.error();
        return false;
    }
    out = std::move(outline);
    return true;
}

QByteArray worldOutlineToJson(const WorldOutline& outline)
{
    QJsonArray countries;
    for (const CountryOutline& c : outline.countries) {
        QJsonArray rings;
        for (const auto& ring : c.rings) {
            QJsonArray flat;
            for (const auto& [lon, lat] : ring) {
                flat.append(lon);
                flat.append(lat);
            }
            rings.append(flat);
        }
        countries.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(c.name)},
                                     {QStringLiteral("iso_a3"), QString::fromStdString(c.isoA3)},
                                     {QStringLiteral("rings"), rings}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("nephos-world-outline")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("source"), QString::fromStdString(outline.source)},
                           {QStringLiteral("countries"), countries}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

WorldOutline defaultWorldOutline()
{
    QFile file(QStringLiteral(":/data/world-110m.json"));
    WorldOutline outline;
    QString error;
    if (!file.open(QIODevice::ReadOnly) ||
        !worldOutlineFromJson(file.readAll(), outline, &error, file.fileName()))
        throw std::runtime_error("embedded world outline: " + error.toStdString());
    return outline;
}

} // namespace nephos
