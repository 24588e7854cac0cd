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
    // the clock starts at the first arrival
    QCOMPARE(replay.traceJobs.front().arrivalHours, 0.0);
    const double shift = trace.jobs.front().arrivalHours;
    QCOMPARE(replay.traceJobs.back().arrivalHours, trace.jobs.back().arrivalHours - shift);
    QCOMPARE(replay.workloads.size(), base.workloads.size());
    for (const WorkloadClass& w : replay.workloads)
        QCOMPARE(w.arrival.ratePerHour, 0.0);
    double end = 0.0;
    for (const TraceJob& j : replay.traceJobs)
        end = std::max(end, j.arrivalHours + j.durationHours);
    QCOMPARE(replay.settings.horizonHours, std::min(std::ceil(end) + 24.0, 87600.0));
    // an elastic pool: only what runs is billed
    QCOMPARE(replay.settings.scaling, std::string("on-demand"));
    for (const VmPoolEntry& e : replay.pool)
        QCOMPARE(e.count, e.reserved);
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
    // shifted to 0 and 9.75 h; the last job ends at 10.75 h: ceil + 24 h, whatever the scenario's
    for (double horizon : {100.0, 5.0}) {
        base.settings.horizonHours = horizon;
        const Scenario replay = withTraceJobs(base, trace);
        QCOMPARE(replay.settings.horizonHours, 35.0);
        QCOMPARE(replay.traceJobs[1].arrivalHours, 9.75);
    }
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
