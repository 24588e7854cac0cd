#pragma once

#include "sim/MonitorSeries.h"

#include <QByteArray>

namespace nephos {

/// MonitorSeries <-> compact blob (zlib-compressed, only the samples taken) for the run store.
class SeriesCodec
{
public:
    static constexpr int format = 1;
    static QByteArray encode(const MonitorSeries& series);
    /// False on a damaged or unknown blob (`out` is then left empty).
    static bool decode(const QByteArray& blob, MonitorSeries& out);
};

} // namespace nephos
