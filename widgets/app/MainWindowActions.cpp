// MainWindow: actions, menus and the toolbar.
#include "app/MainWindow.h"

#include "dataimport/DataImportController.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEditorDocks.h"
#include "export/FigureExporter.h"
#include "map/MapView.h"
#include "run/RunController.h"
#include "theme/ToolbarIcons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <initializer_list>
#include <tuple>

namespace nephos::widgets {

namespace {
QAction* makeAction(QObject* parent, const char* name, const QString& text,
                    const QKeySequence& shortcut = {})
{
    auto* a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

/// Checkable, mutually exclusive actions, one per (object name, text, choice); the one equal to
/// `current` is checked and triggering one calls `pick` with its choice.
template <typename Choice, typename Pick>
void addChoiceGroup(QObject* parent,
                    std::initializer_list<std::tuple<const char*, QString, Choice>> choices,
                    Choice current, Pick pick)
{
    auto* group = new QActionGroup(parent);
    for (const auto& [name, text, choice] : choices) {
        QAction* a = makeAction(parent, name, text);
        a->setCheckable(true);
        a->setChecked(choice == current);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, parent, [pick, c = choice] { pick(c); });
    }
}
} // namespace

void MainWindow::createActions()
{
    connect(makeAction(this, "actionNew", tr("&New Scenario"), QKeySequence::New),
            &QAction::triggered, this, [this] {
                if (maybeDiscardChanges())
                    newScenario();
            });
    connect(makeAction(this, "actionOpen", tr("&Open Scenario…"), QKeySequence::Open),
            &QAction::triggered, this, &MainWindow::onOpen);
    connect(makeAction(this, "actionSave", tr("&Save"), QKeySequence::Save), &QAction::triggered,
            this, &MainWindow::onSave);
    connect(makeAction(this, "actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs),
            &QAction::triggered, this, &MainWindow::onSaveAs);
    connect(makeAction(this, "actionExportView", tr("&Export View…"),
                       QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, [this] {
                const QString stem = m_tabs->tabText(m_tabs->currentIndex())
                                         .toLower()
                                         .replace(QLatin1Char(' '), QLatin1Char('_'));
                QWidget* target = exportTarget();
                // a view: its whole content; a chart or the map: the size chosen last
                m_figures->exportFigure(target, stem, !m_figures->isAttached(target));
            });
    connect(makeAction(this, "actionExportKpis", tr("Export &KPIs as CSV…")), &QAction::triggered,
            this, [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export KPIs"), QStringLiteral("kpis.csv"), tr("CSV (*.csv)"));
                QString error;
                if (!path.isEmpty() && !exportKpiCsv(path, &error))
                    QMessageBox::warning(this, tr("KPIs not exported"), error);
            });
    auto* quit = makeAction(this, "actionQuit", tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Undo/redo are the document stack's own actions (enabled state and texts follow the stack).
    QUndoStack* stack = m_document->undoStack();
    auto* undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);

    connect(makeAction(this, "actionRun", tr("&Run"), QKeySequence(Qt::Key_F5)),
            &QAction::triggered, this, &MainWindow::runScenario);
    connect(makeAction(this, "actionPause", tr("&Pause"), QKeySequence(Qt::Key_F6)),
            &QAction::triggered, m_run, &RunController::pause);
    auto* step = makeAction(this, "actionStep", tr("&Step Decision"), QKeySequence(Qt::Key_F10));
    step->setToolTip(tr("Advance the simulation to its next placement decision"));
    connect(step, &QAction::triggered, this, [this] {
        m_run->stepDecision(m_document->scenario());
        if (m_explorerDock)
            m_explorerDock->raise();
    });
    connect(
        makeAction(this, "actionCancel", tr("&Cancel Run"), QKeySequence(Qt::SHIFT | Qt::Key_F5)),
        &QAction::triggered, m_run, &RunController::cancel);
    auto* live = makeAction(this, "actionLiveMode", tr("&Live Mode"), QKeySequence(Qt::Key_F8));
    live->setCheckable(true);
    live->setToolTip(tr("Re-simulate automatically after every edit"));
    connect(live, &QAction::toggled, this, [this](bool on) {
        m_settings->setLiveMode(on);
        updateLiveIndicator();
        if (on)
            m_liveTimer->start();
        else
            m_liveTimer->stop();
    });

    auto* keep = makeAction(this, "actionKeepRun", tr("&Keep Live Run"));
    keep->setToolTip(tr("Store the last live re-run in the run history, like a run started "
                        "with Run"));
    keep->setEnabled(false);
    connect(keep, &QAction::triggered, this, &MainWindow::keepLiveRun);

    addChoiceGroup<ThemeChoice>(this,
                                {{"actionThemeSystem", tr("Follow &System"), ThemeChoice::System},
                                 {"actionThemeLight", tr("&Light"), ThemeChoice::Light},
                                 {"actionThemeDark", tr("&Dark"), ThemeChoice::Dark}},
                                m_settings->theme(), [this](ThemeChoice c) { setTheme(c); });
    addChoiceGroup<EnergyUnit>(this,
                               {{"actionEnergyKwh", tr("Energy in &kWh"), EnergyUnit::KWh},
                                {"actionEnergyMwh", tr("Energy in &MWh"), EnergyUnit::MWh}},
                               m_settings->energyUnit(), [this](EnergyUnit u) {
                                   m_settings->setEnergyUnit(u);
                                   applyDisplayUnits();
                               });
    addChoiceGroup<CostScale>(
        this,
        {{"actionCostAutomatic", tr("Costs &Scaled ($12.3 k, $2.89 M)"), CostScale::Automatic},
         {"actionCostPlain", tr("Costs in &Full"), CostScale::Plain}},
        m_settings->costScale(), [this](CostScale c) {
            m_settings->setCostScale(c);
            applyDisplayUnits();
        });

    auto* about = makeAction(this, "actionAbout", tr("&About Nephos"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({action(QStringLiteral("actionNew")), action(QStringLiteral("actionOpen"))});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addActions(
        {action(QStringLiteral("actionSave")), action(QStringLiteral("actionSaveAs"))});
    file->addSeparator();
    auto* importMenu = file->addMenu(tr("&Import"));
    importMenu->setObjectName(QStringLiteral("menuImport"));
    auto* importer = new DataImportController(m_document, this);
    importMenu->addActions(importer->actions());
    connect(importer, &DataImportController::outlineImported, m_map, &MapView::setOutline);
    file->addActions({action(QStringLiteral("actionExportView")),
                      action(QStringLiteral("actionExportFigures")),
                      action(QStringLiteral("actionExportKpis"))});
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions({action(QStringLiteral("actionUndo")), action(QStringLiteral("actionRedo"))});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    for (QDockWidget* d : m_editor->docks())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
    m_viewMenu->addAction(m_explorerDock->toggleViewAction());
    m_viewMenu->addAction(action(QStringLiteral("actionResetLayout")));
    m_viewMenu->addSeparator();
    auto* theme = m_viewMenu->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    theme->addActions({action(QStringLiteral("actionThemeSystem")),
                       action(QStringLiteral("actionThemeLight")),
                       action(QStringLiteral("actionThemeDark"))});
    auto* units = m_viewMenu->addMenu(tr("&Units"));
    units->setObjectName(QStringLiteral("menuUnits"));
    units->addActions(
        {action(QStringLiteral("actionEnergyKwh")), action(QStringLiteral("actionEnergyMwh"))});
    units->addSeparator();
    units->addActions(
        {action(QStringLiteral("actionCostAutomatic")), action(QStringLiteral("actionCostPlain"))});

    auto* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("menuRun"));
    run->addActions({action(QStringLiteral("actionRun")), action(QStringLiteral("actionPause")),
                     action(QStringLiteral("actionStep")), action(QStringLiteral("actionCancel"))});
    run->addSeparator();
    run->addActions(
        {action(QStringLiteral("actionLiveMode")), action(QStringLiteral("actionKeepRun"))});

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    auto* start = help->addAction(tr("&Start Page"));
    start->setObjectName(QStringLiteral("actionStartPage"));
    connect(start, &QAction::triggered, this, &MainWindow::showStartPage);
    help->addAction(action(QStringLiteral("actionAbout")));
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    updateToolbarIcons();
    m_toolBar->addActions({action(QStringLiteral("actionNew")),
                           action(QStringLiteral("actionOpen")),
                           action(QStringLiteral("actionSave"))});
    m_toolBar->addSeparator();
    for (const char* name : {"actionUndo", "actionRedo"}) {
        // The stack's actions carry the command in their text ("Undo Set PUE…"): icon only here.
        QAction* a = action(QLatin1String(name));
        m_toolBar->addAction(a);
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    m_toolBar->addSeparator();
    m_toolBar->addActions(
        {action(QStringLiteral("actionRun")), action(QStringLiteral("actionPause")),
         action(QStringLiteral("actionStep")), action(QStringLiteral("actionCancel")),
         action(QStringLiteral("actionLiveMode"))});
}

void MainWindow::updateToolbarIcons()
{
    // Drawn in the palette's colours: visible on the dark theme, disabled plainly fainter. The
    // application's palette: the window's own follows it only on a later PaletteChange.
    using K = ToolbarIcons::Kind;
    const std::pair<const char*, K> icons[] = {
        {"actionNew", K::New},      {"actionOpen", K::Open}, {"actionSave", K::Save},
        {"actionUndo", K::Undo},    {"actionRedo", K::Redo}, {"actionRun", K::Run},
        {"actionPause", K::Pause},  {"actionStep", K::Step}, {"actionCancel", K::Stop},
        {"actionLiveMode", K::Live}};
    for (const auto& [name, kind] : icons)
        if (QAction* a = action(QLatin1String(name)))
            a->setIcon(ToolbarIcons::icon(kind, QApplication::palette(this)));
}

void MainWindow::updateLiveIndicator()
{
    if (!m_liveLabel) {
        m_liveLabel = new QLabel(this);
        m_liveLabel->setObjectName(QStringLiteral("liveModeIndicator"));
        m_liveLabel->setText(tr("● Live Mode on"));
        m_liveLabel->setToolTip(tr("Every edit re-runs the scenario after a short pause. Live "
                                   "runs are not stored: use Run ▸ Keep Live Run to keep one."));
        m_liveLabel->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(m_liveLabel);
    }
    m_liveLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                   .arg(ToolbarIcons::accent(QApplication::palette(this)).name()));
    m_liveLabel->setVisible(liveMode());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateToolbarIcons();
        if (m_liveLabel)
            updateLiveIndicator();
    }
}

} // namespace nephos::widgets
