#pragma once

#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

namespace nephos::widgets {

class BurstsModel;

/// Undoable change of one value of one arrival burst; remembers the workload class, so undo
/// and redo hit the right burst whatever class the bursts table shows by then.
class BurstCellCommand : public QUndoCommand
{
public:
    BurstCellCommand(BurstsModel* model, int workload, int burst, int column, QVariant oldValue,
                     QVariant newValue);

    void undo() override;
    void redo() override;

private:
    QPointer<BurstsModel> m_model;
    int m_workload;
    int m_burst;
    int m_column;
    QVariant m_old;
    QVariant m_new;
};

} // namespace nephos::widgets
