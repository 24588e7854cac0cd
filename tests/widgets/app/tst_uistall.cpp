#include "app/MainWindow.h"
#include "app/UiStallMeasurement.h"
#include "app/UiStallProbe.h"
#include "dashboard/DashboardView.h"
#include "editor/ScenarioDocument.h"
#include "scenario/DefaultScenario.h"

#include "WindowOptions.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace nephos;
using namespace nephos::widgets;

// The UI-stall probe behind `nephos --measure-ui-stalls`, and that showing a run leaves the UI
// thread free. The stall budget itself is a benchmark (see docs/benchmarks.md), not asserted
// here: a loaded CI machine may stall for reasons of its own.
class TestUiStall : public QObject
{
    Q_OBJECT
private:
    static MainWindow::Options windowOptions(const QTemporaryDir& dir)
    {
        MainWindow::Options o = nephos::test::windowOptions(dir);
        return o;
    }

private Q_SLOTS:
    void probeSeesABlockedEventLoop()
    {
        UiStallProbe probe(5);
        probe.start();
        // A plain event loop (QTest::qWait sleeps between its own event processing).
        QEventLoop loop;
        QTimer::singleShot(100, &loop, [] { QThread::msleep(200); }); // hold the UI thread
        QTimer::singleShot(450, &loop, &QEventLoop::quit);
        loop.exec();
        probe.stop();
        QVERIFY(probe.samples() > 5);
        QVERIFY2(probe.maxStallMs() >= 180.0, qPrintable(QString::number(probe.maxStallMs())));
        QCOMPARE(probe.stallsOver(150.0), 1);
        QVERIFY(probe.percentileStallMs(50.0) < 100.0);
        QVERIFY(probe.percentileStallMs(100.0) == probe.maxStallMs());
    }

    void probeWithoutSamplesReportsZero()
    {
        UiStallProbe probe;
        QCOMPARE(probe.samples(), 0);
        QCOMPARE(probe.maxStallMs(), 0.0);
        QCOMPARE(probe.percentileStallMs(99.0), 0.0);
        QCOMPARE(probe.stallsOver(0.0), 0);
    }

    void dashboardUpdateReturnsBeforeTheDataIsReady()
    {
        QTemporaryDir dir;
        MainWindow window(windowOptions(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* dashboard = window.findChild<DashboardView*>();
        QVERIFY(dashboard);
        QSignalSpy shown(dashboard, &DashboardView::runShown);
        Scenario s = defaultScenario();
        s.settings.horizonHours = 72.0;
        window.document()->reset(s);
        QSignalSpy result(&window, &MainWindow::resultShown);
        window.action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(result.wait(60000));
        // the dashboard is filled asynchronously: the window's handler returned first
        QVERIFY(shown.wait(20000));
        QVERIFY(!dashboard->kpiCardTexts().isEmpty());
    }

    void measurementRunsTheScenarioAndVisitsEveryView()
    {
        QTemporaryDir dir;
        MainWindow window(windowOptions(dir));
        Scenario s = defaultScenario();
        s.settings.horizonHours = 96.0;
        window.document()->reset(s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        UiStallMeasurement measurement(&window, 96.0); // about one second of watching
        QSignalSpy done(&measurement, &UiStallMeasurement::done);
        measurement.start(120000);
        QVERIFY(done.wait(120000));
        QCOMPARE(done.front().at(0).toInt(), 0);
        const QJsonObject r = measurement.report();
        QVERIFY(r.value(QStringLiteral("samples")).toInt() > 50);
        QVERIFY(r.value(QStringLiteral("max_stall_ms")).toDouble() >=
                r.value(QStringLiteral("p99_stall_ms")).toDouble());
        QCOMPARE(r.value(QStringLiteral("views_visited")).toArray().size(),
                 MainWindow::viewNames().size());
        qInfo("UI stall while watching a 96 h run: max %.1f ms, p99 %.1f ms, %d over 50 ms",
              r.value(QStringLiteral("max_stall_ms")).toDouble(),
              r.value(QStringLiteral("p99_stall_ms")).toDouble(),
              r.value(QStringLiteral("stalls_over_50ms")).toInt());
    }
};

QTEST_MAIN(TestUiStall)
#include "tst_uistall.moc"
