#include "editor/WorkloadBurstsPanel.h"

#include "editor/BurstsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioTableView.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace nephos::widgets {

WorkloadBurstsPanel::WorkloadBurstsPanel(ScenarioDocument* document,
                                         ScenarioTableView* workloadsView, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_workloads(workloadsView)
    , m_model(new BurstsModel(document, this))
    , m_title(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("bursts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("burstsTitle"));
    layout->addWidget(m_title);
    m_view = new ScenarioTableView(m_model, false, this);
    m_view->setObjectName(QStringLiteral("burstsView"));
    m_view->addButton(QStringLiteral("addBurst"), tr("Add burst"), [this](const QList<int>&) {
        if (!m_model->addBurst())
            m_view->showMessage(tr("Select a workload class first."));
    });
    m_view->addButton(QStringLiteral("removeBursts"), tr("Remove selected"),
                      [this](const QList<int>& rows) { m_model->removeBursts(rows); });
    layout->addWidget(m_view, 1);

    connect(m_workloads->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkloadBurstsPanel::followSelection);
    connect(document, &ScenarioDocument::scenarioReset, this, [this] {
        if (m_model->workload() >= int(m_document->scenario().workloads.size()))
            m_model->setWorkload(-1);
        updateTitle();
    });
    connect(document, &ScenarioDocument::edited, this, &WorkloadBurstsPanel::updateTitle);
    if (!m_document->scenario().workloads.empty())
        m_model->setWorkload(0);
    updateTitle();
}

void WorkloadBurstsPanel::followSelection()
{
    // An empty selection (e.g. after a model reset) keeps the class shown.
    const QList<int> rows = m_workloads->selectedRows();
    if (!rows.isEmpty())
        m_model->setWorkload(rows.front());
    updateTitle();
}

void WorkloadBurstsPanel::updateTitle()
{
    const int w = m_model->workload();
    const auto& workloads = m_document->scenario().workloads;
    if (w < 0 || w >= int(workloads.size()))
        m_title->setText(tr("Arrival bursts: select a workload class"));
    else
        m_title->setText(tr("Arrival bursts of “%1” (arrival rate × multiplier while active)")
                             .arg(QString::fromStdString(workloads[std::size_t(w)].name)));
}

} // namespace nephos::widgets
