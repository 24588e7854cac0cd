#pragma once

#include "editor/ScenarioTableModel.h"

#include <string>
#include <vector>

namespace nephos::widgets {

/// Parameters of the scenario's policy: every default parameter of the policy (from
/// policyInfos()) plus any extra one set in the scenario, with its value and default.
class PolicyParamsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { Parameter, Value, Default };
    explicit PolicyParamsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QString rowLabel(int row) const override;

    /// Parameter names in row order.
    QStringList parameterNames() const;

private:
    void refreshKeys();
    double defaultValue(const std::string& key, bool* known) const;

    std::vector<std::string> m_keys;
};

} // namespace nephos::widgets
