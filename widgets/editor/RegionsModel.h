#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Regions: enable/disable, PUE and grid carbon intensity.
class RegionsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { Id, Provider, Name, Enabled, Pue, Carbon };
    explicit RegionsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;
};

} // namespace nephos::widgets
