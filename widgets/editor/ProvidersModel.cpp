#include "editor/ProvidersModel.h"

#include "editor/ScenarioDocument.h"

namespace nephos::widgets {

ProvidersModel::ProvidersModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns({{tr("Id"), tr("Provider id"), false, false},
                {tr("Name"), tr("Display name"), false, false},
                {tr("Enabled"), tr("Disabled providers receive no jobs"), true, true}});
}

int ProvidersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(document()->scenario().providers.size());
}

QVariant ProvidersModel::cellValue(int row, int column) const
{
    const Provider& p = document()->scenario().providers.at(static_cast<std::size_t>(row));
    switch (column) {
    case Id:
        return QString::fromStdString(p.id);
    case Name:
        return QString::fromStdString(p.name);
    case Enabled:
        return p.enabled;
    default:
        return {};
    }
}

void ProvidersModel::applyValue(int row, int column, const QVariant& value)
{
    Provider& p = document()->mutableScenario().providers.at(static_cast<std::size_t>(row));
    if (column == Enabled)
        p.enabled = value.toBool();
}

QString ProvidersModel::rowLabel(int row) const
{
    const Provider& p = document()->scenario().providers.at(std::size_t(row));
    return tr("provider %1").arg(QString::fromStdString(p.name.empty() ? p.id : p.name));
}

} // namespace nephos::widgets
