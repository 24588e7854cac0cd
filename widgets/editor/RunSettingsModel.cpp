#include "editor/RunSettingsModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

RunSettingsModel::RunSettingsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Setting"), {}, false, false}, {tr("Value"), {}, true, false}});
}

int RunSettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

QString RunSettingsModel::rowLabel(int row) const
{
    switch (row) {
    case HorizonHours:
        return tr("Horizon (h)");
    case Seed:
        return tr("Random seed");
    case MonitorIntervalMinutes:
        return tr("Monitoring interval (min)");
    case VmBootSeconds:
        return tr("VM boot time (s)");
    case ScalingIntervalMinutes:
        return tr("Autoscaling interval (min)");
    case VmMtbfHours:
        return tr("Faults: VM MTBF (h)");
    case VmRepairHours:
        return tr("Faults: VM repair time (h)");
    default:
        return {};
    }
}

QString RunSettingsModel::rowHelp(int row)
{
    switch (row) {
    case HorizonHours:
        return tr("Simulated time, > 0 and ≤ 87600 hours");
    case Seed:
        return tr("Same scenario and seed give identical results; 0 to 2^64-1");
    case MonitorIntervalMinutes:
        return tr("Sampling period of the monitoring series, 0.1 to 1440 minutes");
    case VmBootSeconds:
        return tr("Time for a new VM to become usable, 0 to 3600 s");
    case ScalingIntervalMinutes:
        return tr("How often the autoscaler looks at the queue, 0.1 to 1440 minutes");
    case VmMtbfHours:
        return tr("Mean time between VM failures; 0: no failures");
    case VmRepairHours:
        return tr("Time until a failed VM is back, > 0 and ≤ 720 h");
    default:
        return {};
    }
}

QVariant RunSettingsModel::data(const QModelIndex& index, int role) const
{
    if (index.isValid() && role == Qt::ToolTipRole)
        return rowHelp(index.row());
    return ScenarioTableModel::data(index, role);
}

QVariant RunSettingsModel::cellValue(int row, int column) const
{
    if (column == Setting)
        return rowLabel(row);
    const Scenario& s = document()->scenario();
    switch (row) {
    case HorizonHours:
        return s.settings.horizonHours;
    case Seed:
        return QVariant::fromValue<qulonglong>(s.settings.seed);
    case MonitorIntervalMinutes:
        return s.settings.monitorIntervalMinutes;
    case VmBootSeconds:
        return s.settings.vmBootSeconds;
    case ScalingIntervalMinutes:
        return s.settings.scalingIntervalMinutes;
    case VmMtbfHours:
        return s.faults.vmMtbfHours;
    case VmRepairHours:
        return s.faults.vmRepairHours;
    default:
        return {};
    }
}

QString RunSettingsModel::validate(int row, int column, const QVariant& value) const
{
    if (column != Value)
        return {};
    double d = 0.0;
    QString err;
    switch (row) {
    case HorizonHours:
        err = requireNumber(value, 0.0, 87600.0, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        return err;
    case Seed: {
        bool ok = false;
        value.toString().trimmed().toULongLong(&ok);
        return ok ? QString()
                  : tr("must be a whole number from 0 to 2^64-1, got \"%1\"").arg(value.toString());
    }
    case MonitorIntervalMinutes:
    case ScalingIntervalMinutes:
        return requireNumber(value, 0.1, 1440.0);
    case VmBootSeconds:
        return requireNumber(value, 0.0, 3600.0);
    case VmMtbfHours:
        return requireNumber(value, 0.0, 1.0e7);
    case VmRepairHours:
        err = requireNumber(value, 0.0, 720.0, &d);
        if (err.isEmpty() && d <= 0.0)
            err = tr("must be > 0, got %1").arg(d);
        return err;
    default:
        return {};
    }
}

void RunSettingsModel::applyValue(int row, int column, const QVariant& value)
{
    if (column != Value)
        return;
    Scenario& s = document()->mutableScenario();
    switch (row) {
    case HorizonHours:
        s.settings.horizonHours = value.toDouble();
        break;
    case Seed:
        s.settings.seed = value.toString().trimmed().toULongLong();
        break;
    case MonitorIntervalMinutes:
        s.settings.monitorIntervalMinutes = value.toDouble();
        break;
    case VmBootSeconds:
        s.settings.vmBootSeconds = value.toDouble();
        break;
    case ScalingIntervalMinutes:
        s.settings.scalingIntervalMinutes = value.toDouble();
        break;
    case VmMtbfHours:
        s.faults.vmMtbfHours = value.toDouble();
        break;
    case VmRepairHours:
        s.faults.vmRepairHours = value.toDouble();
        break;
    default:
        break;
    }
}

} // namespace nephos::widgets
