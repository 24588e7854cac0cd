#include "TestPaths.h"
#include "app/MainWindow.h"
#include "app/ScreenshotRunner.h"
#include "dashboard/DashboardView.h"
#include "editor/ProvidersModel.h"
#include "editor/RegionsModel.h"
#include "editor/RunSettingsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEditorDocks.h"
#include "editor/WorkloadsModel.h"
#include "explorer/DecisionExplorer.h"
#include "explorer/DecisionsModel.h"
#include "export/ExportService.h"
#include "history/RunHistoryModel.h"
#include "history/RunHistoryView.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "theme/Theme.h"
#include "theme/ToolbarIcons.h"

#include "WindowOptions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

class TestMainWindowFlows : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        MainWindow::Options o = nephos::test::windowOptions(*m_dir);
        auto w = std::make_unique<MainWindow>(o);
        w->setDiscardPrompt([this](const QString&) {
            ++m_prompts;
            return m_answer;
        });
        return w;
    }

    /// Waits until the window shows the final result of the current run.
    static bool waitForFinalResult(MainWindow& w, int timeoutMs = 60000)
    {
        QSignalSpy finished(w.runController(), &RunController::finished);
        if (w.runController()->state() == RunController::State::Idle &&
            w.runController()->lastResult())
            return true;
        return finished.wait(timeoutMs);
    }

    static double regionPue(const MainWindow& w, int row)
    {
        return w.document()->scenario().regions[std::size_t(row)].pue;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_prompts = 0;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;

private Q_SLOTS:
    void init()
    {
        m_prompts = 0;
        m_answer = QMessageBox::Cancel;
    }

    void startsOnTheEmbeddedDefaultScenario()
    {
        auto w = makeWindow();
        QCOMPARE(ScenarioJson::toJson(w->document()->scenario()),
                 ScenarioJson::toJson(defaultScenario()));
        QVERIFY(w->windowTitle().contains(QLatin1String("Untitled")));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->editor()->problems().isEmpty());
        QCOMPARE(w->editor()->docks().size(), 6);
    }

    void unitsMenuReformatsStatusBarAndDashboard()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        Scenario s = defaultScenario();
        s.settings.horizonHours = 48.0;
        w->document()->reset(s);
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        w->flushViews();
        auto* status = w->findChild<QLabel*>(QStringLiteral("kpiSummary"));
        QVERIFY(status);
        auto* dashboard = w->findChild<DashboardView*>();
        QVERIFY(dashboard);

        w->action(QStringLiteral("actionEnergyKwh"))->trigger();
        QVERIFY(status->text().contains(QLatin1String(" kWh")));
        QCOMPARE(dashboard->displayUnits().energy, EnergyUnit::KWh);
        w->action(QStringLiteral("actionEnergyMwh"))->trigger();
        QVERIFY(status->text().contains(QLatin1String(" MWh")));
        QCOMPARE(dashboard->displayUnits().energy, EnergyUnit::MWh);
        QTRY_VERIFY(!dashboard->isUpdating());
        QVERIFY(dashboard->kpiCardTexts()
                    .filter(QStringLiteral("Facility energy|"))
                    .front()
                    .contains(QLatin1String("MWh")));

        w->action(QStringLiteral("actionCostPlain"))->trigger();
        QCOMPARE(dashboard->displayUnits().cost, CostScale::Plain);
        QVERIFY(!status->text().contains(QRegularExpression(QStringLiteral("\\$[0-9.,]+ [kM]"))));
        w->action(QStringLiteral("actionCostAutomatic"))->trigger();
        QCOMPARE(dashboard->displayUnits().cost, CostScale::Automatic);
        // the choice is remembered
        QCOMPARE(w->settings().costScale(), CostScale::Automatic);
        QCOMPARE(w->settings().energyUnit(), EnergyUnit::MWh);
    }

    void editWithUndoRedoThroughTheEditMenu()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QAction* undo = w->action(QStringLiteral("actionUndo"));
        QAction* redo = w->action(QStringLiteral("actionRedo"));
        QVERIFY(!undo->isEnabled());
        const double before = regionPue(*w, 0);
        RegionsModel* regions = w->editor()->regions();
        QVERIFY(regions->setData(regions->index(0, RegionsModel::Pue), 1.42, Qt::EditRole));
        QCOMPARE(regionPue(*w, 0), 1.42);
        QVERIFY(w->isWindowModified());
        QVERIFY(undo->isEnabled());
        QCOMPARE(w->document()->undoStack()->index(), 1);

        undo->trigger();
        QCOMPARE(regionPue(*w, 0), before);
        QVERIFY(!w->isWindowModified());
        QVERIFY(redo->isEnabled());
        QCOMPARE(w->document()->undoStack()->index(), 0);

        redo->trigger();
        QCOMPARE(regionPue(*w, 0), 1.42);
        QCOMPARE(regions->index(0, RegionsModel::Pue).data(Qt::EditRole).toDouble(), 1.42);

        // the keyboard shortcut reaches the same stack
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keySequence(w.get(), QKeySequence::Undo);
        QCOMPARE(regionPue(*w, 0), before);
    }

    void invalidEditIsRefusedAndScenarioProblemsBlockRuns()
    {
        auto w = makeWindow();
        RegionsModel* regions = w->editor()->regions();
        QVERIFY(!regions->setData(regions->index(0, RegionsModel::Pue), -1, Qt::EditRole));
        QCOMPARE(w->document()->undoStack()->count(), 0);
        // a scenario-level problem (a class no VM can host) shows in the editor's problem list
        auto* workloads = w->editor()->workloads();
        QVERIFY(workloads->setData(workloads->index(0, WorkloadsModel::Gpus), 64, Qt::EditRole));
        QVERIFY(!w->editor()->problems().isEmpty());
        w->runScenario(); // refused: nothing starts
        QCOMPARE(w->runController()->state(), RunController::State::Idle);
    }

    void runToCompletionShowsKpisAndRecordsTheRun()
    {
        auto w = makeWindow();
        w->show();
        QSignalSpy shown(w.get(), &MainWindow::resultShown);
        QSignalSpy recorded(w->runController(), &RunController::recorded);
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(!w->action(QStringLiteral("actionRun"))->isEnabled());
        QVERIFY(w->action(QStringLiteral("actionCancel"))->isEnabled());
        QVERIFY(waitForFinalResult(*w));
        QVERIFY(shown.count() >= 1);
        const auto result = shown.back().at(0).value<RunResultPtr>();
        QCOMPARE(result->status, RunStatus::Completed);
        QCOMPARE(w->progressBar()->value(), w->progressBar()->maximum());
        w->flushViews();
        QVERIFY(w->kpiSummary().contains(QString::number(result->kpis.jobsTotal).left(2)));
        QVERIFY(!w->dashboard()->kpiCardTexts().isEmpty());
        QCOMPARE(w->explorer()->decisionsModel()->rowCount(), int(result->decisions.size()));
        QVERIFY(recorded.count() == 1 || recorded.wait(5000));
        QVERIFY(recorded.front().at(0).toLongLong() > 0);
        QCOMPARE(w->history()->visibleRunCount(), 1);
        QVERIFY(w->action(QStringLiteral("actionRun"))->isEnabled());
        QVERIFY(!w->action(QStringLiteral("actionCancel"))->isEnabled());
    }

    /// The whole window stays responsive during a default run, including the moment the views
    /// take the result. Reports the worst gap of a 10 ms timer; asserts generously (smoke check).
    void windowStaysResponsiveDuringARun()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QElapsedTimer gap;
        qint64 worst = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (gap.isValid())
                worst = std::max(worst, gap.elapsed());
            gap.restart();
        });
        QSignalSpy shown(w.get(), &MainWindow::resultShown);
        QSignalSpy dashboardShown(w->dashboard(), &DashboardView::runShown);
        tick.start();
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        QVERIFY(dashboardShown.count() > 0 || dashboardShown.wait(10000));
        QTest::qWait(100); // ticks after the views took the result
        tick.stop();
        QVERIFY(shown.count() >= 1);
        qInfo("default run in the window: worst UI-thread gap %lld ms (views updated)", worst);
        QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
    }

    void exportCurrentViewAndKpis()
    {
        auto w = makeWindow();
        QString error;
        const QString csv = m_dir->filePath(QStringLiteral("kpis.csv"));
        QVERIFY(!w->exportKpiCsv(csv, &error)); // nothing run yet
        QVERIFY(error.contains(QLatin1String("run")));
        w->show();
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        w->flushViews();
        QVERIFY2(w->exportKpiCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), int(Kpis{}.keyValues().size()) + 1); // header + one row per KPI
        for (const QString& view : {QStringLiteral("dashboard"), QStringLiteral("map")}) {
            QVERIFY(w->showView(view));
            ExportOptions options;
            options.size = QSize(800, 500);
            const QString png = m_dir->filePath(view + QStringLiteral(".png"));
            QVERIFY2(ExportService::exportWidget(w->exportTarget(), png, options, &error),
                     qPrintable(error));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(800, 500));
        }
    }

    void cancelARun()
    {
        auto w = makeWindow();
        w->speedSlider()->setValue(0); // slowest: 1 simulated hour per second
        QCOMPARE(w->runController()->speed(), 1.0);
        QSignalSpy progress(w->runController(), &RunController::progress);
        QSignalSpy finished(w->runController(), &RunController::finished);
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(progress.wait(10000));
        w->action(QStringLiteral("actionCancel"))->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(0).value<RunResultPtr>()->status, RunStatus::Cancelled);
        QCOMPARE(w->runController()->state(), RunController::State::Idle);
        QVERIFY(!w->action(QStringLiteral("actionCancel"))->isEnabled());
        w->speedSlider()->setValue(w->speedSlider()->maximum());
        QCOMPARE(w->runController()->speed(), 0.0); // "max"
    }

    void stepDecisionFillsTheExplorer()
    {
        auto w = makeWindow();
        QSignalSpy decisions(w->runController(), &RunController::decisionTaken);
        w->action(QStringLiteral("actionStep"))->trigger();
        QVERIFY(decisions.wait(10000));
        w->action(QStringLiteral("actionStep"))->trigger();
        QVERIFY(decisions.wait(10000));
        QCOMPARE(w->explorer()->decisionsModel()->rowCount(), 2);
        QVERIFY(w->explorer()->selectedDecision());
        // The map rings the decision's candidates and, boldly, the chosen region.
        const auto last = decisions.back().at(0).value<DecisionPtr>();
        MapCanvas* canvas = w->mapView()->canvas();
        QVERIFY(!canvas->candidateRegions().isEmpty());
        for (const CandidateRecord& c : last->candidates)
            QVERIFY(canvas->candidateRegions().contains(c.region));
        if (last->chosen >= 0)
            QCOMPARE(canvas->chosenRegion(), last->candidates[std::size_t(last->chosen)].region);
        // The explorer says how big the job is and what it needs.
        QTRY_VERIFY2(w->explorer()->jobText().contains(QStringLiteral("vCPUs")),
                     qPrintable(w->explorer()->jobText()));
        QCOMPARE(w->runController()->state(), RunController::State::Paused);
        QCOMPARE(w->action(QStringLiteral("actionRun"))->text().remove(QLatin1Char('&')),
                 QStringLiteral("Resume"));
        QSignalSpy finished(w->runController(), &RunController::finished);
        w->action(QStringLiteral("actionCancel"))->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(canvas->chosenRegion(), -1); // the highlight goes with the stepped run
    }

    void openSaveRoundTripInATempDir()
    {
        auto w = makeWindow();
        RegionsModel* regions = w->editor()->regions();
        QVERIFY(regions->setData(regions->index(1, RegionsModel::Carbon), 0.321, Qt::EditRole));
        const QString path = m_dir->filePath(QStringLiteral("round.json"));
        QString error;
        QVERIFY2(w->saveScenarioFile(path, &error), qPrintable(error));
        QVERIFY(!w->isWindowModified());
        QVERIFY(w->windowTitle().contains(QLatin1String("round.json")));
        QCOMPARE(w->settings().recentFiles().front(), QFileInfo(path).absoluteFilePath());

        w->newScenario();
        QCOMPARE(w->document()->scenario().regions[1].carbonKgPerKwh,
                 defaultScenario().regions[1].carbonKgPerKwh);
        QStringList errors;
        QVERIFY2(w->openScenarioFile(path, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(w->document()->scenario().regions[1].carbonKgPerKwh, 0.321);
        QCOMPARE(w->settings().lastScenarioPath(), QFileInfo(path).absoluteFilePath());

        // a broken file is refused with JSON-path messages and leaves the document alone
        const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"regions\": 5}");
        f.close();
        QVERIFY(!w->openScenarioFile(bad, &errors));
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("regions")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(w->document()->scenario().regions[1].carbonKgPerKwh, 0.321);
    }

    void recentFilesMenuReopens()
    {
        auto w = makeWindow();
        const QString path = m_dir->filePath(QStringLiteral("recent.json"));
        RunSettingsModel* settings = w->editor()->runSettings();
        QVERIFY(settings->setData(settings->index(RunSettingsModel::HorizonHours, 1), 36,
                                  Qt::EditRole));
        QVERIFY(w->saveScenarioFile(path));
        w->newScenario();
        QAction* recent = w->action(QStringLiteral("actionRecent0"));
        QVERIFY(recent);
        QCOMPARE(recent->data().toString(), QFileInfo(path).absoluteFilePath());
        // with unsaved changes and "Cancel", the recent file is not opened
        QVERIFY(settings->setData(settings->index(RunSettingsModel::HorizonHours, 1), 12,
                                  Qt::EditRole));
        m_answer = QMessageBox::Cancel;
        recent->trigger();
        QCOMPARE(w->document()->scenario().settings.horizonHours, 12.0);
        m_answer = QMessageBox::Discard;
        w->action(QStringLiteral("actionRecent0"))->trigger();
        QCOMPARE(w->document()->scenario().settings.horizonHours, 36.0);
        QVERIFY(!w->isWindowModified());
    }

    void discardPromptDecidesWhetherToGoOn()
    {
        auto w = makeWindow();
        QVERIFY(w->maybeDiscardChanges()); // nothing to lose: no question
        QCOMPARE(m_prompts, 0);

        RegionsModel* regions = w->editor()->regions();
        QVERIFY(regions->setData(regions->index(0, RegionsModel::Pue), 1.3, Qt::EditRole));
        m_answer = QMessageBox::Cancel;
        QVERIFY(!w->maybeDiscardChanges());
        QCOMPARE(m_prompts, 1);
        w->show();
        QVERIFY(!w->close()); // closing asks too, and Cancel keeps the window
        QCOMPARE(m_prompts, 2);
        QVERIFY(w->isVisible());

        m_answer = QMessageBox::Discard;
        QVERIFY(w->maybeDiscardChanges());
        QVERIFY(w->isWindowModified()); // discarding does not pretend to have saved

        const QString path = m_dir->filePath(QStringLiteral("saved.json"));
        QVERIFY(w->saveScenarioFile(path));
        QVERIFY(regions->setData(regions->index(0, RegionsModel::Pue), 1.31, Qt::EditRole));
        m_answer = QMessageBox::Save;
        QVERIFY(w->maybeDiscardChanges()); // saved to the current file
        QVERIFY(!w->isWindowModified());
        Scenario reread;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::load(path, reread, problems));
        QCOMPARE(reread.regions[0].pue, 1.31);
        QVERIFY(w->close());
    }

    void liveModeReRunsAfterAnEdit()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->setLiveMode(true);
        QVERIFY(waitForFinalResult(*w)); // the toggle itself triggers a first live run
        w->flushViews();
        QSignalSpy shown(w.get(), &MainWindow::resultShown);
        QSignalSpy dashboardShown(w->dashboard(), &DashboardView::runShown);
        RunSettingsModel* settings = w->editor()->runSettings();
        QElapsedTimer t;
        t.start();
        // two quick edits: debounced into one run of the final scenario
        QVERIFY(settings->setData(settings->index(RunSettingsModel::Seed, 1), 7, Qt::EditRole));
        QVERIFY(settings->setData(settings->index(RunSettingsModel::Seed, 1), 8, Qt::EditRole));
        QVERIFY(shown.wait(10000));
        const qint64 resultMs = t.elapsed();
        QVERIFY(dashboardShown.count() > 0 || dashboardShown.wait(10000)); // the visible view
        const qint64 ms = t.elapsed();
        qInfo("live mode: edit to result %lld ms, to updated dashboard %lld ms (debounce %d ms)",
              resultMs, ms, MainWindow::liveDelayMs);
        QCOMPARE(w->runController()->runScenario()->settings.seed, std::uint64_t(8));
        QCOMPARE(shown.back().at(0).value<RunResultPtr>()->seed, std::uint64_t(8));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QVERIFY(w->history()->visibleRunCount() == 0); // live runs are not recorded
        // a live re-run keeps the first decisions for the explorer, a full Run all of them
        const RunResultPtr live = shown.back().at(0).value<RunResultPtr>();
        QCOMPARE(live->decisions.size(), MainWindow::kLiveDecisionRecords);
        w->setLiveMode(false);
        QVERIFY(!w->settings().liveMode());
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        QCOMPARE(w->runController()->lastResult()->decisions.size(), kFullDecisionRecords);
    }

    void liveModeShowsItIsOnAndALiveRunCanBeKept()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QAction* keep = w->action(QStringLiteral("actionKeepRun"));
        QVERIFY(keep);
        QVERIFY(!keep->isEnabled()); // nothing to keep yet
        w->setLiveMode(true);
        auto* indicator = w->findChild<QLabel*>(QStringLiteral("liveModeIndicator"));
        QVERIFY(indicator);
        QVERIFY(indicator->isVisible());
        QVERIFY(indicator->text().contains(QStringLiteral("Live")));
        QVERIFY(waitForFinalResult(*w));
        QTRY_VERIFY(keep->isEnabled());
        QCOMPARE(w->history()->visibleRunCount(), 0);
        // Edit, so that the name says what changed.
        RegionsModel* regions = w->editor()->regions();
        QVERIFY(regions->setData(regions->index(0, RegionsModel::Pue), 1.7, Qt::EditRole));
        QSignalSpy finished(w->runController(), &RunController::finished);
        QVERIFY(finished.wait(60000));
        QTRY_VERIFY(keep->isEnabled());
        QSignalSpy recorded(w->runController(), &RunController::recorded);
        keep->trigger();
        QVERIFY(!keep->isEnabled()); // kept once
        QVERIFY(recorded.wait(10000));
        const qint64 id = recorded.front().at(0).toLongLong();
        QVERIFY2(id > 0, qPrintable(recorded.front().at(1).toString()));
        QCOMPARE(w->history()->visibleRunCount(), 1);
        const QString name =
            w->history()->model()->index(0, RunHistoryModel::Name).data().toString();
        QVERIFY2(name.contains(QStringLiteral("(edited: regions (PUE))")) &&
                     name.endsWith(QStringLiteral("(live)")),
                 qPrintable(name));
        w->setLiveMode(false);
        QVERIFY(indicator->isHidden());
    }

    void toolbarIconsReadOnTheDarkTheme()
    {
        auto w = makeWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->setTheme(ThemeChoice::Dark);
        const QPalette dark = QApplication::palette();
        QVERIFY(Theme::isDark(dark));
        const QColor button = dark.color(QPalette::Button);
        const QColor normal = ToolbarIcons::color(dark, QIcon::Normal, QIcon::Off);
        const QColor disabled = ToolbarIcons::color(dark, QIcon::Disabled, QIcon::Off);
        QVERIFY2(ToolbarIcons::contrast(normal, button) >= 4.5, "enabled icons stand out");
        QVERIFY2(ToolbarIcons::contrast(disabled, button) >= 1.4, "disabled icons stay visible");
        QVERIFY2(ToolbarIcons::contrast(normal, disabled) >= 2.0, "and look disabled");
        // The icons the toolbar shows are drawn in those colours: the Run icon's darkest and
        // lightest opaque pixels follow the theme.
        QAction* run = w->action(QStringLiteral("actionRun"));
        const QImage on = run->icon().pixmap(24, QIcon::Normal).toImage();
        const QImage off = run->icon().pixmap(24, QIcon::Disabled).toImage();
        const QColor centreOn = on.pixelColor(11, 12);
        const QColor centreOff = off.pixelColor(11, 12);
        QCOMPARE(centreOn.alpha(), 255);
        QVERIFY2(ToolbarIcons::contrast(centreOn, button) >= 4.5,
                 qPrintable(centreOn.name() + QLatin1Char(' ') + button.name()));
        QVERIFY(ToolbarIcons::contrast(centreOff, centreOn) >= 2.0);
        w->setTheme(ThemeChoice::Light);
        const QImage light = run->icon().pixmap(24, QIcon::Normal).toImage();
        QVERIFY(ToolbarIcons::contrast(light.pixelColor(11, 12),
                                       QApplication::palette().color(QPalette::Button)) >= 4.5);
    }

    void themeSwitchAppliesAndPersists()
    {
        auto w = makeWindow();
        w->setTheme(ThemeChoice::Dark);
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(w->settings().theme(), ThemeChoice::Dark);
        QVERIFY(w->action(QStringLiteral("actionThemeDark"))->isChecked());
        w->action(QStringLiteral("actionThemeLight"))->trigger();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(w->settings().theme(), ThemeChoice::Light);
    }

    void layoutIsRestored()
    {
        auto w = makeWindow();
        const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->findChild<QDockWidget*>(QStringLiteral("dockExplorer"))->hide();
        QVERIFY(w->close());
        MainWindow::Options o;
        o.settingsFile = ini;
        o.storePath = m_dir->filePath(QStringLiteral("runs.sqlite"));
        MainWindow again(o);
        QVERIFY(again.findChild<QDockWidget*>(QStringLiteral("dockExplorer"))->isHidden());
        QVERIFY(!again.findChild<QDockWidget*>(QStringLiteral("dockHistory"))->isHidden());
    }

    void screenshotsOfEveryViewInBothThemes_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(ThemeChoice::Light);
        QTest::newRow("dark") << int(ThemeChoice::Dark);
    }

    void screenshotsOfEveryViewInBothThemes()
    {
        QFETCH(int, theme);
        const QString themeName = Settings::themeKey(ThemeChoice(theme));
        auto w = makeWindow();
        w->setTheme(ThemeChoice(theme));
        w->resize(1440, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        // two recorded runs (least-loaded, then cheapest) so the history can compare them
        QSignalSpy recorded(w->runController(), &RunController::recorded);
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        QVERIFY(recorded.count() == 1 || recorded.wait(5000));
        QComboBox* policy = w->findChild<QComboBox*>(QStringLiteral("policyBox"));
        QVERIFY(policy);
        policy->setCurrentIndex(policy->findData(QStringLiteral("cheapest")));
        QCOMPARE(w->document()->scenario().policy.name, std::string("cheapest"));
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(waitForFinalResult(*w));
        QVERIFY(recorded.count() == 2 || recorded.wait(5000));
        w->history()->selectRuns(
            {recorded.at(0).at(0).toLongLong(), recorded.at(1).at(0).toLongLong()});
        QVERIFY(w->history()->compareSelected());
        w->flushViews();
        w->explorer()->selectDecision(3); // a data-analytics job with fewer candidates
        QTest::qWait(300);
        const QString dir = nephos::test::testOutputDir(QStringLiteral("screenshots"));
        for (const QString& view : MainWindow::viewNames()) {
            const QString file = dir + QStringLiteral("/window_%1_%2.png").arg(view, themeName);
            QString error;
            QVERIFY2(ScreenshotRunner::grabTo(w.get(), view, file, &error), qPrintable(error));
            QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QCOMPARE(image.size(), w->size() * w->devicePixelRatio());
            // not a blank image: the window and a view's text differ in colour
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(file));
            const bool darkPixels = qGray(image.pixel(image.width() / 2, 3)) < 128;
            QCOMPARE(darkPixels, theme == int(ThemeChoice::Dark)); // menu bar follows the theme
        }
        w->setTheme(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestMainWindowFlows)
#include "tst_mainwindowflows.moc"
