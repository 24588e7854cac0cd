#include "map/WorldOutlineRings.h"

#include "data/WorldOutline.h"

namespace nephos::widgets {

QList<QPolygonF> worldOutlineRings(const nephos::WorldOutline& outline)
{
    QList<QPolygonF> rings;
    for (const CountryOutline& c : outline.countries) {
        for (const auto& ring : c.rings) {
            if (ring.size() < 3)
                continue;
            QPolygonF poly;
            poly.reserve(qsizetype(ring.size()));
            for (const auto& [lon, lat] : ring)
                poly << QPointF(lon, lat);
            rings << poly;
        }
    }
    return rings;
}

QList<QPolygonF> worldOutlineRings()
{
    return worldOutlineRings(defaultWorldOutline());
}

} // namespace nephos::widgets
