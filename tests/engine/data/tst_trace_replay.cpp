#include "data/TraceImporter.h"
#include "data/TraceReplay.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioValidator.h"

#include "TestPaths.h"

#include <QTest>

#include <cmath>

using namespace nephos;

class TestTraceReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysRealTraceOnDefaultScenario();
    void keepsLongerHorizon();
    void emptyTraceKeepsHorizon();
};

void TestTraceReplay::replaysRealTraceOnDefaultScenario()
{
    TraceImportResult trace;
    QString error;
    QVERIFY2(importAlibabaPodTrace(
                 test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv")), trace,
                 &error),
             qPrintable(error));
    QVERIFY(!trace.jobs.empty());
    const Scenario base = defaultScenario();
    const Scenario replay = withTraceJobs(base, trace);

    QCOMPARE(replay.traceJobs.size(), trace.jobs.size());
    QCOMPARE(replay.traceJobs.front().arrivalHours, trace.jobs.front().arrivalHours);
    QCOMPARE(replay.workloads.size(), base.workloads.size());
    for (const WorkloadClass& w : replay.workloads)
        QCOMPARE(w.arrival.ratePerHour, 0.0);
    const double last = trace.jobs.back().arrivalHours;
    QVERIFY(replay.settings.horizonHours >= last + 1.0);
    QCOMPARE(replay.settings.horizonHours,
             std::max(base.settings.horizonHours, std::ceil(last + 1.0)));
    // The clouds are untouched and the replay is a valid scenario.
    QCOMPARE(replay.pool.size(), base.pool.size());
    QCOMPARE(replay.offers.size(), base.offers.size());
    QVERIFY(ScenarioValidator::validate(replay).empty());
}

void TestTraceReplay::keepsLongerHorizon()
{
    TraceImportResult trace;
    trace.jobs.push_back({0.5, 2.0, 4.0, 16.0, 1, 0.0, kTraceTrainingClass, {}});
    trace.jobs.push_back({10.25, 1.0, 2.0, 8.0, 0, 0.0, kTraceAnalyticsClass, {}});
    Scenario base = defaultScenario();
    base.settings.horizonHours = 100.0;
    QCOMPARE(withTraceJobs(base, trace).settings.horizonHours, 100.0);
    base.settings.horizonHours = 5.0;
    QCOMPARE(withTraceJobs(base, trace).settings.horizonHours, 12.0);
}

void TestTraceReplay::emptyTraceKeepsHorizon()
{
    Scenario base = defaultScenario();
    const Scenario replay = withTraceJobs(base, TraceImportResult{});
    QVERIFY(replay.traceJobs.empty());
    QCOMPARE(replay.settings.horizonHours, base.settings.horizonHours);
}

QTEST_GUILESS_MAIN(TestTraceReplay)
#include "tst_trace_replay.moc"
