#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Cloud providers: enable or disable a whole provider.
class ProvidersModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { Id, Name, Enabled };
    explicit ProvidersModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;
};

} // namespace nephos::widgets
