#include "app/MainWindow.h"
#include "dashboard/DashboardView.h"
#include "editor/ScenarioDocument.h"
#include "explorer/DecisionExplorer.h"
#include "explorer/DecisionsModel.h"
#include "history/RunHistoryView.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"

#include "WindowOptions.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionProgressBar>
#include <QTemporaryDir>
#include <QTest>

using namespace nephos;
using namespace nephos::widgets;

// Step Decision sessions: cancelling one shows the run from before it again (it is not stored),
// decisions name their job's class while stepping, and the progress box shows every digit.
class TestSteppedRuns : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        MainWindow::Options o = nephos::test::windowOptions(*m_dir);
        auto w = std::make_unique<MainWindow>(o);
        Scenario s = defaultScenario();
        s.settings.horizonHours = 48.0;
        w->document()->reset(s);
        w->runController()->setSpeed(0.0);
        w->show();
        return w;
    }

    static bool step(MainWindow& w)
    {
        QSignalSpy paused(w.runController(), &RunController::paused);
        w.action(QStringLiteral("actionStep"))->trigger();
        return paused.wait(30000);
    }

    static bool cancel(MainWindow& w)
    {
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.action(QStringLiteral("actionCancel"))->trigger();
        return finished.wait(30000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void cancellingASteppedRunShowsThePreviousRunAgain()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QSignalSpy recorded(w->runController(), &RunController::recorded);
        w->action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(recorded.wait(60000));
        // "recorded" (the store) and "finished" (the result shown) are separate queued signals
        QTRY_VERIFY_WITH_TIMEOUT(w->shownResult() != nullptr, 30000);
        const RunResultPtr full = w->shownResult();
        QVERIFY(full);
        QCOMPARE(full->status, RunStatus::Completed);
        QVERIFY(step(*w));
        QVERIFY(step(*w));
        QVERIFY(w->shownResult() != full); // the stepped run's snapshot
        QVERIFY(cancel(*w));
        QCOMPARE(w->shownResult(), full);
        QTRY_COMPARE(w->dashboard()->shownResult(), full);
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QLatin1String("not kept")));
        w->history()->refresh();
        QCOMPARE(w->history()->visibleRunCount(), 1); // nothing "cancelled" was stored
        // the decisions stepped through stay in the explorer
        QCOMPARE(w->explorer()->decisionsModel()->rowCount(), 2);
    }

    void cancellingTheFirstSteppedRunLeavesTheViewsEmpty()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(step(*w));
        QVERIFY(w->shownResult());
        QVERIFY(cancel(*w));
        QVERIFY(!w->shownResult());
        QVERIFY(w->kpiSummary().isEmpty());
        QTRY_VERIFY(!w->dashboard()->isUpdating());
        for (const QString& card : w->dashboard()->kpiCardTexts())
            QVERIFY2(card.section(QLatin1Char('|'), 1, 1) == QStringLiteral("–"), qPrintable(card));
    }

    void decisionsNameTheirClassWhileStepping()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        for (int i = 0; i < 4; ++i)
            QVERIFY(step(*w));
        DecisionsModel* model = w->explorer()->decisionsModel();
        QCOMPARE(model->rowCount(), 4);
        QStringList classes;
        for (const auto& wl : w->document()->scenario().workloads)
            classes << QString::fromStdString(wl.name);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString cls = model->index(r, DecisionsModel::WorkloadClass).data().toString();
            QVERIFY2(classes.contains(cls),
                     qPrintable(QStringLiteral("row %1: \"%2\"").arg(r).arg(cls)));
        }
        QVERIFY(cancel(*w));
    }

    void progressBoxShowsEveryDigit()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        for (const QSize size : {QSize(1280, 720), QSize(1440, 900)}) {
            w->resize(size);
            QTest::qWait(50);
            Q_EMIT w->runController()->progress(0.29, 208.0);
            Q_EMIT w->runController()->progress(1.0, 8760.0);
            QProgressBar* bar = w->progressBar();
            QCOMPARE(bar->text(), QStringLiteral("8760 h · 100%"));
            QStyleOptionProgressBar opt;
            opt.initFrom(bar);
            opt.minimum = bar->minimum();
            opt.maximum = bar->maximum();
            opt.progress = bar->value();
            opt.text = bar->text();
            opt.textVisible = true;
            opt.textAlignment = bar->alignment();
            const QRect label =
                bar->style()->subElementRect(QStyle::SE_ProgressBarLabel, &opt, bar);
            const int needed = bar->fontMetrics().horizontalAdvance(bar->text());
            QVERIFY2(label.width() >= needed,
                     qPrintable(QStringLiteral("%1 px for %2 px").arg(label.width()).arg(needed)));
            const QString dir = QDir(QStringLiteral(NEPHOS_TEST_BINARY_DIR))
                                    .filePath(QStringLiteral("screenshots"));
            QDir().mkpath(dir);
            w->grab().save(QDir(dir).filePath(
                QStringLiteral("progress-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }
};

QTEST_MAIN(TestSteppedRuns)
#include "tst_steppedruns.moc"
