#include "dashboard/DisplayUnits.h"
#include "history/RunComparisonModel.h"
#include "history/RunHistoryModel.h"
#include "history/RunHistoryView.h"
#include "history/RunName.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"
#include "store/RunStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace nephos;
using namespace nephos::widgets;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// Two short runs with different policies, recorded by the run thread into a fresh store.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_storePath = m_dir.filePath(QStringLiteral("runs.sqlite"));
        RunController run;
        run.setStorePath(m_storePath);
        QSignalSpy recorded(&run, &RunController::recorded);
        for (const char* policy : {"least-loaded", "cheapest"}) {
            Scenario s = defaultScenario();
            s.settings.horizonHours = 24.0;
            s.policy.name = policy;
            s.policy.params.clear();
            run.start(s, true, kFullDecisionRecords,
                      RunName::make(s, &m_opened, s.policy.name, s.settings.seed));
            QVERIFY(recorded.wait(60000));
            QVERIFY2(recorded.back().at(0).toLongLong() > 0,
                     qPrintable(recorded.back().at(1).toString()));
            m_ids << recorded.back().at(0).toLongLong();
        }
        QString error;
        QVERIFY2(m_store.open(m_storePath, &error), qPrintable(error));
    }

    void runsGetNamesAUserRecognises()
    {
        const Scenario opened = defaultScenario();
        Scenario s = opened;
        // Unchanged: scenario name, policy, seed.
        QCOMPARE(RunName::make(s, &opened, "cheapest", 42),
                 QStringLiteral("%1 · cheapest · seed 42").arg(QString::fromStdString(s.name)));
        // Policy and seed are in the name already: not reported as edits.
        s.policy.name = "cheapest";
        s.settings.seed = 7;
        QVERIFY(!RunName::make(s, &opened, "cheapest", 7).contains(QStringLiteral("edited")));
        // An edited scenario says what changed.
        s.regions[0].enabled = false;
        const QString edited = RunName::make(s, &opened, "cheapest", 7);
        QVERIFY2(edited.contains(QStringLiteral("(edited: regions (enabled))")),
                 qPrintable(edited));
        s.regions[1].pue = 1.9;
        s.pool[0].count += 1;
        s.workloads[0].slaHours += 1.0;
        QVERIFY2(RunName::changes(s, opened).endsWith(QStringLiteral("; …")),
                 qPrintable(RunName::changes(s, opened)));
    }

    void storedRunsCarryTheirNameAndCanBeRenamed()
    {
        RunHistoryModel model;
        model.setStore(&m_store);
        model.refresh(m_store);
        const int row = model.rowOf(m_ids[1]);
        QVERIFY(row >= 0);
        const QModelIndex name = model.index(row, RunHistoryModel::Name);
        QVERIFY(name.data().toString().contains(QStringLiteral("cheapest · seed")));
        QVERIFY(name.flags() & Qt::ItemIsEditable);
        QVERIFY(model.setData(name, QStringLiteral("  My cheap baseline "), Qt::EditRole));
        QCOMPARE(name.data().toString(), QStringLiteral("My cheap baseline"));
        model.refresh(m_store);
        QCOMPARE(model.index(model.rowOf(m_ids[1]), RunHistoryModel::Name).data().toString(),
                 QStringLiteral("My cheap baseline"));
        // A run stored without a name shows a made-up one.
        StoredRun unnamed;
        unnamed.scenarioName = QStringLiteral("S");
        unnamed.policy = QStringLiteral("p");
        unnamed.seed = 3;
        QCOMPARE(RunHistoryModel::displayName(unnamed), QStringLiteral("S · p · seed 3"));
        RunHistoryModel readOnly; // without a store names cannot be edited
        readOnly.refresh(m_store);
        QVERIFY(!(readOnly.index(0, RunHistoryModel::Name).flags() & Qt::ItemIsEditable));
    }

    void modelListsTheRecordedRuns()
    {
        RunHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(m_store);
        QCOMPARE(model.rowCount(), 2);
        for (qint64 id : m_ids) {
            const int row = model.rowOf(id);
            QVERIFY(row >= 0);
            QCOMPARE(model.run(row)->status, QStringLiteral("completed"));
            QCOMPARE(model.index(row, RunHistoryModel::SimHours).data().toString(),
                     QStringLiteral("24.0"));
        }
        RunFilter f;
        f.policy = QStringLiteral("cheapest");
        model.refresh(m_store, f);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.run(0)->policy, QStringLiteral("cheapest"));
    }

    void viewFiltersByPolicyStatusAndText()
    {
        RunHistoryView view;
        view.setStore(&m_store);
        QCOMPARE(view.visibleRunCount(), 2);
        view.setPolicyFilter(QStringLiteral("least-loaded"));
        QCOMPARE(view.visibleRunCount(), 1);
        view.setPolicyFilter(QString());
        view.setStatusFilter(QStringLiteral("cancelled"));
        QCOMPARE(view.visibleRunCount(), 0);
        view.setStatusFilter(QStringLiteral("completed"));
        QCOMPARE(view.visibleRunCount(), 2);
        view.setTextFilter(QStringLiteral("CHEAP"));
        QCOMPARE(view.visibleRunCount(), 1);
        view.setTextFilter(QString());
        QCOMPARE(view.visibleRunCount(), 2);
    }

    void openEmitsTheStoredKpisAndSeries()
    {
        RunHistoryView view;
        view.setStore(&m_store);
        QSignalSpy opened(&view, &RunHistoryView::runOpened);
        QVERIFY(!view.openSelected()); // nothing selected
        view.selectRuns({m_ids[1]});
        QCOMPARE(view.selectedRunIds(), QList<qint64>{m_ids[1]});
        QVERIFY(view.openSelected());
        QCOMPARE(opened.count(), 1);
        const auto scenario = opened.front().at(0).value<ScenarioPtr>();
        const auto result = opened.front().at(1).value<RunResultPtr>();
        QCOMPARE(result->policy, std::string("cheapest"));
        QCOMPARE(result->status, RunStatus::Completed);
        QCOMPARE(scenario->settings.horizonHours, 24.0);
        // The per-class KPIs come back too (the dashboard's class table).
        QCOMPARE(result->classNames.size(), scenario->workloads.size());
        QCOMPARE(result->classKpis.size(), result->classNames.size());
        Kpis stored;
        QVERIFY(m_store.loadKpis(m_ids[1], stored));
        QCOMPARE(result->kpis.keyValues(), stored.keyValues());
        QVERIFY(result->series.sampleCount() > 0);
    }

    void compareShowsDifferences()
    {
        RunHistoryView view;
        view.setStore(&m_store);
        view.selectRuns({m_ids[0]});
        QVERIFY(!view.compareSelected()); // needs two
        view.selectRuns(m_ids);
        QVERIFY(view.compareSelected());
        RunComparisonModel* cmp = view.comparisonModel();
        const auto a = m_store.loadKpiValues(m_ids[0]);
        const auto b = m_store.loadKpiValues(m_ids[1]);
        QCOMPARE(cmp->rowCount(), int(a.size()));
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(cmp->difference(QString::fromStdString(a[i].first)),
                     b[i].second - a[i].second);
        }
        QVERIFY(std::isnan(cmp->difference(QStringLiteral("no_such_kpi"))));
        QVERIFY(cmp->headerData(RunComparisonModel::RunB, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .contains(QLatin1String("cheapest")));
        // the two runs' scenarios differ in their policy, and the title says so
        QVERIFY2(view.comparisonTitle().contains(QLatin1String("differ in: policy")),
                 qPrintable(view.comparisonTitle()));
    }

    void comparisonModelHandlesMissingKeys()
    {
        RunComparisonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setRuns(QStringLiteral("A"), {{"x", 2.0}, {"y", 1.0}}, QStringLiteral("B"),
                  {{"x", 3.0}, {"z", 5.0}});
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.difference(QStringLiteral("x")), 1.0);
        QCOMPARE(m.index(0, RunComparisonModel::RelativePct).data().toString(),
                 QStringLiteral("+50.0 %"));
        QCOMPARE(m.index(1, RunComparisonModel::RunB).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(2, RunComparisonModel::RunA).data().toString(), QStringLiteral("—"));
        QCOMPARE(m.index(0, RunComparisonModel::RunA).data().toString(),
                 QLocale().toString(2.0, 'f', 2));

        // The dashboard's titles, units and scaling (never a raw key); colours say whether B is
        // better for that KPI, not whether it went up.
        m.setDisplayUnits(DisplayUnits{});
        m.setRuns(QStringLiteral("A"),
                  {{"utilisation_cpu_pct", 31.10712},
                   {"total_cost_usd", 2851327.4},
                   {"jct_p50_h", 2.0},
                   {"carbon_kg_co2e", 12345.0}},
                  QStringLiteral("B"),
                  {{"utilisation_cpu_pct", 30.3116},
                   {"total_cost_usd", 2812154.9},
                   {"jct_p50_h", 2.5},
                   {"carbon_kg_co2e", 12345.0}});
        QStringList titles;
        for (int r = 0; r < m.rowCount(); ++r) {
            titles << m.index(r, RunComparisonModel::Kpi).data().toString();
            QVERIFY(!titles.back().contains(QLatin1Char('_')));
        }
        QCOMPARE(
            titles,
            QStringList({QStringLiteral("CPU utilisation"), QStringLiteral("Total cost"),
                         QStringLiteral("Job completion (median)"), QStringLiteral("Carbon")}));
        QCOMPARE(m.index(0, RunComparisonModel::RunA).data().toString(),
                 QLocale().toString(31.1, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(m.index(1, RunComparisonModel::RunA).data().toString(),
                 QStringLiteral("$") + QLocale().toString(2.85, 'f', 2) + QStringLiteral(" M"));
        QCOMPARE(m.index(1, RunComparisonModel::Difference).data().toString(),
                 QStringLiteral("−$") + QLocale().toString(39.2, 'f', 1) + QStringLiteral(" k"));
        QCOMPARE(m.index(3, RunComparisonModel::RunB).data().toString(),
                 QLocale().toString(12.3, 'f', 1) + QStringLiteral(" t CO2e"));
        QCOMPARE(m.verdict(QStringLiteral("utilisation_cpu_pct")), -1); // lower utilisation: worse
        QCOMPARE(m.verdict(QStringLiteral("total_cost_usd")), 1);       // lower cost: better
        QCOMPARE(m.verdict(QStringLiteral("jct_p50_h")), -1);           // slower: worse
        QCOMPARE(m.verdict(QStringLiteral("carbon_kg_co2e")), 0);       // the same
        const auto colour = [&m](int row) {
            return m.index(row, RunComparisonModel::Difference)
                .data(Qt::ForegroundRole)
                .value<QBrush>()
                .color();
        };
        QVERIFY(colour(1).green() > colour(1).red()); // better: green
        QVERIFY(colour(0).red() > colour(0).green()); // worse: red
        QVERIFY(!m.index(3, RunComparisonModel::Difference).data(Qt::ForegroundRole).isValid());
    }

    /// Runs last: deletes from the shared store.
    void deleteAsksFirst()
    {
        RunHistoryView view;
        view.setStore(&m_store);
        QStringList questions;
        view.setConfirm([&](const QString& q) {
            questions << q;
            return false;
        });
        view.selectRuns({m_ids[0]});
        QCOMPARE(view.deleteSelected(), 0);
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.front().contains(QString::number(m_ids[0])));
        QCOMPARE(view.visibleRunCount(), 2);

        view.setConfirm([](const QString&) { return true; });
        view.selectRuns({m_ids[0]});
        QCOMPARE(view.deleteSelected(), 1);
        QCOMPARE(view.visibleRunCount(), 1);
        StoredRun gone;
        QVERIFY(!m_store.loadRun(m_ids[0], gone));
    }

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    RunStore m_store;
    QList<qint64> m_ids;
    const Scenario m_opened = defaultScenario();
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
