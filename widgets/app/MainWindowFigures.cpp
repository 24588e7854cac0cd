// MainWindow: figures (right-click ▸ Export…, Export View, Export All Figures, KPIs as CSV) and
// View ▸ Reset Layout.
#include "app/MainWindow.h"

#include "dashboard/DashboardView.h"
#include "editor/ScenarioEditorDocks.h"
#include "export/ExportService.h"
#include "export/FigureExporter.h"
#include "export/FigureSet.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include <algorithm>

namespace nephos::widgets {

void MainWindow::createFigureExport()
{
    m_figures = new FigureExporter(m_settings.get(), this);
    for (QChartView* view : m_dashboard->chartViews())
        m_figures->attach(view, view->objectName());
    if (m_map->canvas())
        m_figures->attach(m_map->canvas(), QStringLiteral("map"));
    connect(m_figures, &FigureExporter::exported, this,
            [this](const QString&, const QString& message) {
                statusBar()->showMessage(message, 15000);
            });

    auto* all = new QAction(tr("Export All &Figures…"), this);
    all->setObjectName(QStringLiteral("actionExportFigures"));
    all->setToolTip(tr("Save every dashboard chart and the map as PNG, SVG and PDF, and the "
                       "KPIs as CSV, into one folder"));
    connect(all, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export All Figures To"),
                                                                 m_settings->exportFolder());
        if (folder.isEmpty())
            return;
        QString error;
        if (!exportAllFigures(folder, nullptr, &error))
            QMessageBox::warning(this, tr("Figures not exported"), error);
    });

    auto* reset = new QAction(tr("&Reset Layout"), this);
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setToolTip(tr("Put every panel back in its place, leaving most of the window to the "
                         "dashboard, map or profiles"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
}

QWidget* MainWindow::exportTarget() const
{
    if (m_tabs->currentWidget() == m_map && m_map->canvas())
        return m_map->canvas();
    // The whole dashboard, not the part its scroll area shows (and without the scroll bars).
    if (m_tabs->currentWidget() == m_dashboard)
        if (auto* scroll = m_dashboard->findChild<QScrollArea*>(); scroll && scroll->widget())
            return scroll->widget();
    return m_tabs->currentWidget();
}

bool MainWindow::exportKpiCsv(const QString& path, QString* error)
{
    if (!m_shownResult) {
        if (error)
            *error = tr("no run to export yet: run the scenario first");
        return false;
    }
    return ExportService::exportKpiCsv(m_shownResult->kpis, path, error);
}

bool MainWindow::exportAllFigures(const QString& folder, QStringList* written, QString* error)
{
    if (!m_shownResult || !m_shownScenario) {
        if (error)
            *error = tr("There is no run to export yet: run the scenario first.");
        return false;
    }
    flushViews();
    if (m_dashboard->isUpdating()) // still being filled off the UI thread: fill it now
        m_dashboard->setRun(*m_shownScenario, *m_shownResult);
    QStringList files;
    ExportOptions options = m_figures->lastOptions();
    if (!FigureSet::write(FigureSet::figures(*m_dashboard, *m_map), folder, options, &files, error))
        return false;
    const QString csv = QDir(folder).absoluteFilePath(FigureSet::kpiFileName());
    if (!exportKpiCsv(csv, error))
        return false;
    files << csv;
    m_settings->setExportFolder(folder);
    statusBar()->showMessage(tr("%n file(s) written to %1", "", int(files.size()))
                                 .arg(QDir::toNativeSeparators(QDir(folder).absolutePath())),
                             15000);
    if (written)
        *written = files;
    return true;
}

void MainWindow::resetLayout()
{
    const QList<QDockWidget*> editorDocks = m_editor->docks();
    for (QDockWidget* d : editorDocks) {
        d->setFloating(false);
        addDockWidget(Qt::LeftDockWidgetArea, d);
        d->show();
    }
    for (int i = 1; i < editorDocks.size(); ++i)
        tabifyDockWidget(editorDocks.front(), editorDocks[i]);
    for (QDockWidget* d : {m_historyDock, m_explorerDock}) {
        d->setFloating(false);
        addDockWidget(Qt::BottomDockWidgetArea, d);
        d->show();
    }
    tabifyDockWidget(m_historyDock, m_explorerDock);
    if (!editorDocks.isEmpty()) {
        editorDocks.front()->raise();
        resizeDocks({editorDocks.front()}, {std::min(520, width() * 2 / 5)}, Qt::Horizontal);
    }
    m_historyDock->raise();
    resizeDocks({m_historyDock}, {height() / 5}, Qt::Vertical);
    m_toolBar->show();
}

} // namespace nephos::widgets
