#pragma once

#include <QList>
#include <QPolygonF>

namespace nephos {
struct WorldOutline;
}

namespace nephos::widgets {

/// Rings of (longitude, latitude) of an outline, ready for MapCanvas::setOutline().
QList<QPolygonF> worldOutlineRings(const nephos::WorldOutline& outline);
/// Rings of the embedded world outline (nephos::defaultWorldOutline()).
QList<QPolygonF> worldOutlineRings();

} // namespace nephos::widgets
