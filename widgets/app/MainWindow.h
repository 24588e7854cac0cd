#pragma once

#include "run/RunController.h"
#include "run/RunTypes.h"
#include "settings/Settings.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMessageBox>
#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QCloseEvent;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class QTabWidget;
class QTimer;
class QToolBar;

namespace nephos {
class RunStore;
}

namespace nephos::widgets {

class DashboardView;
class DecisionExplorer;
class FigureExporter;
class MapView;
class ResourceProfileView;
class RunController;
class RunHistoryView;
class ScenarioAutosave;
class ScenarioDocument;
class ScenarioEditorDocks;
class StartPage;

/// The workbench's main window: menus, toolbar, status bar (progress, speed, live mode), the
/// scenario editor docks, the analysis views (dashboard, map, profiles) as central tabs, and the
/// run history and decision explorer docks. Runs go through a RunController (worker thread).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Where settings and runs are kept; empty paths mean the platform defaults.
    struct Options
    {
        QString settingsFile; ///< INI file instead of the platform settings
        QString storePath;    ///< run store instead of RunStore::defaultPath()
        bool restoreLayout = true;
        /// Keep a copy of unsaved edits for recovery after a crash (the interactive app).
        bool autosave = false;
        QString autosaveDirectory; ///< empty: ScenarioAutosave::defaultDirectory()
        int autosaveIntervalMs = 30000;
        /// Show the start page on the first start (remembered in the settings).
        bool startPage = false;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Looks up a registered action by its object name (e.g. "actionRun"); nullptr if unknown.
    QAction* action(const QString& objectName) const;

    ScenarioDocument* document() const { return m_document; }
    ScenarioEditorDocks* editor() const { return m_editor; }
    RunController* runController() const { return m_run; }
    RunHistoryView* history() const { return m_history; }
    DecisionExplorer* explorer() const { return m_explorer; }
    DashboardView* dashboard() const { return m_dashboard; }
    MapView* mapView() const { return m_map; }
    ResourceProfileView* profiles() const { return m_profiles; }
    Settings& settings() const { return *m_settings; }
    QProgressBar* progressBar() const { return m_progress; }
    QSlider* speedSlider() const { return m_speed; }
    /// The run the views show (or are being filled with); nullptr before the first run.
    RunResultPtr shownResult() const { return m_shownResult; }
    /// The KPI summary shown in the status bar after a run.
    QString kpiSummary() const;
    /// Brings every view up to date with the shown result now. Normally views are updated one per
    /// event-loop turn, and hidden ones only when they are shown (keeps the UI thread free).
    void flushViews();

    /// Reads a scenario file into the document without dialogs; `errors` gets the JSON-path
    /// messages on failure (document unchanged).
    bool openScenarioFile(const QString& path, QStringList* errors = nullptr);
    /// Writes the document to `path` (atomic) and remembers it as the current file.
    bool saveScenarioFile(const QString& path, QString* error = nullptr);
    /// Starts a fresh document from the embedded default scenario.
    void newScenario();

    /// Answer to "save changes?" used when the document is modified. The default shows a
    /// QMessageBox (Save / Discard / Cancel); tests replace it.
    using DiscardPrompt = std::function<QMessageBox::StandardButton(const QString& name)>;
    void setDiscardPrompt(DiscardPrompt prompt) { m_discardPrompt = std::move(prompt); }
    /// What to do with unsaved changes before they would be lost: true when it is fine to go on
    /// (nothing to lose, discarded, or saved), false when the user cancelled or saving failed.
    bool maybeDiscardChanges();

    /// Answer to "recover the unsaved changes an earlier session left?" (Yes or No). The default
    /// shows a QMessageBox; tests replace it.
    using RecoveryPrompt =
        std::function<QMessageBox::StandardButton(const QString& name, const QDateTime& savedAt)>;
    void setRecoveryPrompt(RecoveryPrompt prompt) { m_recoveryPrompt = std::move(prompt); }
    /// Offers the unsaved changes an earlier session left behind (crash or kill); true when they
    /// were recovered into the document (modified, undoable). Called once the window is shown.
    bool offerRecovery();
    /// The autosave of unsaved edits; nullptr unless Options::autosave.
    ScenarioAutosave* autosave() const { return m_autosave; }

