#pragma once

#include <QList>
#include <QPolygonF>

namespace nephos::widgets {

/// Country outlines of the embedded world map as rings of (longitude, latitude); empty when the
/// embedded outline is missing.
QList<QPolygonF> worldOutlineRings();

} // namespace nephos::widgets
