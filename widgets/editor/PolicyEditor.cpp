#include "editor/PolicyEditor.h"

#include "editor/PolicyParamsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioTableView.h"
#include "editor/SetPolicyCommand.h"
#include "policy/PolicyRegistry.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace nephos::widgets {

PolicyEditor::PolicyEditor(ScenarioDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_box(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_params(new PolicyParamsModel(document, this))
{
    m_box->setObjectName(QStringLiteral("policyBox"));
    for (const PolicyInfo& info : policyInfos()) {
        m_box->addItem(QString::fromStdString(info.name), QString::fromStdString(info.name));
        m_box->setItemData(m_box->count() - 1, QString::fromStdString(info.description),
                           Qt::ToolTipRole);
    }
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("policyDescription"));
    m_params->setObjectName(QStringLiteral("policyParams"));
    m_paramsView = new ScenarioTableView(m_params, false, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Policy"), m_box);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(m_paramsView, 1);

    connect(m_box, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_syncing)
            return;
        const std::string name = m_box->currentData().toString().toStdString();
        if (name != m_document->scenario().policy.name)
            m_document->undoStack()->push(
                new SetPolicyCommand(m_document, SetPolicyCommand::defaultsFor(name)));
    });
    connect(document, &ScenarioDocument::policyChanged, this, &PolicyEditor::syncFromDocument);
    connect(document, &ScenarioDocument::scenarioReset, this, &PolicyEditor::syncFromDocument);
    syncFromDocument();
}

void PolicyEditor::syncFromDocument()
{
    m_syncing = true;
    const QString name = QString::fromStdString(m_document->scenario().policy.name);
    int i = m_box->findData(name);
    if (i < 0 && !name.isEmpty()) { // a policy this build does not know: show it anyway
        m_box->addItem(name, name);
        i = m_box->count() - 1;
    }
    m_box->setCurrentIndex(i);
    m_description->setText(m_box->itemData(i, Qt::ToolTipRole).toString());
    m_syncing = false;
}

} // namespace nephos::widgets
