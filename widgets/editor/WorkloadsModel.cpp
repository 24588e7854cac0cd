#include "editor/WorkloadsModel.h"

#include "editor/ScenarioDocument.h"

#include <algorithm>

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
         {tr("Home region"), tr("Where the input data lives"), true, false},
         {tr("Duration dist."),
          tr("Duration distribution: fixed, exponential, lognormal or uniform"), true, false},
         {tr("Stddev h"), tr("Standard deviation of a lognormal duration, ≥ 0 hours"), true, false},
         {tr("Min h"), tr("Uniform lower bound; durations are clamped to [min, max] when max > 0"),
          true, false},
         {tr("Max h"), tr("Uniform upper bound, or clamp (0: none)"), true, false},
         {tr("Peak h UTC"), tr("Hour of the diurnal arrival peak, 0 to < 24"), true, false},
         {tr("Checkpoint h"), tr("Progress saved every N hours; 0: never"), true, false},
         {tr("CPU util"), tr("Fraction of the requested vCPUs kept busy, 0 to 1"), true, false},
         {tr("Mem util"), tr("Fraction of the requested memory in use, 0 to 1"), true, false},
         {tr("GPU util"), tr("GPU utilisation, 0 to 1"), true, false},
         {tr("Reference GPU"), tr("GPU model the durations refer to; empty: CPU-bound"), true,
          false}});
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
    case DurationKind:
        return distributionKinds().value(static_cast<int>(w.durationHours.kind));
    case DurationStddevH:
        return w.durationHours.stddev;
    case DurationMinH:
        return w.durationHours.min;
    case DurationMaxH:
        return w.durationHours.max;
    case PeakHourUtc:
        return w.arrival.peakHourUtc;
    case CheckpointHours:
        return w.checkpointHours;
    case CpuUtil:
        return w.cpuUtil;
    case MemUtil:
        return w.memUtil;
    case GpuUtil:
        return w.gpuUtil;
    case ReferenceGpu:
        return QString::fromStdString(w.referenceGpu);
    default:
        return {};
    }
}

QStringList WorkloadsModel::distributionKinds()
{
    // Order of Distribution::Kind.
    return {QStringLiteral("fixed"), QStringLiteral("exponential"), QStringLiteral("lognormal"),
            QStringLiteral("uniform")};
}

QString WorkloadsModel::validateWithEngine(int row, int column, const QVariant& value,
                                           const QString& path) const
{
    const QString prefix = QStringLiteral("workloads[%1].").arg(row) + path;
    return engineProblem(
        [&](Scenario& s) { write(s.workloads.at(static_cast<std::size_t>(row)), column, value); },
        [&](const QString& p) { return p.startsWith(prefix); });
}

QString WorkloadsModel::validate(int row, int column, const QVariant& value) const
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
    case DurationKind:
        if (!distributionKinds().contains(value.toString()))
            return tr("must be one of %1, got \"%2\"")
                .arg(distributionKinds().join(QStringLiteral(", ")), value.toString());
        return validateWithEngine(row, column, value, QStringLiteral("duration"));
    case DurationStddevH:
    case DurationMinH:
    case DurationMaxH:
        err = requireNumber(value, -1.0e9, 1.0e9);
        return err.isEmpty() ? validateWithEngine(row, column, value, QStringLiteral("duration"))
                             : err;
    case PeakHourUtc:
        err = requireNumber(value, -1.0e9, 1.0e9);
        return err.isEmpty()
                   ? validateWithEngine(row, column, value, QStringLiteral("arrival.peak_hour_utc"))
                   : err;
    case CheckpointHours:
        err = requireNumber(value, -1.0e9, 1.0e9);
        return err.isEmpty()
                   ? validateWithEngine(row, column, value, QStringLiteral("checkpoint_h"))
                   : err;
    case CpuUtil:
    case MemUtil:
    case GpuUtil: {
        static const char* const keys[] = {"cpu_util", "mem_util", "gpu_util"};
        err = requireNumber(value, -1.0e9, 1.0e9);
        return err.isEmpty()
                   ? validateWithEngine(row, column, value, QLatin1String(keys[column - CpuUtil]))
                   : err;
    }
    case ReferenceGpu:
        return validateWithEngine(row, column, value, QStringLiteral("reference_gpu"));
    default:
        return {};
    }
}

void WorkloadsModel::applyValue(int row, int column, const QVariant& value)
{
    write(document()->mutableScenario().workloads.at(static_cast<std::size_t>(row)), column, value);
}

void WorkloadsModel::write(WorkloadClass& w, int column, const QVariant& value) const
{
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
    case DurationKind:
        w.durationHours.kind = static_cast<Distribution::Kind>(
            std::max<qsizetype>(0, distributionKinds().indexOf(value.toString())));
        break;
    case DurationStddevH:
        w.durationHours.stddev = value.toDouble();
        break;
    case DurationMinH:
        w.durationHours.min = value.toDouble();
        break;
    case DurationMaxH:
        w.durationHours.max = value.toDouble();
        break;
    case PeakHourUtc:
        w.arrival.peakHourUtc = value.toDouble();
        break;
    case CheckpointHours:
        w.checkpointHours = value.toDouble();
        break;
    case CpuUtil:
        w.cpuUtil = value.toDouble();
        break;
    case MemUtil:
        w.memUtil = value.toDouble();
        break;
    case GpuUtil:
        w.gpuUtil = value.toDouble();
        break;
    case ReferenceGpu:
        w.referenceGpu = value.toString().toStdString();
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
    } else if (column == DurationKind) {
        ids = distributionKinds();
    } else if (column == ReferenceGpu) {
        ids << QString();
        for (const GpuModel& g : document()->scenario().gpuModels)
            ids << QString::fromStdString(g.name);
    }
    return ids;
}

QString WorkloadsModel::rowLabel(int row) const
{
    return tr("workload %1")
        .arg(QString::fromStdString(document()->scenario().workloads.at(std::size_t(row)).name));
}

} // namespace nephos::widgets
