#include "editor/OffersModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

OffersModel::OffersModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Region"), {}, false, false},
                {tr("Instance type"), {}, false, false},
                {tr("On-demand $/h"), tr("On-demand price, > 0 USD per hour"), true, false},
                {tr("Spot $/h"), tr("Spot price in USD per hour; -1: no spot offer"), true, false},
                {tr("Estimated"), tr("Derived price, not a catalog figure"), false, true}});
}

int OffersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document()->scenario().offers.size());
}

QVariant OffersModel::cellValue(int row, int column) const
{
    const Offer& o = document()->scenario().offers.at(static_cast<std::size_t>(row));
    switch (column) {
    case Region:
        return QString::fromStdString(o.region);
    case InstanceType:
        return QString::fromStdString(o.instanceType);
    case OnDemand:
        return o.onDemandUsdPerHour;
    case Spot:
        return o.spotUsdPerHour;
    case Estimated:
        return o.estimated;
    default:
        return {};
    }
}

QString OffersModel::validate(int row, int column, const QVariant& value) const
{
    const Offer& o = document()->scenario().offers.at(static_cast<std::size_t>(row));
    double d = 0.0;
    switch (column) {
    case OnDemand: {
        QString err = requireNumber(value, 0.0, 1000.0, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        if (err.isEmpty() && o.spotUsdPerHour > d)
            err = tr("must be ≥ the spot price (%1)").arg(o.spotUsdPerHour);
        return err;
    }
    case Spot: {
        QString err = requireNumber(value, -1.0, 1000.0, &d);
        if (err.isEmpty() && d < 0.0 && d != -1.0)
            err = tr("use -1 for \"no spot offer\" or a price ≥ 0, got %1").arg(d);
        if (err.isEmpty() && d > o.onDemandUsdPerHour)
            err = tr("must not exceed the on-demand price (%1)").arg(o.onDemandUsdPerHour);
        return err;
    }
    default:
        return {};
    }
}

void OffersModel::applyValue(int row, int column, const QVariant& value)
{
    Offer& o = document()->mutableScenario().offers.at(static_cast<std::size_t>(row));
    if (column == OnDemand)
        o.onDemandUsdPerHour = value.toDouble();
    else if (column == Spot)
        o.spotUsdPerHour = value.toDouble();
}

QString OffersModel::rowLabel(int row) const
{
    const Offer& o = document()->scenario().offers.at(static_cast<std::size_t>(row));
    return tr("%1 in %2").arg(QString::fromStdString(o.instanceType), regionLabel(o.region));
}

} // namespace nephos::widgets
