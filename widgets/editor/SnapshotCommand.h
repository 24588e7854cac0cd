#pragma once

#include "scenario/Scenario.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace nephos::widgets {

class ScenarioDocument;

/// Undoable structural edit (rows added, removed or duplicated): keeps the scenario before and
/// after, and swaps them on undo/redo.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(ScenarioDocument* document, Scenario after, const QString& text);

    void undo() override;
    void redo() override;

    /// Applies `change` to a copy of the document's scenario and pushes the result as one
    /// command; nothing is pushed when `change` returns false.
    static bool push(ScenarioDocument* document, const QString& text,
                     const std::function<bool(Scenario&)>& change);

private:
    QPointer<ScenarioDocument> m_document;
    Scenario m_before;
    Scenario m_after;
};

} // namespace nephos::widgets
