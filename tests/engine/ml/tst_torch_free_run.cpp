// A plain run (default scenario, simulation, KPIs, run store, version query) maps no LibTorch
// library: only learning loads the machine-learning module.
#include "MapsSupport.h"

#include "core/Version.h"
#include "ml/MlModule.h"
#include "scenario/DefaultScenario.h"
#include "sim/Simulation.h"
#include "store/RunStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace nephos;
using nephos::test::torchMapped;

class TestTorchFreeRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRunMapsNoTorch()
    {
        QVERIFY2(!torchMapped(), "LibTorch mapped at start: something links it");
        const Scenario s = defaultScenario();
        Simulation sim(s);
        QCOMPARE(sim.run(), RunStatus::Completed);
        const RunResult r = sim.result();
        QVERIFY(r.kpis.jobsCompleted > 0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RunStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("runs.sqlite")), &error),
                 qPrintable(error));
        const auto scenarioId = store.saveScenario(s, &error);
        QVERIFY2(scenarioId >= 0, qPrintable(error));
        const auto runId = store.beginRun(scenarioId, "least-loaded", 1, &error);
        QVERIFY2(runId >= 0, qPrintable(error));
        QVERIFY2(store.finishRun(runId, r, &error), qPrintable(error));

        const auto versions = libraryVersions();
        QVERIFY(!versions.torchLoaded);
        QVERIFY(!ml::isLoaded());
        QVERIFY2(!torchMapped(), "a plain run mapped LibTorch");
    }
};

QTEST_GUILESS_MAIN(TestTorchFreeRun)
#include "tst_torch_free_run.moc"
