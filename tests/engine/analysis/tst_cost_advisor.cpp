#include "analysis/CostAdvisor.h"
#include "scenario/Scenario.h"

#include "FuzzyCompare.h"

#include <QTest>

using namespace nephos;

namespace {

/// Two regions; "busy" types are well used, "lazy" is nearly idle. All numbers are test data.
Scenario makeScenario()
{
    Scenario s;
    s.providers = {{"aws", "AWS", true, 0.0, {}}};
    Region r1;
    r1.id = "aws:r1";
    r1.provider = "aws";
    s.regions = {r1};
    InstanceType big{"big", "aws", 16, 64, "", 0, 1, 4};
    InstanceType lazy{"lazy", "aws", 8, 32, "", 0, 1, 4};
    InstanceType cheap{"cheap", "aws", 8, 32, "", 0, 1, 4}; // same capacity as lazy, cheaper
    s.instanceTypes = {big, lazy, cheap};
    s.offers = {{"aws:r1", "big", 2.0, -1.0, false},
                {"aws:r1", "lazy", 1.0, 0.3, false},
                {"aws:r1", "cheap", 0.8, -1.0, false}};
    VmPoolEntry gBig{"aws:r1", "big", 4, 0, 8, false, 0};
    VmPoolEntry gLazy{"aws:r1", "lazy", 10, 2, 10, false, 0};
    s.pool = {gBig, gLazy};
    WorkloadClass w;
    w.name = "analytics";
    w.vcpus = 8;
    w.memoryGib = 16;
    w.durationHours.mean = 5.0;
    w.checkpointHours = 1.0;
    s.workloads = {w};
    return s;
}

RunResult makeRun()
{
    RunResult r;
    r.status = RunStatus::Completed;
    r.instanceTypes.resize(3);
    r.instanceTypes[0].id = "big";
    r.instanceTypes[0].vmHours = 400.0;
    r.instanceTypes[0].avgCpuUtilPct = 80.0;
    r.instanceTypes[0].avgMemUtilPct = 50.0;
    r.instanceTypes[1].id = "lazy";
    r.instanceTypes[1].vmHours = 1000.0;
    r.instanceTypes[1].avgCpuUtilPct = 4.0;
    r.instanceTypes[1].avgMemUtilPct = 6.0;
    r.instanceTypes[2].id = "cheap";
    return r;
}

const CostSuggestion* find(const std::vector<CostSuggestion>& v, CostSuggestion::Kind k,
                           const std::string& type)
{
    for (const auto& s : v)
        if (s.kind == k && s.instanceType == type)
            return &s;
    return nullptr;
}

} // namespace

