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
#include <QTimer>
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
    // Move only what is out of place: re-adding a docked panel stacks it (the window would grow).
    const QSize before = size();
    auto dockIn = [this](QDockWidget* d, Qt::DockWidgetArea area) {
        if (d->isFloating())
            d->setFloating(false);
        if (dockWidgetArea(d) != area)
            addDockWidget(area, d);
        d->show();
    };
    auto tabifyWith = [this](QDockWidget* first, QDockWidget* d) {
        if (d != first) // also when listed as tabified: a re-docked panel may sit beside it
            tabifyDockWidget(first, d);
    };
    const QList<QDockWidget*> editorDocks = m_editor->docks();
    for (QDockWidget* d : editorDocks)
        dockIn(d, Qt::LeftDockWidgetArea);
    for (QDockWidget* d : editorDocks)
        tabifyWith(editorDocks.front(), d);
    dockIn(m_historyDock, Qt::BottomDockWidgetArea);
    dockIn(m_explorerDock, Qt::BottomDockWidgetArea);
    tabifyWith(m_historyDock, m_explorerDock);
    m_toolBar->show();
    if (size() != before && !isMaximized() && !isFullScreen())
        resize(before);
    // Sizes once the moves above are laid out (they are applied on the next layout pass).
    QTimer::singleShot(0, this, [this, editorDocks] {
        if (!editorDocks.isEmpty()) {
            editorDocks.front()->raise();
            resizeDocks({editorDocks.front()}, {std::min(520, width() * 2 / 5)}, Qt::Horizontal);
        }
        m_historyDock->raise();
        resizeDocks({m_historyDock}, {height() / 5}, Qt::Vertical);
    });
}

} // namespace nephos::widgets
