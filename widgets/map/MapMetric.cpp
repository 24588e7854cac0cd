#include "map/MapMetric.h"

#include <QObject>

namespace nephos::widgets {

QString mapMetricLabel(MapMetric metric, bool atSample)
{
    switch (metric) {
    case MapMetric::Utilisation:
        return atSample ? QObject::tr("CPU utilisation (%)")
                        : QObject::tr("Average CPU utilisation (%)");
    case MapMetric::Cost:
        return atSample ? QObject::tr("Cost rate (USD/h)") : QObject::tr("Total cost (USD)");
    case MapMetric::CarbonIntensity:
        return QObject::tr("Grid carbon intensity (kg CO2e/kWh)");
    case MapMetric::Queue:
        return atSample ? QObject::tr("Queued jobs") : QObject::tr("Average queued jobs");
    case MapMetric::Count:
        break;
    }
    return QString();
}

} // namespace nephos::widgets
