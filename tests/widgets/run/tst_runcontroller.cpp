#include "run/RunController.h"
#include "scenario/DefaultScenario.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace nephos;
using namespace nephos::widgets;

namespace {
Scenario shortScenario(double hours)
{
    Scenario s = defaultScenario();
    s.settings.horizonHours = hours;
    return s;
}
} // namespace

class TestRunController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerRunMetaTypes(); }

    void runsToCompletionWithProgressInAnotherThread()
    {
        RunController run;
        QSignalSpy started(&run, &RunController::started);
        QSignalSpy progress(&run, &RunController::progress);
        QSignalSpy finished(&run, &RunController::finished);
        QSignalSpy states(&run, &RunController::stateChanged);
        run.start(shortScenario(96.0));
        QCOMPARE(run.state(), RunController::State::Running);
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.front().at(0).toDouble(), 96.0);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.back().at(0).toDouble(), 1.0);
        const auto result = finished.front().at(0).value<RunResultPtr>();
        QVERIFY(result);
        QCOMPARE(result->status, RunStatus::Completed);
        QCOMPARE(result->simulatedHours, 96.0);
        QVERIFY(result->kpis.jobsTotal > 0);
        QVERIFY(result->kpis.jobsCompleted > 0);
        QCOMPARE(run.state(), RunController::State::Idle);
        QCOMPARE(run.lastResult(), result);
        QVERIFY(run.runScenario());
        QCOMPARE(run.runScenario()->settings.horizonHours, 96.0);
        QCOMPARE(states.count(), 2); // Running, Idle
    }

    void sameScenarioGivesTheSameKpis()
    {
        RunController run;
        QSignalSpy finished(&run, &RunController::finished);
        run.start(shortScenario(48.0));
        QVERIFY(finished.wait(60000));
        run.start(shortScenario(48.0));
        QVERIFY(finished.wait(60000));
        const auto a = finished.at(0).at(0).value<RunResultPtr>();
        const auto b = finished.at(1).at(0).value<RunResultPtr>();
        QCOMPARE(a->kpis.keyValues(), b->kpis.keyValues());
        QCOMPARE(a->events, b->events);
    }

    void cancelStopsTheRun()
    {
        RunController run;
        run.setSpeed(24.0); // paced: one simulated day per second, cannot finish 720 h quickly
        QSignalSpy progress(&run, &RunController::progress);
        QSignalSpy finished(&run, &RunController::finished);
        run.start(defaultScenario());
        QVERIFY(progress.wait(10000));
        run.cancel();
        QVERIFY(finished.wait(10000));
        const auto result = finished.front().at(0).value<RunResultPtr>();
        QCOMPARE(result->status, RunStatus::Cancelled);
        QVERIFY(result->simulatedHours < defaultScenario().settings.horizonHours);
        QCOMPARE(run.state(), RunController::State::Idle);
    }

    void pacedRunFollowsTheSpeed()
    {
        RunController run;
        run.setSpeed(48.0);
        QSignalSpy snapshots(&run, &RunController::snapshotReady);
        QSignalSpy finished(&run, &RunController::finished);
        QElapsedTimer wall;
        wall.start();
        run.start(shortScenario(72.0)); // 72 h at 48 h/s: about 1.5 s
        QVERIFY(finished.wait(30000));
        const qint64 ms = wall.elapsed();
        qInfo("72 h at 48 h/s took %lld ms", ms);
        QVERIFY2(ms >= 1000, qPrintable(QString::number(ms))); // not run flat out
        QVERIFY(snapshots.count() >= 1);                       // intermediate results for the views
        QCOMPARE(finished.front().at(0).value<RunResultPtr>()->status, RunStatus::Completed);
    }

    void pauseResumeAndStepDecision()
    {
        RunController run;
        QSignalSpy decisions(&run, &RunController::decisionTaken);
        QSignalSpy paused(&run, &RunController::paused);
        QSignalSpy finished(&run, &RunController::finished);
        const Scenario s = shortScenario(48.0);
        run.stepDecision(s);
        QVERIFY(decisions.wait(10000));
        QCOMPARE(run.state(), RunController::State::Paused);
        const auto first = decisions.back().at(0).value<DecisionPtr>();
        QVERIFY(first);
        QVERIFY(!first->candidates.empty());
        run.stepDecision(s);
        QVERIFY(decisions.wait(10000));
        const auto second = decisions.back().at(0).value<DecisionPtr>();
        QVERIFY(second->timeHours >= first->timeHours);
        QVERIFY(second->job != first->job);
        QCOMPARE(finished.count(), 0);

        run.resume();
        QCOMPARE(run.state(), RunController::State::Running);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.back().at(0).value<RunResultPtr>()->status, RunStatus::Completed);
    }

    void pauseHoldsARunningSimulation()
    {
        RunController run;
        run.setSpeed(24.0);
        QSignalSpy progress(&run, &RunController::progress);
        QSignalSpy paused(&run, &RunController::paused);
        QSignalSpy finished(&run, &RunController::finished);
        run.start(defaultScenario());
        QVERIFY(progress.wait(10000));
        run.pause();
        QVERIFY(paused.wait(10000));
        QCOMPARE(run.state(), RunController::State::Paused);
        const double at = paused.front().at(0).toDouble();
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        run.cancel(); // cancelling a paused run reports it as cancelled
        QVERIFY(finished.wait(10000));
        const auto result = finished.front().at(0).value<RunResultPtr>();
        QCOMPARE(result->status, RunStatus::Cancelled);
        QVERIFY(result->simulatedHours >= at);
    }

    void newRunSupersedesTheStaleOne()
    {
        RunController run;
        run.setSpeed(24.0);
        QSignalSpy finished(&run, &RunController::finished);
        run.start(defaultScenario()); // slow, will be superseded
        run.setSpeed(0.0);
        run.start(shortScenario(24.0));
        QVERIFY(finished.wait(30000));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1); // the stale run's end is dropped
        const auto result = finished.front().at(0).value<RunResultPtr>();
        QCOMPARE(result->simulatedHours, 24.0);
        QCOMPARE(run.runScenario()->settings.horizonHours, 24.0);
    }

    void invalidScenarioFailsWithAMessage()
    {
        RunController run;
        QSignalSpy failed(&run, &RunController::failed);
        Scenario s = defaultScenario();
        s.regions.clear();
        run.start(s);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.front().at(0).toString().isEmpty());
        QCOMPARE(run.state(), RunController::State::Idle);
    }

    /// The UI thread stays responsive during a full default-scenario run: a 10 ms timer keeps
    /// firing. The measured worst gap is reported; the assertion is deliberately generous (this
    /// is a smoke check, speed targets live in bench/).
    void eventLoopKeepsTurningDuringARun()
    {
        RunController run;
        QSignalSpy finished(&run, &RunController::finished);
        QElapsedTimer gap;
        qint64 worst = 0;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (gap.isValid())
                worst = std::max(worst, gap.elapsed());
            gap.restart();
            ++ticks;
        });
        tick.start();
        run.start(defaultScenario());
        QVERIFY(finished.wait(120000));
        tick.stop();
        qInfo("default scenario: %d ticks, worst UI-thread gap %lld ms", ticks, worst);
        QVERIFY(ticks > 0);
        QVERIFY2(worst < 500, qPrintable(QStringLiteral("worst gap %1 ms").arg(worst)));
    }
};

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
