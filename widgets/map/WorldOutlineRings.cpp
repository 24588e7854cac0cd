#include "map/WorldOutlineRings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nephos::widgets {

QList<QPolygonF> worldOutlineRings()
{
    // The embedded Natural Earth outline (resources/data/world-110m.json): countries, each with
    // rings stored as flat [lon, lat, lon, lat, …] arrays.
    QList<QPolygonF> rings;
    QFile file(QStringLiteral(":/data/world-110m.json"));
    if (!file.open(QIODevice::ReadOnly))
        return rings;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("countries"))
                                     .toArray();
    for (const QJsonValue& c : countries) {
        const QJsonArray list = c.toObject().value(QLatin1String("rings")).toArray();
        for (const QJsonValue& r : list) {
            const QJsonArray flat = r.toArray();
            QPolygonF poly;
            poly.reserve(flat.size() / 2);
            for (qsizetype i = 0; i + 1 < flat.size(); i += 2)
                poly << QPointF(flat[i].toDouble(), flat[i + 1].toDouble());
            if (poly.size() >= 3)
                rings << poly;
        }
    }
    return rings;
}

} // namespace nephos::widgets
