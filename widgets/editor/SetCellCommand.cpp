#include "editor/SetCellCommand.h"

#include "editor/ScenarioDocument.h"
#include "editor/ScenarioTableModel.h"

#include <QLocale>

namespace nephos::widgets {

SetCellCommand::SetCellCommand(ScenarioTableModel* model, int row, int column, QVariant oldValue,
                               QVariant newValue)
    : m_model(model)
    , m_row(row)
    , m_column(column)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(describe(model, row, column, m_new));
}

QString SetCellCommand::describe(const ScenarioTableModel* model, int row, int column,
                                 const QVariant& value)
{
    const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString item = model->rowLabel(row);
    if (model->flags(model->index(row, column)) & Qt::ItemIsUserCheckable) {
        // Check boxes: "Disable region US East (N. Virginia)", "Turn on Spot of …".
        const bool on = value.toBool();
        if (header == QObject::tr("Enabled"))
            return on ? QObject::tr("Enable %1").arg(item) : QObject::tr("Disable %1").arg(item);
        return on ? QObject::tr("Turn on %1 of %2").arg(header.toLower(), item)
                  : QObject::tr("Turn off %1 of %2").arg(header.toLower(), item);
    }
    QString text = value.toString();
    if (value.typeId() == QMetaType::Double)
        text = QLocale().toString(value.toDouble(), 'g', 6);
    return QObject::tr("Set %1 of %2 to %3").arg(header, item, text);
}

void SetCellCommand::undo()
{
    apply(m_old);
}
void SetCellCommand::redo()
{
    apply(m_new);
}

void SetCellCommand::apply(const QVariant& value)
{
    if (!m_model)
        return;
    m_model->applyValue(m_row, m_column, value);
    m_model->cellChanged(m_row, m_column);
    m_model->document()->notifyEdited(text());
}

} // namespace nephos::widgets
