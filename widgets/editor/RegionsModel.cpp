#include "editor/RegionsModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

RegionsModel::RegionsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns(
        {{tr("Id"), tr("Region id (provider:code)"), false, false},
         {tr("Provider"), {}, false, false},
         {tr("Name"), {}, false, false},
         {tr("Enabled"), tr("Disabled regions receive no jobs"), true, true},
         {tr("PUE"), tr("Power usage effectiveness, 1.0 to 3.0"), true, false},
         {tr("Carbon kg/kWh"), tr("Grid carbon intensity, 0 to 2 kg CO2e per kWh"), true, false}});
}

int RegionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document()->scenario().regions.size());
}

QVariant RegionsModel::cellValue(int row, int column) const
{
    const Region& r = document()->scenario().regions.at(static_cast<std::size_t>(row));
    switch (column) {
    case Id:
        return QString::fromStdString(r.id);
    case Provider:
        return QString::fromStdString(r.provider);
    case Name:
        return QString::fromStdString(r.name);
    case Enabled:
        return r.enabled;
    case Pue:
        return r.pue;
    case Carbon:
        return r.carbonKgPerKwh;
    default:
        return {};
    }
}

QString RegionsModel::validate(int, int column, const QVariant& value) const
{
    switch (column) {
    case Pue:
        return requireNumber(value, 1.0, 3.0);
    case Carbon:
        return requireNumber(value, 0.0, 2.0);
    default:
        return {};
    }
}

void RegionsModel::applyValue(int row, int column, const QVariant& value)
{
    Region& r = document()->mutableScenario().regions.at(static_cast<std::size_t>(row));
    switch (column) {
    case Enabled:
        r.enabled = value.toBool();
        break;
    case Pue:
        r.pue = value.toDouble();
        r.pueEstimated = false;
        break;
    case Carbon:
        r.carbonKgPerKwh = value.toDouble();
        r.carbonEstimated = false;
        break;
    default:
        break;
    }
}

QString RegionsModel::rowLabel(int row) const
{
    const Region& r = document()->scenario().regions.at(std::size_t(row));
    return tr("region %1").arg(regionLabel(r.id));
}

} // namespace nephos::widgets
