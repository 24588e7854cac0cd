#include "editor/PerturbationsModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

PerturbationsModel::PerturbationsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Start h"), tr("Simulated hour the fault begins, ≥ 0"), true, false},
                {tr("Duration h"), tr("How long it lasts, > 0 hours"), true, false},
                {tr("From"), tr("Source region, or * for any"), true, false},
                {tr("To"), tr("Destination region, or * for any"), true, false},
                {tr("Throughput ×"), tr("Multiplies link throughput, > 0 and ≤ 1"), true, false},
                {tr("Extra RTT ms"), tr("Added round-trip time, 0 to 10000 ms"), true, false}});
}

int PerturbationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(document()->scenario().faults.perturbations.size());
}

QVariant PerturbationsModel::cellValue(int row, int column) const
{
    const NetworkPerturbation& n =
        document()->scenario().faults.perturbations.at(static_cast<std::size_t>(row));
    switch (column) {
    case StartHour:
        return n.startHour;
    case DurationHours:
        return n.durationHours;
    case Src:
        return QString::fromStdString(n.src);
    case Dst:
        return QString::fromStdString(n.dst);
    case ThroughputFactor:
        return n.throughputFactor;
    case ExtraRttMs:
        return n.extraRttMs;
    default:
        return {};
    }
}

QString PerturbationsModel::validate(int, int column, const QVariant& value) const
{
    double d = 0.0;
    QString err;
    switch (column) {
    case StartHour:
        return requireNumber(value, 0.0, 87600.0);
    case DurationHours:
        err = requireNumber(value, 0.0, 87600.0, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        return err;
    case Src:
    case Dst: {
        const QString id = value.toString();
        if (id != QLatin1String("*") && !document()->scenario().findRegion(id.toStdString()))
            return tr("unknown region \"%1\" (use * for any)").arg(id);
        return {};
    }
    case ThroughputFactor:
        err = requireNumber(value, 0.0, 1.0, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        return err;
    case ExtraRttMs:
        return requireNumber(value, 0.0, 10000.0);
    default:
        return {};
    }
}

void PerturbationsModel::applyValue(int row, int column, const QVariant& value)
{
    NetworkPerturbation& n =
        document()->mutableScenario().faults.perturbations.at(static_cast<std::size_t>(row));
    switch (column) {
    case StartHour:
        n.startHour = value.toDouble();
        break;
    case DurationHours:
        n.durationHours = value.toDouble();
        break;
    case Src:
        n.src = value.toString().toStdString();
        break;
    case Dst:
        n.dst = value.toString().toStdString();
        break;
    case ThroughputFactor:
        n.throughputFactor = value.toDouble();
        break;
    case ExtraRttMs:
        n.extraRttMs = value.toDouble();
        break;
    default:
        break;
    }
}

QStringList PerturbationsModel::choices(int, int column) const
{
    QStringList ids;
    if (column == Src || column == Dst) {
        ids << QStringLiteral("*");
        for (const Region& r : document()->scenario().regions)
            ids << QString::fromStdString(r.id);
    }
    return ids;
}

QString PerturbationsModel::rowLabel(int row) const
{
    return tr("network fault %1").arg(row + 1);
}

} // namespace nephos::widgets
