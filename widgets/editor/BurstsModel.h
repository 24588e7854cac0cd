#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Arrival bursts of one workload class (the class selected in the workloads table): start,
/// duration and rate multiplier. Edits are undoable (BurstCellCommand) and checked by
/// ScenarioValidator; addBurst/removeBursts are undoable structural edits.
class BurstsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { StartHour, DurationHours, RateMultiplier };
    explicit BurstsModel(ScenarioDocument* document, QObject* parent = nullptr);

    /// Shows the bursts of workload class `row` (-1: none).
    void setWorkload(int row);
    int workload() const { return m_workload; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;

    /// Writes one value of burst `burst` of class `workload` (used by BurstCellCommand).
    void applyBurstValue(int workload, int burst, int column, const QVariant& value);
    QVariant burstValue(int workload, int burst, int column) const;

    /// Adds a burst (hour 0, 1 h, x2) to the shown class; false when no class is shown.
    bool addBurst();
    /// Removes the given bursts of the shown class as one undoable step.
    bool removeBursts(const QList<int>& rows);

private:
    bool valid(int workload, int burst) const;
    int m_workload = -1;
};

} // namespace nephos::widgets
