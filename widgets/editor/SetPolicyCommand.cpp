#include "editor/SetPolicyCommand.h"

#include "editor/ScenarioDocument.h"
#include "policy/PolicyRegistry.h"

namespace nephos::widgets {

SetPolicyCommand::SetPolicyCommand(ScenarioDocument* document, PolicyConfig newPolicy)
    : m_document(document)
    , m_old(document->scenario().policy)
    , m_new(std::move(newPolicy))
{
    setText(QObject::tr("Set policy to %1").arg(QString::fromStdString(m_new.name)));
}

void SetPolicyCommand::undo()
{
    apply(m_old);
}
void SetPolicyCommand::redo()
{
    apply(m_new);
}

void SetPolicyCommand::apply(const PolicyConfig& policy)
{
    if (!m_document)
        return;
    m_document->mutableScenario().policy = policy;
    m_document->notifyPolicyChanged(text());
}

PolicyConfig SetPolicyCommand::defaultsFor(const std::string& name)
{
    PolicyConfig cfg;
    cfg.name = name;
    for (const PolicyInfo& info : policyInfos()) {
        if (info.name == name)
            cfg.params = info.defaultParams;
    }
    return cfg;
}

} // namespace nephos::widgets
