#pragma once

#include "scenario/Scenario.h"

#include <QPointer>
#include <QUndoCommand>

namespace nephos::widgets {

class ScenarioDocument;

/// Undoable switch of the scenario's policy (name and parameters).
class SetPolicyCommand : public QUndoCommand
{
public:
    SetPolicyCommand(ScenarioDocument* document, PolicyConfig newPolicy);

    void undo() override;
    void redo() override;

    /// The policy named `name` with its default parameters from policyInfos().
    static PolicyConfig defaultsFor(const std::string& name);

private:
    void apply(const PolicyConfig& policy);

    QPointer<ScenarioDocument> m_document;
    PolicyConfig m_old;
    PolicyConfig m_new;
};

} // namespace nephos::widgets
