#include "app/MainWindow.h"

#include "app/AboutDialog.h"
#include "app/ScenarioAutosave.h"
#include "dashboard/DashboardView.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEditorDocks.h"
#include "explorer/DecisionExplorer.h"
#include "export/ExportService.h"
#include "history/RunHistoryView.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "policy/PolicyRegistry.h"
#include "profile/ResourceProfileView.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioValidator.h"
#include "store/RunStore.h"
#include "theme/Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

// The widgets library is static: its resources (icons, about texts) must be registered once by
// whoever builds a window, the app or a test.
static void initWidgetsResources()
{
    Q_INIT_RESOURCE(nephos);
}

namespace nephos::widgets {

namespace {
/// Speed slider positions: simulated hours per wall second; the last one is "as fast as possible".
const double kSpeeds[] = {1, 3, 6, 12, 24, 48, 96, 240, 720, 0};
constexpr int kSpeedCount = int(sizeof(kSpeeds) / sizeof(kSpeeds[0]));

int speedPosition(double hoursPerSecond)
{
    if (hoursPerSecond <= 0.0)
        return kSpeedCount - 1;
    int best = 0;
    for (int i = 0; i < kSpeedCount - 1; ++i) {
        if (std::abs(kSpeeds[i] - hoursPerSecond) < std::abs(kSpeeds[best] - hoursPerSecond))
            best = i;
    }
    return best;
}

QString speedText(double hoursPerSecond)
{
    return hoursPerSecond <= 0.0 ? QObject::tr("max") : QObject::tr("%1 h/s").arg(hoursPerSecond);
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Options{}, parent)
{}

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(options.settingsFile.isEmpty() ? std::make_unique<Settings>()
                                                : std::make_unique<Settings>(options.settingsFile))
    , m_store(std::make_unique<RunStore>())
    , m_document(new ScenarioDocument(this))
    , m_run(new RunController(this))
    , m_restoreLayout(options.restoreLayout)
{
    initWidgetsResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nephos.svg")));
    setDockNestingEnabled(true);
    resize(1440, 900);

    const QString storePath =
        options.storePath.isEmpty() ? RunStore::defaultPath() : options.storePath;
    QString storeError;
    if (!m_store->open(storePath, &storeError))
        qWarning("Run store %s not opened: %s", qPrintable(storePath), qPrintable(storeError));
    m_run->setStorePath(storePath);

    m_discardPrompt = [this](const QString& name) {
        return QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("The scenario “%1” has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_liveTimer = new QTimer(this);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(liveDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &MainWindow::startLiveRun);

    createActions();
    createViews();
    createMenus();
    createToolBar();
    createStatusBar();
    connectDocument();
    connectRun();

    m_document->reset(defaultScenario());
    if (options.autosave)
        m_autosave = new ScenarioAutosave(m_document, options.autosaveDirectory,
                                          options.autosaveIntervalMs, this);
    m_run->setSpeed(m_settings->runSpeed());
    m_speed->setValue(speedPosition(m_settings->runSpeed()));
    action(QStringLiteral("actionLiveMode"))->setChecked(m_settings->liveMode());
    restoreLayout();
    if (options.startPage && !m_settings->startPageShown()) {
        showStartPage();
        m_settings->setStartPageShown(true);
    }
    updateTitle();
    updateRunActions();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardView(m_tabs);
    m_map = new MapView(m_tabs);
    m_profiles = new ResourceProfileView(m_tabs);
    m_dashboard->setDisplayUnits(DisplayUnits::fromSettings(*m_settings));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_map, tr("Map"));
    m_tabs->addTab(m_profiles, tr("Resource profiles"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { scheduleViewUpdate(); });

    m_editor = new ScenarioEditorDocks(m_document, this);

    m_history = new RunHistoryView(this);
    m_history->setStore(m_store.get());
    m_history->setDisplayUnits(DisplayUnits::fromSettings(*m_settings));
    m_historyDock = new QDockWidget(tr("Run history"), this);
    m_historyDock->setObjectName(QStringLiteral("dockHistory"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    connect(m_history, &RunHistoryView::runOpened, this,
            [this](ScenarioPtr s, RunResultPtr r) { showResult(s, r, true); });
    connect(m_history, &RunHistoryView::comparisonShown, this, [this](int rows) {
        // Room for every compared KPI (row height, header and the title above).
        const int wanted = rows * 22 + 150;
        if (dockWidgetArea(m_historyDock) == Qt::BottomDockWidgetArea &&
            m_historyDock->height() < wanted)
            resizeDocks({m_historyDock}, {std::min(wanted, height() * 2 / 3)}, Qt::Vertical);
    });
    connect(m_history, &RunHistoryView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });

    m_explorer = new DecisionExplorer(this);
    // The bottom panels may be made low (View ▸ Reset Layout gives them a fifth of the height):
    // their tables then scroll instead of taking the central view's height.
    m_history->setMinimumHeight(100);
    m_explorer->setMinimumHeight(100);
    m_explorerDock = new QDockWidget(tr("Decision explorer"), this);
    m_explorerDock->setObjectName(QStringLiteral("dockExplorer"));
    m_explorerDock->setWidget(m_explorer);
    addDockWidget(Qt::BottomDockWidgetArea, m_explorerDock);
    tabifyDockWidget(m_historyDock, m_explorerDock);
    connect(m_explorerDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            scheduleViewUpdate();
    });
    m_historyDock->raise();
    connect(m_explorer, &DecisionExplorer::stepRequested, this,
            [this] { m_run->stepDecision(m_document->scenario()); });
    resizeDocks({m_editor->docks().front()}, {520}, Qt::Horizontal);
    resizeDocks({m_historyDock}, {200}, Qt::Vertical);
    createFigureExport();
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    m_kpiLabel = new QLabel(this);
    m_kpiLabel->setObjectName(QStringLiteral("kpiSummary"));
    statusBar()->addWidget(m_kpiLabel, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->setAlignment(Qt::AlignCenter);
    // Wide enough for the longest text ("8760 h · 100%") in any style, so that no digit is cut.
    const int textWidth =
        m_progress->fontMetrics().horizontalAdvance(tr("%1 h · %2%").arg(8760).arg(100));
    m_progress->setMinimumWidth(textWidth + 48);
    m_progress->setMaximumWidth(std::max(220, textWidth + 96));
    statusBar()->addPermanentWidget(m_progress);

    auto* speedCaption = new QLabel(tr("Speed"), this);
    statusBar()->addPermanentWidget(speedCaption);
    m_speed = new QSlider(Qt::Horizontal, this);
    m_speed->setObjectName(QStringLiteral("speedSlider"));
    m_speed->setRange(0, kSpeedCount - 1);
    m_speed->setPageStep(1);
    m_speed->setFixedWidth(120);
    m_speed->setToolTip(
        tr("Simulated hours per wall-clock second (rightmost: as fast as possible)"));
    statusBar()->addPermanentWidget(m_speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("speedLabel"));
    m_speedLabel->setMinimumWidth(56);
    statusBar()->addPermanentWidget(m_speedLabel);
    connect(m_speed, &QSlider::valueChanged, this, [this](int pos) {
        const double speed = kSpeeds[std::clamp(pos, 0, kSpeedCount - 1)];
        m_run->setSpeed(speed);
        m_settings->setRunSpeed(speed);
        m_speedLabel->setText(speedText(speed));
    });
    m_speedLabel->setText(speedText(kSpeeds[m_speed->value()]));
}

void MainWindow::connectDocument()
{
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::edited, this, [this](const QString& what) {
        m_statusLabel->setText(what);
        if (liveMode())
            m_liveTimer->start(); // restarts: debounced
    });
    connect(m_document, &ScenarioDocument::scenarioReset, this, [this] {
        if (liveMode())
            m_liveTimer->start();
    });
}

void MainWindow::restoreLayout()
{
    if (!m_restoreLayout)
        return;
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Nephos").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

QString MainWindow::kpiSummary() const
{
    if (!m_shownResult)
        return {};
    const Kpis& k = m_shownResult->kpis;
    const DisplayUnits units = DisplayUnits::fromSettings(*m_settings);
    const QLocale locale;
    return tr("Cost %1 · Energy %2 · CPU %3 % · JCT p95 %4 h · SLA viol. %5 % · %6/%7 jobs")
        .arg(units.formatMoney(k.totalCostUsd, 0),
             units.formatEnergy(k.energyKwh, units.energy == EnergyUnit::MWh ? 1 : 0))
        .arg(k.utilisationCpuPct, 0, 'f', 1)
        .arg(k.jctP95H, 0, 'f', 2)
        .arg(k.slaViolationPct, 0, 'f', 1)
        .arg(locale.toString(qlonglong(k.jobsCompleted)), locale.toString(qlonglong(k.jobsTotal)));
}

void MainWindow::applyDisplayUnits()
{
    m_dashboard->setDisplayUnits(DisplayUnits::fromSettings(*m_settings));
    m_history->setDisplayUnits(DisplayUnits::fromSettings(*m_settings));
    if (m_kpiLabel)
        m_kpiLabel->setText(kpiSummary());
}

void MainWindow::showResult(const ScenarioPtr& scenario, const RunResultPtr& result, bool final)
{
    if (!scenario || !result)
        return;
    m_shownScenario = scenario;
    m_shownResult = result;
    m_pendingViews = {m_dashboard, m_map, m_profiles};
    if (final)
        m_pendingViews << m_explorer;
    m_kpiLabel->setText(kpiSummary());
    scheduleViewUpdate();
    Q_EMIT resultShown(result);
}

void MainWindow::scheduleViewUpdate()
{
    if (!m_viewUpdateScheduled && !m_pendingViews.isEmpty()) {
        m_viewUpdateScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_viewUpdateScheduled = false;
            updatePendingViews(false);
        });
    }
}

bool MainWindow::updateView(QWidget* view, bool now)
{
    if (!m_pendingViews.remove(view) || !m_shownScenario || !m_shownResult)
        return false;
    if (view == m_dashboard && now)
        m_dashboard->setRun(*m_shownScenario, *m_shownResult);
    else if (view == m_dashboard)
        m_dashboard->showRun(m_shownScenario, m_shownResult); // prepared off the UI thread
    else if (view == m_map)
        m_map->setRun(*m_shownScenario, *m_shownResult);
    else if (view == m_profiles)
        m_profiles->setRun(m_shownScenario, m_shownResult);
    else if (view == m_explorer)
        m_explorer->setRun(m_shownScenario, m_shownResult);
    return true;
}

void MainWindow::updatePendingViews(bool all)
{
    // One view per event-loop turn, so that no single turn holds the UI thread for all of them;
    // hidden views wait until they are shown.
    const QList<QWidget*> order{m_tabs->currentWidget(), m_explorer, m_dashboard, m_map,
                                m_profiles};
    for (QWidget* view : order) {
        if (!m_pendingViews.contains(view) || (!all && !view->isVisible()))
            continue;
        updateView(view, all);
        if (!all) {
            scheduleViewUpdate();
            return;
        }
    }
}

void MainWindow::flushViews()
{
    updatePendingViews(true);
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("map"),      QStringLiteral("profiles"),
            QStringLiteral("history"),   QStringLiteral("explorer"), QStringLiteral("editor"),
            QStringLiteral("start")};
}

bool MainWindow::showView(const QString& name)
{
    const QString n = name.trimmed().toLower();
    // The analysis views and the editor get most of the height; history and explorer get half.
    const bool central = n == QLatin1String("start") || n == QLatin1String("dashboard") ||
                         n == QLatin1String("map") || n == QLatin1String("profiles") ||
                         n == QLatin1String("editor");
    if (central && dockWidgetArea(m_historyDock) == Qt::BottomDockWidgetArea &&
        m_historyDock->height() > height() / 5 + 10)
        resizeDocks({m_historyDock}, {height() / 5}, Qt::Vertical);
    if (n == QLatin1String("start"))
        showStartPage();
    else if (n == QLatin1String("dashboard"))
        m_tabs->setCurrentWidget(m_dashboard);
    else if (n == QLatin1String("map"))
        m_tabs->setCurrentWidget(m_map);
    else if (n == QLatin1String("profiles"))
        m_tabs->setCurrentWidget(m_profiles);
    else if (n == QLatin1String("history") || n == QLatin1String("explorer")) {
        QDockWidget* dock = n == QLatin1String("history") ? m_historyDock : m_explorerDock;
        dock->show();
        dock->raise();
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea && dock->height() < height() / 2)
            resizeDocks({dock}, {height() / 2}, Qt::Vertical);
    } else if (n == QLatin1String("editor")) {
        for (QDockWidget* d : m_editor->docks())
            d->show();
        m_editor->docks().front()->raise();
    } else {
        return false;
    }
    return true;
}

void MainWindow::setLiveMode(bool on)
{
    action(QStringLiteral("actionLiveMode"))->setChecked(on);
}

bool MainWindow::liveMode() const
{
    return action(QStringLiteral("actionLiveMode"))->isChecked();
}

void MainWindow::setTheme(ThemeChoice theme)
{
    m_settings->setTheme(theme);
    Theme::apply(theme);
    updateToolbarIcons(); // also on PaletteChange; explicit so that the icons follow at once
    if (m_liveLabel)
        updateLiveIndicator();
    const char* name = theme == ThemeChoice::Dark    ? "actionThemeDark"
                       : theme == ThemeChoice::Light ? "actionThemeLight"
                                                     : "actionThemeSystem";
    action(QLatin1String(name))->setChecked(true);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeDiscardChanges()) {
        event->ignore();
        return;
    }
    m_run->cancel();
    if (m_autosave)
        m_autosave->discard(); // a clean exit: nothing to recover next time
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace nephos::widgets
