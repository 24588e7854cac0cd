#include "editor/ScenarioEditorDocks.h"

#include "editor/OffersModel.h"
#include "editor/PolicyEditor.h"
#include "editor/PoolModel.h"
#include "editor/ProvidersModel.h"
#include "editor/RegionsModel.h"
#include "editor/RunSettingsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioTableView.h"
#include "editor/WorkloadsModel.h"
#include "policy/PolicyRegistry.h"
#include "scenario/ScenarioValidator.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
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
    addDock(window, QStringLiteral("dockRegions"), tr("Regions"), regionsPanel);
    addDock(window, QStringLiteral("dockPrices"), tr("Prices"),
            new ScenarioTableView(m_offers, true));
    addDock(window, QStringLiteral("dockPool"), tr("VM pool"), new ScenarioTableView(m_pool, true));
    addDock(window, QStringLiteral("dockWorkloads"), tr("Workloads"),
            new ScenarioTableView(m_workloads, false));

    auto* policyPanel = new QWidget;
    auto* policyLayout = new QVBoxLayout(policyPanel);
    policyLayout->setContentsMargins(0, 0, 0, 0);
    m_policy = new PolicyEditor(document, policyPanel);
    policyLayout->addWidget(m_policy, 2);
    policyLayout->addWidget(new QLabel(tr("Run settings and faults")));
    policyLayout->addWidget(new ScenarioTableView(m_runSettings, false, policyPanel), 3);
    m_problems = new QLabel(policyPanel);
    m_problems->setObjectName(QStringLiteral("scenarioProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    policyLayout->addWidget(m_problems);
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
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
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
    if (m_problemLines.isEmpty()) {
        m_problems->setText(tr("✔ Scenario is valid."));
        m_problems->setStyleSheet(QStringLiteral("color: #3a9d5d;"));
    } else {
        QStringList shown = m_problemLines.mid(0, 6);
        if (m_problemLines.size() > shown.size())
            shown << tr("… and %n more", nullptr, int(m_problemLines.size() - shown.size()));
        m_problems->setText(tr("Problems:\n") + shown.join(QLatin1Char('\n')));
        m_problems->setStyleSheet(QStringLiteral("color: #d9534f;"));
    }
}

} // namespace nephos::widgets
