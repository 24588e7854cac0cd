#include "editor/BurstsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEditorDocks.h"
#include "editor/ScenarioTableView.h"
#include "editor/WorkloadBurstsPanel.h"
#include "editor/WorkloadsModel.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include "TestPaths.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

// The workload details of the editor: duration distribution, peak hour, checkpoints,
// utilisation, reference GPU (extra WorkloadsModel columns) and the arrival bursts panel.
class TestWorkloadDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->reset(defaultScenario());
    }

    void detailColumnsShowTheScenario()
    {
        WorkloadsModel model(m_doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const WorkloadClass& w = m_doc->scenario().workloads[0];
        QCOMPARE(model.index(0, WorkloadsModel::PeakHourUtc).data(Qt::EditRole).toDouble(),
                 w.arrival.peakHourUtc);
        QCOMPARE(model.index(0, WorkloadsModel::CheckpointHours).data(Qt::EditRole).toDouble(),
                 w.checkpointHours);
        QCOMPARE(model.index(0, WorkloadsModel::GpuUtil).data(Qt::EditRole).toDouble(), w.gpuUtil);
        QCOMPARE(model.index(0, WorkloadsModel::ReferenceGpu).data(Qt::EditRole).toString(),
                 QString::fromStdString(w.referenceGpu));
        QCOMPARE(model.index(0, WorkloadsModel::DurationKind).data(Qt::EditRole).toString(),
                 WorkloadsModel::distributionKinds().at(int(w.durationHours.kind)));
        QCOMPARE(model.choices(0, WorkloadsModel::DurationKind),
                 WorkloadsModel::distributionKinds());
        const QStringList gpus = model.choices(0, WorkloadsModel::ReferenceGpu);
        QVERIFY(gpus.contains(QString())); // CPU-bound
        QCOMPARE(gpus.size(), int(m_doc->scenario().gpuModels.size()) + 1);
    }

    void distributionEditIsUndoable()
    {
        WorkloadsModel model(m_doc.get());
        const QByteArray before = ScenarioJson::toJson(m_doc->scenario());
        QVERIFY(model.setData(model.index(1, WorkloadsModel::DurationKind),
                              QStringLiteral("exponential"), Qt::EditRole));
        QVERIFY(model.setData(model.index(1, WorkloadsModel::DurationStddevH), 0.75, Qt::EditRole));
        QVERIFY(model.setData(model.index(1, WorkloadsModel::PeakHourUtc), 9.5, Qt::EditRole));
        QVERIFY(model.setData(model.index(1, WorkloadsModel::CheckpointHours), 0.5, Qt::EditRole));
        const WorkloadClass& w = m_doc->scenario().workloads[1];
        QCOMPARE(w.durationHours.kind, Distribution::Kind::Exponential);
        QCOMPARE(w.durationHours.stddev, 0.75);
        QCOMPARE(w.arrival.peakHourUtc, 9.5);
        QCOMPARE(w.checkpointHours, 0.5);
        QCOMPARE(m_doc->undoStack()->count(), 4);
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), before);
    }

    void invalidDetailsAreRefusedWithTheEngineReason_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown distribution")
            << int(WorkloadsModel::DurationKind) << QVariant(QStringLiteral("weibull"));
        QTest::newRow("cpu util above 1") << int(WorkloadsModel::CpuUtil) << QVariant(1.5);
        QTest::newRow("peak hour 24") << int(WorkloadsModel::PeakHourUtc) << QVariant(24.0);
        QTest::newRow("negative checkpoint")
            << int(WorkloadsModel::CheckpointHours) << QVariant(-1.0);
        QTest::newRow("unknown GPU")
            << int(WorkloadsModel::ReferenceGpu) << QVariant(QStringLiteral("Voodoo5"));
    }

    void invalidDetailsAreRefusedWithTheEngineReason()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        WorkloadsModel model(m_doc.get());
        QSignalSpy rejected(&model, &ScenarioTableModel::editRejected);
        const QByteArray before = ScenarioJson::toJson(m_doc->scenario());
        QVERIFY(!model.setData(model.index(0, column), value, Qt::EditRole));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.front().at(1).toString().isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), before);
    }

    void burstsAreAddedEditedAndRemovedUndoably()
    {
        BurstsModel bursts(m_doc.get());
        QAbstractItemModelTester tester(&bursts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!bursts.addBurst()); // no class shown yet
        bursts.setWorkload(2);
        const std::size_t had = m_doc->scenario().workloads[2].arrival.bursts.size();
        QCOMPARE(bursts.rowCount(), int(had));
        QVERIFY(bursts.addBurst());
        QCOMPARE(bursts.rowCount(), int(had) + 1);
        const int row = int(had);
        QVERIFY(bursts.setData(bursts.index(row, BurstsModel::StartHour), 36.0, Qt::EditRole));
        QVERIFY(bursts.setData(bursts.index(row, BurstsModel::DurationHours), 4.0, Qt::EditRole));
        QVERIFY(bursts.setData(bursts.index(row, BurstsModel::RateMultiplier), 3.0, Qt::EditRole));
        const Burst& b = m_doc->scenario().workloads[2].arrival.bursts.back();
        QCOMPARE(b.startHour, 36.0);
        QCOMPARE(b.durationHours, 4.0);
        QCOMPARE(b.rateMultiplier, 3.0);

        QSignalSpy rejected(&bursts, &ScenarioTableModel::editRejected);
        QVERIFY(
            !bursts.setData(bursts.index(row, BurstsModel::RateMultiplier), -2.0, Qt::EditRole));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(m_doc->scenario().workloads[2].arrival.bursts.back().rateMultiplier, 3.0);

        m_doc->undoStack()->undo(); // rate
        QCOMPARE(bursts.index(row, BurstsModel::RateMultiplier).data(Qt::EditRole).toDouble(),
                 1.0 * m_doc->scenario().workloads[2].arrival.bursts.back().rateMultiplier);
        QVERIFY(m_doc->scenario().workloads[2].arrival.bursts.back().rateMultiplier != 3.0);
        QVERIFY(bursts.removeBursts({row}));
        QCOMPARE(m_doc->scenario().workloads[2].arrival.bursts.size(), had);
        QCOMPARE(bursts.rowCount(), int(had));
        m_doc->undoStack()->undo(); // remove
        QCOMPARE(m_doc->scenario().workloads[2].arrival.bursts.size(), had + 1);
        // the other classes were never touched
        QCOMPARE(m_doc->scenario().workloads[0].arrival.bursts.size(),
                 defaultScenario().workloads[0].arrival.bursts.size());
    }

    void panelFollowsTheSelectedWorkloadClass()
    {
        QMainWindow window;
        ScenarioEditorDocks docks(m_doc.get(), &window);
        WorkloadBurstsPanel* panel = docks.burstsPanel();
        QVERIFY(panel);
        QCOMPARE(panel->model()->workload(), 0);
        auto* workloadsView = window.findChild<QTableView*>(QStringLiteral("workloadsTable"));
        if (!workloadsView) {
            // the workloads table is the first table of the workloads dock
            for (QTableView* t : window.findChildren<QTableView*>())
                if (t->model() == docks.workloads()) {
                    workloadsView = t;
                    break;
                }
        }
        QVERIFY(workloadsView);
        workloadsView->selectRow(1);
        QCOMPARE(panel->model()->workload(), 1);
        auto* title = panel->findChild<QLabel*>(QStringLiteral("burstsTitle"));
        QVERIFY(title);
        QVERIFY(
            title->text().contains(QString::fromStdString(m_doc->scenario().workloads[1].name)));
        window.resize(1300, 700);
        window.show();
        if (QTest::qWaitForWindowExposed(&window)) {
            auto* dock = window.findChild<QDockWidget*>(QStringLiteral("dockWorkloads"));
            QVERIFY(dock);
            dock->raise();
            QTest::qWait(50);
            dock->grab().save(test::testOutputDir(QStringLiteral("screenshots")) +
                              QStringLiteral("/editor-workloads.png"));
        }
        // a reset to a scenario with fewer classes drops a selection that no longer exists
        Scenario fewer = defaultScenario();
        fewer.workloads.resize(1);
        m_doc->reset(fewer);
        QVERIFY(panel->model()->workload() < 1);
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
};

QTEST_MAIN(TestWorkloadDetails)
#include "tst_workloaddetails.moc"
