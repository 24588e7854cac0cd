#include "editor/PoolModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

PoolModel::PoolModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Region"), {}, false, false},
                {tr("Instance type"), {}, false, false},
                {tr("Count"), tr("VMs provisioned at time 0, between min and max"), true, false},
                {tr("Min"), tr("Autoscaler lower bound, ≤ count"), true, false},
                {tr("Max"), tr("Autoscaler upper bound, ≥ count"), true, false},
                {tr("Spot"), tr("Use spot (preemptible) VMs; needs a spot price"), true, true}});
}

int PoolModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document()->scenario().pool.size());
}

QVariant PoolModel::cellValue(int row, int column) const
{
    const VmPoolEntry& e = document()->scenario().pool.at(static_cast<std::size_t>(row));
    switch (column) {
    case Region:
        return QString::fromStdString(e.region);
    case InstanceType:
        return QString::fromStdString(e.instanceType);
    case Count:
        return e.count;
    case Min:
        return e.minCount;
    case Max:
        return e.maxCount;
    case Spot:
        return e.spot;
    default:
        return {};
    }
}

QString PoolModel::validate(int row, int column, const QVariant& value) const
{
    const Scenario& s = document()->scenario();
    const VmPoolEntry& e = s.pool.at(static_cast<std::size_t>(row));
    int n = 0;
    QString err;
    switch (column) {
    case Count:
        err = requireInteger(value, 0, maxVmsPerEntry(), &n);
        if (err.isEmpty() && n < e.minCount)
            err = tr("must be ≥ min (%1), got %2").arg(e.minCount).arg(n);
        if (err.isEmpty() && n > e.maxCount)
            err = tr("must be ≤ max (%1), got %2").arg(e.maxCount).arg(n);
        return err;
    case Min:
        err = requireInteger(value, 0, maxVmsPerEntry(), &n);
        if (err.isEmpty() && n > e.count)
            err = tr("must be ≤ count (%1), got %2").arg(e.count).arg(n);
        return err;
    case Max:
        err = requireInteger(value, 0, maxVmsPerEntry(), &n);
        if (err.isEmpty() && n < e.count)
            err = tr("must be ≥ count (%1), got %2").arg(e.count).arg(n);
        return err;
    case Spot:
        if (value.toBool()) {
            const Offer* o = s.findOffer(e.region, e.instanceType);
            if (!o || o->spotUsdPerHour < 0.0)
                return tr("no spot price known for %1 in %2")
                    .arg(QString::fromStdString(e.instanceType), QString::fromStdString(e.region));
        }
        return {};
    default:
        return {};
    }
}

void PoolModel::applyValue(int row, int column, const QVariant& value)
{
    VmPoolEntry& e = document()->mutableScenario().pool.at(static_cast<std::size_t>(row));
    switch (column) {
    case Count:
        e.count = value.toInt();
        break;
    case Min:
        e.minCount = value.toInt();
        break;
    case Max:
        e.maxCount = value.toInt();
        break;
    case Spot:
        e.spot = value.toBool();
        break;
    default:
        break;
    }
}

QString PoolModel::rowLabel(int row) const
{
    const VmPoolEntry& e = document()->scenario().pool.at(static_cast<std::size_t>(row));
    return tr("%1 VMs in %2").arg(QString::fromStdString(e.instanceType), regionLabel(e.region));
}

} // namespace nephos::widgets
