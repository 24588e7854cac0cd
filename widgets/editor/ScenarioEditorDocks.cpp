#include "editor/ScenarioEditorDocks.h"

#include "editor/OffersModel.h"
#include "editor/PerturbationsModel.h"
#include "editor/PolicyEditor.h"
#include "editor/PoolModel.h"
#include "editor/ProvidersModel.h"
#include "editor/RegionsModel.h"
#include "editor/RunSettingsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEdits.h"
#include "editor/ScenarioTableView.h"
#include "editor/WorkloadBurstsPanel.h"
#include "editor/WorkloadsModel.h"
#include "policy/PolicyRegistry.h"
#include "scenario/ScenarioValidator.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nephos::widgets {

namespace {
template <typename M> M* makeModel(ScenarioDocument* doc, QObject* parent, const char* name)
{
    auto* m = new M(doc, parent);
    m->setObjectName(QLatin1String(name));
    return m;
}
} // namespace

ScenarioEditorDocks::ScenarioEditorDocks(ScenarioDocument* document, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_providers(makeModel<ProvidersModel>(document, this, "providers"))
    , m_regions(makeModel<RegionsModel>(document, this, "regions"))
    , m_offers(makeModel<OffersModel>(document, this, "offers"))
    , m_pool(makeModel<PoolModel>(document, this, "pool"))
    , m_workloads(makeModel<WorkloadsModel>(document, this, "workloads"))
    , m_runSettings(makeModel<RunSettingsModel>(document, this, "runSettings"))
    , m_perturbations(makeModel<PerturbationsModel>(document, this, "perturbations"))
{
    // Providers are few: their table is sized to its rows, regions take the rest.
    auto* regionsPanel = new QWidget;
    auto* regionsLayout = new QVBoxLayout(regionsPanel);
    regionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* providersView = new ScenarioTableView(m_providers, false);
    auto fitProviders = [providersView] {
        QTableView* t = providersView->table();
        t->setFixedHeight(t->horizontalHeader()->height() + 2 * t->frameWidth() +
                          t->verticalHeader()->defaultSectionSize() *
                              std::max(1, t->model()->rowCount()));
    };
    fitProviders();
    connect(m_providers, &QAbstractItemModel::modelReset, providersView, fitProviders);
    regionsLayout->addWidget(providersView);
    regionsLayout->addWidget(new ScenarioTableView(m_regions, true), 1);
    addDock(window, QStringLiteral("dockRegions"), tr("Providers and regions"), regionsPanel);
    addDock(window, QStringLiteral("dockPrices"), tr("Prices"),
            new ScenarioTableView(m_offers, true));

    auto* poolView = new ScenarioTableView(m_pool, true);
    poolView->addButton(QStringLiteral("addPoolEntry"), tr("Add entry"),
                        [this, poolView](const QList<int>&) {
                            QString why;
                            if (!ScenarioEdits::addPoolEntry(m_document, &why))
                                poolView->showMessage(why);
                        });
    poolView->addButton(
        QStringLiteral("removePoolEntries"), tr("Remove selected"),
        [this](const QList<int>& rows) { ScenarioEdits::removePoolEntries(m_document, rows); });
    addDock(window, QStringLiteral("dockPool"), tr("VM pool"), poolView);

    auto* workloadsView = new ScenarioTableView(m_workloads, false);
    workloadsView->addButton(QStringLiteral("duplicateWorkload"), tr("Duplicate"),
                             [this, workloadsView](const QList<int>& rows) {
                                 QString why;
                                 if (!ScenarioEdits::duplicateWorkload(
                                         m_document, rows.isEmpty() ? -1 : rows.front(), &why))
                                     workloadsView->showMessage(why);
                             });
    workloadsView->addButton(
        QStringLiteral("removeWorkloads"), tr("Remove selected"),
        [this](const QList<int>& rows) { ScenarioEdits::removeWorkloads(m_document, rows); });
    auto* workloadsSplit = new QSplitter(Qt::Vertical);
    workloadsSplit->addWidget(workloadsView);
    m_bursts = new WorkloadBurstsPanel(document, workloadsView, workloadsSplit);
    workloadsSplit->addWidget(m_bursts);
    workloadsSplit->setStretchFactor(0, 3);
    workloadsSplit->setStretchFactor(1, 1);
    addDock(window, QStringLiteral("dockWorkloads"), tr("Workloads"), workloadsSplit);

    auto* faultsPanel = new QWidget;
    auto* faultsLayout = new QVBoxLayout(faultsPanel);
    faultsLayout->setContentsMargins(0, 0, 0, 0);
    faultsLayout->addWidget(new QLabel(
        tr("Network faults (VM failures: MTBF and repair time under “Policy and run”)")));
    auto* faultsView = new ScenarioTableView(m_perturbations, false);
    faultsView->addButton(
        QStringLiteral("addPerturbation"), tr("Add fault"),
        [this](const QList<int>&) { ScenarioEdits::addPerturbation(m_document); });
    faultsView->addButton(
        QStringLiteral("removePerturbations"), tr("Remove selected"),
        [this](const QList<int>& rows) { ScenarioEdits::removePerturbations(m_document, rows); });
    faultsLayout->addWidget(faultsView, 1);
    addDock(window, QStringLiteral("dockFaults"), tr("Faults"), faultsPanel);

    auto* policyPanel = new QWidget;
    auto* policyLayout = new QVBoxLayout(policyPanel);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    m_policy = new PolicyEditor(document, policyPanel);
    policyLayout->addWidget(m_policy, 2);
    policyLayout->addWidget(new QLabel(tr("Run settings and VM failures")));
    policyLayout->addWidget(new ScenarioTableView(m_runSettings, false, policyPanel), 3);
    addDock(window, QStringLiteral("dockPolicy"), tr("Policy and run"), policyPanel);

    for (int i = 1; i < m_docks.size(); ++i)
        window->tabifyDockWidget(m_docks.front(), m_docks[i]);
    m_docks.front()->raise();

    connect(document, &ScenarioDocument::edited, this, &ScenarioEditorDocks::updateProblems);
    connect(document, &ScenarioDocument::scenarioReset, this, &ScenarioEditorDocks::updateProblems);
    updateProblems();
}

QDockWidget* ScenarioEditorDocks::dock(const QString& objectName) const
{
    for (QDockWidget* d : m_docks) {
        if (d->objectName() == objectName)
            return d;
    }
    return nullptr;
}

QDockWidget* ScenarioEditorDocks::addDock(QMainWindow* window, const QString& name,
                                          const QString& title, QWidget* content)
{
    // Every dock shows the scenario's validation problems under its content.
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(content, 1);
    auto* problems = new QLabel(panel);
    problems->setObjectName(QStringLiteral("scenarioProblems"));
    problems->setWordWrap(true);
    problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(problems);
    m_problemLabels << problems;
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_docks << dock;
    return dock;
}

void ScenarioEditorDocks::updateProblems()
{
    const std::vector<std::string> policies = policyNames();
    const ScenarioProblems problems =
        ScenarioValidator::validate(m_document->scenario(), &policies);
    m_problemLines.clear();
    for (const ScenarioProblem& p : problems)
        m_problemLines << p.toString();
    QString text;
    QString style;
    if (m_problemLines.isEmpty()) {
        text = tr("✔ Scenario is valid.");
        style = QStringLiteral("color: #3a9d5d;");
    } else {
        QStringList shown = m_problemLines.mid(0, 4);
        if (m_problemLines.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(m_problemLines.size() - shown.size()));
        text = tr("Problems (the scenario cannot run):\n") + shown.join(QLatin1Char('\n'));
        style = QStringLiteral("color: #d9534f;");
    }
    for (QLabel* label : m_problemLabels) {
        label->setText(text);
        label->setStyleSheet(style);
    }
}

} // namespace nephos::widgets
