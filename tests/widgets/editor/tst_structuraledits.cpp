#include "editor/PerturbationsModel.h"
#include "editor/PoolModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEdits.h"
#include "editor/ScenarioTableView.h"
#include "editor/WorkloadsModel.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioValidator.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

class TestStructuralEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->reset(defaultScenario());
    }

    void addAndRemovePoolEntriesUndoably()
    {
        PoolModel pool(m_doc.get());
        QSignalSpy reset(&pool, &QAbstractItemModel::modelReset);
        const int before = pool.rowCount();
        QString why;
        QVERIFY2(ScenarioEdits::addPoolEntry(m_doc.get(), &why), qPrintable(why));
        QCOMPARE(pool.rowCount(), before + 1);
        QCOMPARE(reset.count(), 1);
        const VmPoolEntry added = m_doc->scenario().pool.back();
        QVERIFY(m_doc->scenario().findOffer(added.region, added.instanceType));
        QCOMPARE(added.count, 0);
        QVERIFY(ScenarioValidator::validate(m_doc->scenario()).empty());

        QVERIFY(ScenarioEdits::removePoolEntries(m_doc.get(), {0, before}));
        QCOMPARE(pool.rowCount(), before - 1);
        QVERIFY(!ScenarioEdits::removePoolEntries(m_doc.get(), {})); // nothing to do
        QVERIFY(!ScenarioEdits::removePoolEntries(m_doc.get(), {9999}));
        QCOMPARE(m_doc->undoStack()->count(), 2);

        m_doc->undoStack()->undo();
        QCOMPARE(pool.rowCount(), before + 1);
        m_doc->undoStack()->undo();
        QCOMPARE(pool.rowCount(), before);
        QVERIFY(!m_doc->isModified());
        QCOMPARE(m_doc->scenario().pool.front().instanceType,
                 defaultScenario().pool.front().instanceType);
    }

    void duplicateAndRemoveWorkloads()
    {
        WorkloadsModel w(m_doc.get());
        const int before = w.rowCount();
        QString why;
        QVERIFY(!ScenarioEdits::duplicateWorkload(m_doc.get(), -1, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(ScenarioEdits::duplicateWorkload(m_doc.get(), 0));
        QVERIFY(ScenarioEdits::duplicateWorkload(m_doc.get(), 0));
        QCOMPARE(w.rowCount(), before + 2);
        const std::string base = m_doc->scenario().workloads[0].name;
        QCOMPARE(m_doc->scenario().workloads[std::size_t(before)].name, base + " (copy)");
        QCOMPARE(m_doc->scenario().workloads[std::size_t(before) + 1].name, base + " (copy 2)");
        QVERIFY(ScenarioValidator::validate(m_doc->scenario()).empty()); // names stay unique
        QVERIFY(ScenarioEdits::removeWorkloads(m_doc.get(), {before, before + 1}));
        QCOMPARE(w.rowCount(), before);
        m_doc->undoStack()->undo();
        QCOMPARE(w.rowCount(), before + 2);
    }

    void networkFaultsAreEditable()
    {
        PerturbationsModel faults(m_doc.get());
        QAbstractItemModelTester tester(&faults,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = faults.rowCount();
        QVERIFY(ScenarioEdits::addPerturbation(m_doc.get()));
        QCOMPARE(faults.rowCount(), before + 1);
        const int row = before;
        QVERIFY(ScenarioValidator::validate(m_doc->scenario()).empty());
        const QStringList choices = faults.choices(row, PerturbationsModel::Src);
        QCOMPARE(choices.front(), QStringLiteral("*"));
        QCOMPARE(choices.size(), int(m_doc->scenario().regions.size()) + 1);
        QVERIFY(
            faults.setData(faults.index(row, PerturbationsModel::Src), choices[1], Qt::EditRole));
        QCOMPARE(QString::fromStdString(m_doc->scenario().faults.perturbations[row].src),
                 choices[1]);
        QVERIFY(!faults.setData(faults.index(row, PerturbationsModel::Dst),
                                QStringLiteral("moon:1"), Qt::EditRole));
        QVERIFY(!faults.setData(faults.index(row, PerturbationsModel::ThroughputFactor), 0,
                                Qt::EditRole));
        QVERIFY(!faults.setData(faults.index(row, PerturbationsModel::DurationHours), -2,
                                Qt::EditRole));
        QVERIFY(
            faults.setData(faults.index(row, PerturbationsModel::ExtraRttMs), 120, Qt::EditRole));
        QCOMPARE(m_doc->scenario().faults.perturbations[row].extraRttMs, 120.0);
        QVERIFY(ScenarioEdits::removePerturbations(m_doc.get(), {row}));
        QCOMPARE(faults.rowCount(), before);
        // undo the removal, then the two cell edits, then the addition
        for (int i = 0; i < 3; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(faults.rowCount(), before + 1);
        QCOMPARE(m_doc->scenario().faults.perturbations[row].src, std::string("*"));
        m_doc->undoStack()->undo();
        QCOMPARE(faults.rowCount(), before);
    }

    void tableViewButtonsActOnTheSelection()
    {
        PoolModel pool(m_doc.get());
        ScenarioTableView view(&pool, true);
        QList<int> got;
        QPushButton* b = view.addButton(QStringLiteral("probe"), QStringLiteral("Probe"),
                                        [&](const QList<int>& rows) { got = rows; });
        view.selectRow(2);
        QTest::mouseClick(b, Qt::LeftButton);
        QCOMPARE(got, QList<int>{2});
        // a refused edit shows its reason in the view's message line
        QVERIFY(!pool.setData(pool.index(0, PoolModel::Count), -1, Qt::EditRole));
        QVERIFY2(view.message().contains(QLatin1String("refused")), qPrintable(view.message()));
        QVERIFY(pool.setData(pool.index(0, PoolModel::Max), 1000, Qt::EditRole));
        QVERIFY(view.message().isEmpty()); // cleared by the next successful edit
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
};

QTEST_MAIN(TestStructuralEdits)
#include "tst_structuraledits.moc"
