#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Prices: on-demand and spot USD per hour of each instance type in each region.
class OffersModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { Region, InstanceType, OnDemand, Spot, Estimated };
    explicit OffersModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;
};

} // namespace nephos::widgets