    /// What File > Export renders: the current central view (the map's canvas for the map).
    QWidget* exportTarget() const;
    /// Writes the shown run's KPIs as CSV; false with a message when there is no run or on error.
    bool exportKpiCsv(const QString& path, QString* error = nullptr);
    /// Right-click ▸ Export… on every chart and the map, and the remembered export folder.
    FigureExporter* figureExporter() const { return m_figures; }
    /// File ▸ Export All Figures: writes what `nephos-cli figures` writes (every chart and the
    /// map as PNG, SVG and PDF, plus kpis.csv) for the shown run into `folder`, remembered as the
    /// export folder. `written` gets the file paths; false with a message without a run or on
    /// error.
    bool exportAllFigures(const QString& folder, QStringList* written = nullptr,
                          QString* error = nullptr);
    /// View ▸ Reset Layout: every dock back in its place, the editor at the left and the run
    /// history and decision explorer below at a fifth of the height, so the central view keeps
    /// most of the window.
    void resetLayout();

    /// Help ▸ Start Page: adds the start page as the first tab (once) and shows it.
    void showStartPage();
    /// The start page; nullptr until it was first shown.
    StartPage* startPage() const { return m_startPage; }

    /// Shows a view by name: start, dashboard, map, profiles, history, explorer, editor; false if
    /// unknown.
    bool showView(const QString& name);
    static QStringList viewNames();

    void setLiveMode(bool on);
    bool liveMode() const;
    /// Debounce between an edit and the live re-run.
    static constexpr int liveDelayMs = 150;
    /// Decisions a live re-run keeps for the explorer (a full Run keeps kFullDecisionRecords).
    static constexpr std::size_t kLiveDecisionRecords = 2000;

    /// Applies a theme to the application and remembers it in the settings.
    void setTheme(ThemeChoice theme);

public Q_SLOTS:
    void showAbout();
    /// Run action: resumes a paused run or starts a recorded run of the current scenario.
    void runScenario();

Q_SIGNALS:
    /// The views now show `result` (a finished run, a snapshot or a run opened from history).
    void resultShown(nephos::widgets::RunResultPtr result);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createViews();
    /// Right-click ▸ Export… on the charts and the map; confirmations in the status bar.
    void createFigureExport();
    void connectDocument();
    void connectRun();
    void restoreLayout();
    void updateTitle();
    void updateRunActions();
    void updateRecentMenu();
    void updateToolbarIcons();
    /// Shows "Live Mode on" in the status bar while live mode is on.
    void updateLiveIndicator();
    void showResult(const ScenarioPtr& scenario, const RunResultPtr& result, bool final);
    /// Shows again what was shown before the current run started (or nothing).
    void restoreResultBeforeRun();
    void scheduleViewUpdate();
    /// Fills `view` with the shown run if it is pending; `now`: synchronously (no off-thread
    /// preparation), as flushViews() needs.
    bool updateView(QWidget* view, bool now);
    void applyDisplayUnits();
    void updatePendingViews(bool all);
    void onOpen();
    bool onSave();
    bool onSaveAs();
    void openRecent(const QString& path);
    void startLiveRun();
    /// Stores the last live re-run (Run ▸ Keep Live Run).
    void keepLiveRun();
    /// A run status in words for the status bar.
    static QString statusWord(nephos::RunStatus status);
    void showLoadErrors(const QString& path, const QStringList& errors);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RunStore> m_store;
    ScenarioDocument* m_document = nullptr;
    ScenarioEditorDocks* m_editor = nullptr;
    RunController* m_run = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_kpiLabel = nullptr;
    QLabel* m_liveLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QSlider* m_speed = nullptr;
    QLabel* m_speedLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QTabWidget* m_tabs = nullptr;
    DashboardView* m_dashboard = nullptr;
    MapView* m_map = nullptr;
    ResourceProfileView* m_profiles = nullptr;
    RunHistoryView* m_history = nullptr;
    DecisionExplorer* m_explorer = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QDockWidget* m_explorerDock = nullptr;
    QTimer* m_liveTimer = nullptr;
    DiscardPrompt m_discardPrompt;
    RecoveryPrompt m_recoveryPrompt;
    ScenarioAutosave* m_autosave = nullptr;
    FigureExporter* m_figures = nullptr;
    StartPage* m_startPage = nullptr;
    ScenarioPtr m_shownScenario;
    RunResultPtr m_shownResult;
    ScenarioPtr m_scenarioBeforeRun; ///< shown when the run started
    RunResultPtr m_resultBeforeRun;
    ScenarioPtr m_keepScenario; ///< the last live re-run, until kept or superseded
    RunResultPtr m_keepResult;
    RunController::State m_runState = RunController::State::Idle;
    QSet<QWidget*> m_pendingViews; ///< views not yet showing m_shownResult
    bool m_viewUpdateScheduled = false;
    bool m_restoreLayout = true;
};

} // namespace nephos::widgets
