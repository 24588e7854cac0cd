#include "policy/CapacityIndex.h"
#include "sim/Random.h"

#include <QTest>

using namespace nephos;

// The capacity index answers first fit, best fit and least loaded exactly like a scan would.
class TestCapacityIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesBruteForce()
    {
        const int n = 37;
        const double cap[3] = {8, 32, 2};
        CapacityIndex idx;
        idx.build({n}, {cap[0]}, {cap[1]}, {cap[2]});
        std::vector<double> fv(n), fm(n), fg(n);
        std::vector<bool> up(n);
        Random rng(99);
        for (int round = 0; round < 3000; ++round) {
            const int vm = static_cast<int>(rng.next() % n);
            up[vm] = rng.uniform() < 0.9;
            fv[vm] = static_cast<double>(rng.next() % 9);
            fm[vm] = static_cast<double>(rng.next() % 33);
            fg[vm] = static_cast<double>(rng.next() % 3);
            idx.update(vm, fv[vm], fm[vm], fg[vm], up[vm]);
            const double dv = static_cast<double>(rng.next() % 5);
            const double dm = static_cast<double>(rng.next() % 17);
            const double dg = static_cast<double>(rng.next() % 2);
            int first = -1, best = -1, most = -1;
            double bestLeft = 1e300, mostScore = -1;
            for (int i = 0; i < n; ++i) {
                if (!up[i])
                    continue;
                const double score = std::min({fv[i] / cap[0], fm[i] / cap[1], fg[i] / cap[2]});
                if (score > mostScore) {
                    mostScore = score;
                    most = i;
                }
                if (fv[i] < dv || fm[i] < dm || fg[i] < dg)
                    continue;
                if (first < 0)
                    first = i;
                if (fv[i] < bestLeft) {
                    bestLeft = fv[i];
                    best = i;
                }
            }
            QCOMPARE(idx.firstFit(0, dv, dm, dg), first);
            QCOMPARE(idx.bestFit(0, dv, dm, dg), best);
            const int ll = idx.leastLoaded(0, dv, dm, dg);
            if (first < 0)
                QCOMPARE(ll, -1);
            else if (fv[most] >= dv && fm[most] >= dm && fg[most] >= dg)
                QCOMPARE(ll, most);
            else
                QCOMPARE(ll, first);
        }
    }

    void emptyGroupFindsNothing()
    {
        CapacityIndex idx;
        idx.build({0, 2}, {4, 4}, {16, 16}, {0, 0});
        QCOMPARE(idx.firstFit(0, 1, 1, 0), -1);
        QCOMPARE(idx.firstFit(1, 1, 1, 0), -1); // VMs not up yet
        idx.update(1, 4, 16, 0, true);
        QCOMPARE(idx.firstFit(1, 1, 1, 0), 1);  // group 0 is empty: group 1 holds VMs 0 and 1
        QCOMPARE(idx.firstFit(1, 1, 1, 1), -1); // no GPU
    }
};

QTEST_GUILESS_MAIN(TestCapacityIndex)
#include "tst_capacityindex.moc"
