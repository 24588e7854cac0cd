#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// The VM pool: how many VMs of each instance type run in each region, autoscaler bounds, spot.
class PoolModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { Region, InstanceType, Count, Min, Max, Spot };
    explicit PoolModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;
    static int maxVmsPerEntry() { return 100000; }
};

} // namespace nephos::widgets
