#include "editor/SetCellCommand.h"

#include "editor/ScenarioDocument.h"
#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

SetCellCommand::SetCellCommand(ScenarioTableModel* model, int row, int column, QVariant oldValue,
                               QVariant newValue)
    : m_model(model)
    , m_row(row)
    , m_column(column)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    setText(QObject::tr("Set %1 of %2 to %3").arg(header, model->rowLabel(row), m_new.toString()));
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
