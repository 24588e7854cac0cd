// MainWindow: the start page (first start and Help ▸ Start Page).
#include "app/MainWindow.h"

#include "app/StartPage.h"
#include "dashboard/DashboardView.h"
#include "editor/ScenarioEditorDocks.h"
#include "map/MapView.h"

#include <QAction>
#include <QDockWidget>
#include <QTabWidget>

namespace nephos::widgets {

void MainWindow::showStartPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(m_tabs);
        m_tabs->insertTab(0, m_startPage, tr("Start"));
        connect(m_startPage, &StartPage::runPaperSetupRequested, this, [this] {
            if (!maybeDiscardChanges())
                return;
            newScenario(); // the embedded default scenario: the paper's setup
            m_tabs->setCurrentWidget(m_dashboard);
            runScenario();
        });
        connect(m_startPage, &StartPage::comparePoliciesRequested, this, [this] {
            for (QDockWidget* d : m_editor->docks()) {
                if (d->objectName() == QLatin1String("dockPolicy")) {
                    d->show();
                    d->raise();
                }
            }
            showView(QStringLiteral("history"));
        });
        connect(m_startPage, &StartPage::stepDecisionsRequested, this, [this] {
            m_tabs->setCurrentWidget(m_map); // the map rings the decision's regions
            action(QStringLiteral("actionStep"))->trigger();
        });
    }
    m_tabs->setCurrentWidget(m_startPage);
}

} // namespace nephos::widgets