class TestCostAdvisor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idleGroupSavingFollowsFromTheRun()
    {
        const auto out = CostAdvisor().advise(makeScenario(), makeRun());
        const CostSuggestion* idle = find(out, CostSuggestion::Kind::IdleGroup, "lazy");
        QVERIFY(idle);
        QCOMPARE(idle->region, std::string("aws:r1"));
        // util = max(4, 6) = 6 %; needed = max(minCount 2, ceil(10 * 0.06) = 1) = 2;
        // 8 of 10 VMs removable; 1000 VM-hours × 8/10 × $1.00/h = $800.
        NEPHOS_FUZZY_COMPARE(idle->vmHours, 1000.0, 1e-12);
        NEPHOS_FUZZY_COMPARE(idle->savingUsd, 1000.0 * 8.0 / 10.0 * 1.0, 1e-12);
        QVERIFY(!idle->text.empty());
        QVERIFY2(idle->text.find("saving about $800.00") != std::string::npos, idle->text.c_str());
    }

    void busyGroupIsNotIdle()
    {
        const auto out = CostAdvisor().advise(makeScenario(), makeRun());
        QVERIFY(!find(out, CostSuggestion::Kind::IdleGroup, "big"));
    }

    void cheaperEquivalentTypeIsSuggested()
    {
        const auto out = CostAdvisor().advise(makeScenario(), makeRun());
        const CostSuggestion* c = find(out, CostSuggestion::Kind::CheaperType, "lazy");
        QVERIFY(c);
        QCOMPARE(c->alternative, std::string("cheap"));
        NEPHOS_FUZZY_COMPARE(c->savingUsd, 1000.0 * (1.0 - 0.8), 1e-12);
        // "big" has no equivalent-or-larger cheaper type.
        QVERIFY(!find(out, CostSuggestion::Kind::CheaperType, "big"));
    }

    void spotCandidateNeedsCheckpointingWork()
    {
        Scenario s = makeScenario();
        auto out = CostAdvisor().advise(s, makeRun());
        const CostSuggestion* spot = find(out, CostSuggestion::Kind::SpotCandidate, "lazy");
        QVERIFY(spot);
        NEPHOS_FUZZY_COMPARE(spot->savingUsd, 1000.0 * (1.0 - 0.3), 1e-12);

        s.workloads[0].checkpointHours = 0.0; // long, non-checkpointing work: not interruptible
        out = CostAdvisor().advise(s, makeRun());
        QVERIFY(!find(out, CostSuggestion::Kind::SpotCandidate, "lazy"));
    }

    void groupSharesTypeHoursByPoolCount()
    {
        Scenario s = makeScenario();
        s.pool.push_back({"aws:r1", "lazy", 30, 0, 30, true, 0}); // 40 lazy VMs in two groups
        const auto out = CostAdvisor().advise(s, makeRun());
        std::vector<const CostSuggestion*> idle;
        for (const auto& x : out)
            if (x.kind == CostSuggestion::Kind::IdleGroup && x.instanceType == "lazy")
                idle.push_back(&x);
        QCOMPARE(idle.size(), std::size_t(2));
        // Sorted by saving: the spot group (30 of 40 VMs → 750 h; needed max(0, ceil(1.8)) = 2;
        // 750 × 28/30 × $0.30 = $210) before the on-demand group (250 h × 8/10 × $1.00 = $200).
        NEPHOS_FUZZY_COMPARE(idle[0]->vmHours, 750.0, 1e-12);
        NEPHOS_FUZZY_COMPARE(idle[0]->savingUsd, 750.0 * 28.0 / 30.0 * 0.3, 1e-12);
        NEPHOS_FUZZY_COMPARE(idle[1]->vmHours, 250.0, 1e-12);
        NEPHOS_FUZZY_COMPARE(idle[1]->savingUsd, 250.0 * 8.0 / 10.0 * 1.0, 1e-12);
    }

    void largeSavingsUseThousandsSeparators()
    {
        RunResult r = makeRun();
        r.instanceTypes[1].vmHours = 2000000.0; // $1,600,000 idle saving
        const auto out = CostAdvisor().advise(makeScenario(), r);
        const CostSuggestion* idle = find(out, CostSuggestion::Kind::IdleGroup, "lazy");
        QVERIFY(idle);
        QVERIFY2(idle->text.find("$1,600,000") != std::string::npos, idle->text.c_str());
    }

    void sortedBySavingAndFiltered()
    {
        CostAdvisor::Settings st;
        st.minSavingUsd = 500.0;
        const auto out = CostAdvisor(st).advise(makeScenario(), makeRun());
        QCOMPARE(out.size(), std::size_t(2)); // idle 800, spot 700; cheaper type 200 dropped
        QVERIFY(out[0].savingUsd >= out[1].savingUsd);
        for (const auto& x : out)
            QVERIFY(x.savingUsd >= 500.0);
    }

    void mismatchedRunGivesNothing()
    {
        RunResult r = makeRun();
        r.instanceTypes.pop_back();
        QVERIFY(CostAdvisor().advise(makeScenario(), r).empty());
    }
};

QTEST_GUILESS_MAIN(TestCostAdvisor)
#include "tst_cost_advisor.moc"
