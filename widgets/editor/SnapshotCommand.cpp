#include "editor/SnapshotCommand.h"

#include "editor/ScenarioDocument.h"

#include <QUndoStack>

namespace nephos::widgets {

SnapshotCommand::SnapshotCommand(ScenarioDocument* document, Scenario after, const QString& text)
    : m_document(document)
    , m_before(document->scenario())
    , m_after(std::move(after))
{
    setText(text);
}

void SnapshotCommand::undo()
{
    if (m_document)
        m_document->applySnapshot(m_before, text());
}

void SnapshotCommand::redo()
{
    if (m_document)
        m_document->applySnapshot(m_after, text());
}

bool SnapshotCommand::push(ScenarioDocument* document, const QString& text,
                           const std::function<bool(Scenario&)>& change)
{
    Scenario copy = document->scenario();
    if (!change(copy))
        return false;
    document->undoStack()->push(new SnapshotCommand(document, std::move(copy), text));
    return true;
}

} // namespace nephos::widgets
