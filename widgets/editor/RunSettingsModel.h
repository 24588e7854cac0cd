#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Simulation settings and the fault model as (setting, value) rows: horizon, seed, monitoring
/// interval, boot time, scaling interval, VM MTBF and repair time.
class RunSettingsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Row {
        HorizonHours,
        Seed,
        MonitorIntervalMinutes,
        VmBootSeconds,
        ScalingIntervalMinutes,
        VmMtbfHours,
        VmRepairHours,
        RowCount
    };
    enum Col { Setting, Value };
    explicit RunSettingsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;

private:
    static QString rowHelp(int row);
};

} // namespace nephos::widgets
