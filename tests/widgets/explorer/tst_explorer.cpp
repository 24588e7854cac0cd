#include "explorer/CandidatesModel.h"
#include "explorer/DecisionExplorer.h"
#include "explorer/DecisionsModel.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace nephos;
using namespace nephos::widgets;

namespace {
CandidateRecord candidate(int region, int type, int vm, double score, bool feasible,
                          const char* why)
{
    CandidateRecord c;
    c.region = region;
    c.instanceType = type;
    c.vm = vm;
    c.score = score;
    c.feasible = feasible;
    c.why = why;
    return c;
}

/// A hand-made decision over the default scenario's first regions and types.
DecisionRecord sampleDecision()
{
    DecisionRecord d;
    d.job = 7;
    d.timeHours = 1.25;
    d.policy = "cheapest";
    d.candidates = {candidate(0, 0, 3, 5.0, true, "costs 5"),
                    candidate(1, 1, -1, 0.5, false, "nothing fits"),
                    candidate(2, 0, 9, 2.0, true, "costs 2")};
    d.chosen = 2;
    d.reason = "cheapest feasible";
    return d;
}
} // namespace

class TestExplorer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void candidatesBestFirstWithTheChosenHighlighted()
    {
        const Scenario s = defaultScenario();
        const DecisionRecord d = sampleDecision();
        CandidatesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDecision(&s, &d);
        QCOMPARE(m.rowCount(), 3);
        // feasible by score (2.0, 5.0), then the infeasible one despite its lower score
        QCOMPARE(m.candidate(0)->why, std::string("costs 2"));
        QCOMPARE(m.candidate(1)->why, std::string("costs 5"));
        QCOMPARE(m.candidate(2)->why, std::string("nothing fits"));
        QCOMPARE(m.chosenRow(), 0);
        QVERIFY(
            m.index(0, CandidatesModel::Rank).data().toString().contains(QLatin1String("chosen")));
        QVERIFY(m.index(0, CandidatesModel::Why).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(m.index(0, CandidatesModel::Why).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m.index(1, CandidatesModel::Why).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.index(0, CandidatesModel::Region).data().toString(),
                 QString::fromStdString(s.regions[2].id));
        QCOMPARE(m.index(0, CandidatesModel::Type).data().toString(),
                 QString::fromStdString(s.instanceTypes[0].name));
        QCOMPARE(m.index(2, CandidatesModel::Vm).data().toString(), QStringLiteral("none fits"));
        m.setDecision(nullptr, nullptr);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.chosenRow(), -1);
    }

    void theWinnerOfATieRanksFirst()
    {
        // two candidates score the same; the policy's tie-break (data locality) chose the later
        const Scenario s = defaultScenario();
        DecisionRecord d = sampleDecision();
        d.candidates[0].score = 2.0;
        d.chosen = 2;
        CandidatesModel m;
        m.setDecision(&s, &d);
        QCOMPARE(m.chosenRow(), 0);
        QCOMPARE(m.candidate(0)->why, std::string("costs 2"));
        QCOMPARE(m.candidate(1)->why, std::string("costs 5"));
    }

    void candidatesSayWhenAVmIsNewAndWhenDataArrives()
    {
        const Scenario s = defaultScenario();
        DecisionRecord d = sampleDecision();
        d.candidates[2].newVm = true;
        d.candidates[2].stagingHours = 0.25;
        d.candidates[0].stagingHours = 2.5;
        CandidatesModel m;
        m.setDecision(&s, &d);
        // Row 0 is candidate 2 (chosen), row 1 candidate 0.
        QCOMPARE(m.index(0, CandidatesModel::Vm).data().toString(), QStringLiteral("new VM"));
        QVERIFY(m.index(0, CandidatesModel::Vm)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("would be started")));
        QCOMPARE(m.index(0, CandidatesModel::Staging).data().toString(),
                 QStringLiteral("%1 min").arg(QLocale().toString(15.0, 'f', 0)));
        QCOMPARE(m.index(1, CandidatesModel::Staging).data().toString(),
                 QStringLiteral("%1 h").arg(QLocale().toString(2.5, 'f', 1)));
        QCOMPARE(m.index(2, CandidatesModel::Staging).data().toString(),
                 QStringLiteral("already there"));
        QCOMPARE(m.headerData(CandidatesModel::Staging, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Data arrives in"));
    }

    void decisionsModelListsSteppedDecisions()
    {
        auto s = std::make_shared<const Scenario>(defaultScenario());
        DecisionsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.appendDecision(s, std::make_shared<const DecisionRecord>(sampleDecision()));
        DecisionRecord queued = sampleDecision();
        queued.job = 8;
        queued.chosen = -1;
        m.appendDecision(s, std::make_shared<const DecisionRecord>(queued));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, DecisionsModel::Job).data().toULongLong(), 7ULL);
        QCOMPARE(m.index(0, DecisionsModel::ChosenRegion).data().toString(),
                 QString::fromStdString(s->regions[2].id));
        QCOMPARE(m.index(1, DecisionsModel::ChosenRegion).data().toString(),
                 QStringLiteral("(queued)"));
        QCOMPARE(m.index(0, DecisionsModel::Candidates).data().toInt(), 3);
        QCOMPARE(m.index(0, DecisionsModel::Reason).data().toString(),
                 QStringLiteral("cheapest feasible"));
    }

    void explorerShowsARealRunAndFiltersByJob()
    {
        RunController run;
        QSignalSpy finished(&run, &RunController::finished);
        Scenario s = defaultScenario();
        s.settings.horizonHours = 24.0;
        run.start(s);
        QVERIFY(finished.wait(60000));
        const auto result = finished.front().at(0).value<RunResultPtr>();
        QVERIFY(!result->decisions.empty());

        DecisionExplorer explorer;
        explorer.resize(900, 600);
        explorer.setRun(run.runScenario(), result);
        QCOMPARE(explorer.decisionsModel()->rowCount(), int(result->decisions.size()));
        const DecisionRecord* first = explorer.selectedDecision();
        QVERIFY(first);
        QCOMPARE(explorer.candidatesModel()->rowCount(), int(first->candidates.size()));
        QVERIFY(explorer.reasonText().contains(QString::number(first->job)));
        // The job's size and requirements beside the reason.
        QVERIFY2(explorer.jobText().contains(QStringLiteral("PFLOP of work")),
                 qPrintable(explorer.jobText()));
        QVERIFY2(explorer.jobText().contains(QStringLiteral("vCPUs")),
                 qPrintable(explorer.jobText()));

        const DecisionRecord& later = result->decisions[result->decisions.size() / 2];
        auto* filter = explorer.findChild<QLineEdit*>(QStringLiteral("jobFilter"));
        QVERIFY(filter);
        filter->setText(QString::number(later.job));
        QVERIFY(explorer.selectJob(later.job));
        QCOMPARE(explorer.selectedDecision()->job, later.job);
        if (later.chosen >= 0) {
            const int row = explorer.candidatesModel()->chosenRow();
            QVERIFY(row >= 0);
            QCOMPARE(explorer.candidatesModel()->candidate(row),
                     &later.candidates[std::size_t(later.chosen)]);
        }
        QVERIFY(!explorer.selectJob(0xFFFFFFFFu));

        // a run that kept only its first decisions says so
        RunController live;
        QSignalSpy liveFinished(&live, &RunController::finished);
        live.start(s, false, 50);
        QVERIFY(liveFinished.wait(60000));
        const auto few = liveFinished.front().at(0).value<RunResultPtr>();
        QCOMPARE(few->decisions.size(), std::size_t(50));
        explorer.setRun(live.runScenario(), few);
        auto* summary = explorer.findChild<QLabel*>(QStringLiteral("decisionSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("first 50 decisions recorded (%1 jobs in the run)")
                                      .arg(QLocale().toString(qlonglong(few->kpis.jobsTotal))));
    }

    void stepButtonRequestsAStep()
    {
        DecisionExplorer explorer;
        QSignalSpy step(&explorer, &DecisionExplorer::stepRequested);
        auto* button = explorer.findChild<QPushButton*>(QStringLiteral("stepDecisionButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(step.count(), 1);
    }
};

QTEST_MAIN(TestExplorer)
#include "tst_explorer.moc"
