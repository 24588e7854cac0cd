#pragma once

#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

namespace nephos::widgets {

class ScenarioTableModel;

/// Undoable change of one cell of an editor model (one scenario value).
class SetCellCommand : public QUndoCommand
{
public:
    SetCellCommand(ScenarioTableModel* model, int row, int column, QVariant oldValue,
                   QVariant newValue);

    /// The undo text of setting the cell to `value`, in words: "Disable region US East
    /// (N. Virginia)", "Set PUE of region Belgium to 1.2".
    static QString describe(const ScenarioTableModel* model, int row, int column,
                            const QVariant& value);

    void undo() override;
    void redo() override;

private:
    void apply(const QVariant& value);

    QPointer<ScenarioTableModel> m_model;
    int m_row;
    int m_column;
    QVariant m_old;
    QVariant m_new;
};

} // namespace nephos::widgets
