#include "editor/BurstCellCommand.h"

#include "editor/BurstsModel.h"

namespace nephos::widgets {

BurstCellCommand::BurstCellCommand(BurstsModel* model, int workload, int burst, int column,
                                   QVariant oldValue, QVariant newValue)
    : m_model(model)
    , m_workload(workload)
    , m_burst(burst)
    , m_column(column)
    , m_old(std::move(oldValue))
    , m_new(std::move(newValue))
{
    setText(QObject::tr("Edit burst %1 of %2: %3")
                .arg(burst + 1)
                .arg(model->rowLabel(burst),
                     model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
}

void BurstCellCommand::undo()
{
    if (m_model)
        m_model->applyBurstValue(m_workload, m_burst, m_column, m_old);
}

void BurstCellCommand::redo()
{
    if (m_model)
        m_model->applyBurstValue(m_workload, m_burst, m_column, m_new);
}

} // namespace nephos::widgets
