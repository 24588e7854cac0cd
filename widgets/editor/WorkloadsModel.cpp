#include "editor/WorkloadsModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

WorkloadsModel::WorkloadsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns(
        {{tr("Class"), {}, false, false},
         {tr("Kind"), {}, false, false},
         {tr("Arrivals/h"), tr("Mean arrival rate, 0 to 100000 jobs per hour"), true, false},
         {tr("Diurnal"), tr("Diurnal amplitude, 0 to 1"), true, false},
         {tr("Duration h"), tr("Mean run time on the reference hardware, > 0 hours"), true, false},
         {tr("vCPUs"), tr("vCPUs per job, > 0"), true, false},
         {tr("Memory GiB"), tr("Memory per job, > 0 GiB"), true, false},
         {tr("GPUs"), tr("GPUs per job, 0 to 64"), true, false},
         {tr("SLA h"), tr("Completion-time limit in hours; 0: none"), true, false},
         {tr("Data GB"), tr("Input data per job, ≥ 0 GB"), true, false},
         {tr("Home region"), tr("Where the input data lives"), true, false}});
}

int WorkloadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document()->scenario().workloads.size());
}

QVariant WorkloadsModel::cellValue(int row, int column) const
{
    const WorkloadClass& w = document()->scenario().workloads.at(static_cast<std::size_t>(row));
    switch (column) {
    case Name:
        return QString::fromStdString(w.name);
    case Kind:
        return QString::fromStdString(w.kind);
    case RatePerHour:
        return w.arrival.ratePerHour;
    case DiurnalAmplitude:
        return w.arrival.diurnalAmplitude;
    case DurationMeanH:
        return w.durationHours.mean;
    case Vcpus:
        return w.vcpus;
    case MemoryGib:
        return w.memoryGib;
    case Gpus:
        return w.gpus;
    case SlaHours:
        return w.slaHours;
    case DataInputGb:
        return w.dataInputGb;
    case HomeRegion:
        return QString::fromStdString(w.homeRegion);
    default:
        return {};
    }
}

QString WorkloadsModel::validate(int, int column, const QVariant& value) const
{
    double d = 0.0;
    QString err;
    switch (column) {
    case RatePerHour:
        return requireNumber(value, 0.0, 100000.0);
    case DiurnalAmplitude:
        return requireNumber(value, 0.0, 1.0);
    case DurationMeanH:
    case Vcpus:
    case MemoryGib:
        err = requireNumber(value, 0.0, 1.0e6, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        return err;
    case Gpus:
        return requireInteger(value, 0, 64);
    case SlaHours:
    case DataInputGb:
        return requireNumber(value, 0.0, 1.0e7);
    case HomeRegion: {
        const std::string id = value.toString().toStdString();
        if (!document()->scenario().findRegion(id))
            return tr("unknown region \"%1\"").arg(value.toString());
        return {};
    }
    default:
        return {};
    }
}

void WorkloadsModel::applyValue(int row, int column, const QVariant& value)
{
    WorkloadClass& w = document()->mutableScenario().workloads.at(static_cast<std::size_t>(row));
    switch (column) {
    case RatePerHour:
        w.arrival.ratePerHour = value.toDouble();
        break;
    case DiurnalAmplitude:
        w.arrival.diurnalAmplitude = value.toDouble();
        break;
    case DurationMeanH:
        w.durationHours.mean = value.toDouble();
        break;
    case Vcpus:
        w.vcpus = value.toDouble();
        break;
    case MemoryGib:
        w.memoryGib = value.toDouble();
        break;
    case Gpus:
        w.gpus = value.toInt();
        break;
    case SlaHours:
        w.slaHours = value.toDouble();
        break;
    case DataInputGb:
        w.dataInputGb = value.toDouble();
        break;
    case HomeRegion:
        w.homeRegion = value.toString().toStdString();
        break;
    default:
        break;
    }
}

QStringList WorkloadsModel::choices(int, int column) const
{
    QStringList ids;
    if (column == HomeRegion) {
        for (const Region& r : document()->scenario().regions)
            ids << QString::fromStdString(r.id);
    }
    return ids;
}

QString WorkloadsModel::rowLabel(int row) const
{
    return QString::fromStdString(document()->scenario().workloads.at(std::size_t(row)).name);
}

} // namespace nephos::widgets
