#include "editor/PolicyParamsModel.h"

#include "editor/ScenarioDocument.h"
#include "policy/PolicyRegistry.h"

#include <algorithm>
#include <set>

namespace nephos::widgets {

PolicyParamsModel::PolicyParamsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Parameter"), {}, false, false},
                {tr("Value"), tr("Parameter value (finite number)"), true, false},
                {tr("Default"), tr("The policy's default"), false, false}});
    // Base class resets around scenarioReset; refresh the key list inside that reset.
    connect(document, &ScenarioDocument::aboutToReset, this, [this] { m_keys.clear(); });
    connect(document, &ScenarioDocument::scenarioReset, this, [this] {
        beginResetModel();
        refreshKeys();
        endResetModel();
    });
    connect(document, &ScenarioDocument::policyChanged, this, [this] {
        beginResetModel();
        refreshKeys();
        endResetModel();
    });
    refreshKeys();
}

void PolicyParamsModel::refreshKeys()
{
    std::set<std::string> keys;
    const PolicyConfig& cfg = document()->scenario().policy;
    for (const PolicyInfo& info : policyInfos()) {
        if (info.name == cfg.name) {
            for (const auto& kv : info.defaultParams)
                keys.insert(kv.first);
        }
    }
    for (const auto& kv : cfg.params)
        keys.insert(kv.first);
    m_keys.assign(keys.begin(), keys.end());
}

double PolicyParamsModel::defaultValue(const std::string& key, bool* known) const
{
    const PolicyConfig& cfg = document()->scenario().policy;
    for (const PolicyInfo& info : policyInfos()) {
        if (info.name != cfg.name)
            continue;
        auto it = info.defaultParams.find(key);
        if (it != info.defaultParams.end()) {
            *known = true;
            return it->second;
        }
    }
    *known = false;
    return 0.0;
}

int PolicyParamsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

QVariant PolicyParamsModel::cellValue(int row, int column) const
{
    const std::string& key = m_keys.at(static_cast<std::size_t>(row));
    bool known = false;
    const double def = defaultValue(key, &known);
    switch (column) {
    case Parameter:
        return QString::fromStdString(key);
    case Value: {
        const auto& params = document()->scenario().policy.params;
        auto it = params.find(key);
        return it != params.end() ? it->second : def;
    }
    case Default:
        return known ? QVariant(def) : QVariant(tr("—"));
    default:
        return {};
    }
}

QString PolicyParamsModel::validate(int, int column, const QVariant& value) const
{
    if (column != Value)
        return {};
    return requireNumber(value, -1.0e12, 1.0e12);
}

void PolicyParamsModel::applyValue(int row, int column, const QVariant& value)
{
    if (column == Value)
        document()->mutableScenario().policy.params[m_keys.at(std::size_t(row))] = value.toDouble();
}

QString PolicyParamsModel::rowLabel(int row) const
{
    return tr("policy parameter %1")
        .arg(QString::fromStdString(m_keys.at(static_cast<std::size_t>(row)))
                 .replace(QLatin1Char('_'), QLatin1Char(' ')));
}

QStringList PolicyParamsModel::parameterNames() const
{
    QStringList names;
    for (const auto& k : m_keys)
        names << QString::fromStdString(k);
    return names;
}

} // namespace nephos::widgets
