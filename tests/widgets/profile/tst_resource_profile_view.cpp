#include "dashboard/PaperClaims.h"
#include "profile/ResourceProfileView.h"
#include "theme/Theme.h"

#include "../dashboard/SampleRun.h"
#include "TestPaths.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace nephos;
using namespace nephos::widgets;
using Kind = ResourceProfileView::Kind;

namespace {

QString valueOf(const ResourceProfileView& v, const QString& attribute)
{
    for (const auto& row : v.rows())
        if (row.first == attribute)
            return row.second;
    return QStringLiteral("<missing %1>").arg(attribute);
}

} // namespace

class TestResourceProfileView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceTypeShowsStaticAndMeasured()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QVERIFY(view.select(Kind::InstanceType, QStringLiteral("m5.2xlarge")));
        QCOMPARE(view.selectedKind(), Kind::InstanceType);
        QCOMPARE(view.selectedId(), QStringLiteral("m5.2xlarge"));
        QCOMPARE(valueOf(view, QStringLiteral("Provider")), QStringLiteral("aws"));
        QCOMPARE(valueOf(view, QStringLiteral("vCPUs")), QStringLiteral("8"));
        QCOMPARE(valueOf(view, QStringLiteral("GPU")), QStringLiteral("none"));
        // Two offers: $0.384 and $0.48.
        QVERIFY(valueOf(view, QStringLiteral("On-demand price"))
                    .contains(QStringLiteral("$") + QLocale().toString(0.384, 'f', 2)));
        QVERIFY(
            valueOf(view, QStringLiteral("On-demand price")).contains(QStringLiteral("2 regions")));
        QCOMPARE(valueOf(view, QStringLiteral("VMs in the pool at start")), QStringLiteral("14"));
        // Measured (hand run: type 0 has 70 % CPU, 140 VM-hours, $50, 20 kWh).
        QCOMPARE(valueOf(view, QStringLiteral("Avg CPU utilisation (run)")),
                 QLocale().toString(70.0, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(valueOf(view, QStringLiteral("VM-hours (run)")),
                 QLocale().toString(140.0, 'f', 1));
        QCOMPARE(valueOf(view, QStringLiteral("Cost (run)")),
                 QStringLiteral("$") + QLocale().toString(50.0, 'f', 2));
        QCOMPARE(valueOf(view, QStringLiteral("Energy (run)")),
                 QLocale().toString(20.0, 'f', 1) + QStringLiteral(" kWh"));
        QCOMPARE(view.findChild<QTableWidget*>(QStringLiteral("profileTable"))->rowCount(),
                 view.rows().size());
    }

    void regionShowsPueCarbonAndQueue()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QSignalSpy spy(&view, &ResourceProfileView::selectionChanged);
        QVERIFY(view.select(Kind::Region, QStringLiteral("gcp:europe-west1")));
        QVERIFY(spy.count() >= 1);
        QCOMPARE(valueOf(view, QStringLiteral("PUE")), QLocale().toString(1.09, 'f', 2));
        QVERIFY(valueOf(view, QStringLiteral("Carbon intensity"))
                    .startsWith(QLocale().toString(0.17, 'f', 3)));
        QCOMPARE(valueOf(view, QStringLiteral("Avg CPU utilisation (run)")),
                 QLocale().toString(20.0, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(valueOf(view, QStringLiteral("Avg queue length (run)")),
                 QLocale().toString(3.0, 'f', 2) + QStringLiteral(" jobs"));
        QCOMPARE(valueOf(view, QStringLiteral("VMs in the pool at start")),
                 QStringLiteral("6 in 1 groups"));
    }

    void regionListsItsLinksWithEstimatesMarked()
    {
        Scenario sc = test::sampleScenario();
        sc.network.clear();
        NetworkLink measured;
        measured.src = "aws:us-east-1";
        measured.dst = "gcp:europe-west1";
        measured.throughputGbps = 1.25;
        measured.rttMs = 80.0;
        measured.egressUsdPerGb = 0.09;
        NetworkLink estimated = measured;
        estimated.src = "gcp:europe-west1";
        estimated.dst = "aws:us-east-1";
        estimated.throughputEstimated = true;
        sc.network = {measured, estimated};
        ResourceProfileView view;
        view.setRun(sc, test::sampleRun());
        QVERIFY(view.select(Kind::Region, QStringLiteral("aws:us-east-1")));
        const QString out = valueOf(view, QStringLiteral("Link to gcp:europe-west1"));
        QVERIFY2(out.startsWith(QLocale().toString(1.25, 'f', 2) + QStringLiteral(" Gbps")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("est.")));
        QVERIFY(view.select(Kind::Region, QStringLiteral("gcp:europe-west1")));
        const QString back = valueOf(view, QStringLiteral("Link to aws:us-east-1"));
        QVERIFY2(back.contains(QStringLiteral("Gbps (est.)")), qPrintable(back));
        QVERIFY(!back.contains(QStringLiteral("ms (est.)"))); // only the throughput is estimated
    }

    void kindComboListsTheOtherKind()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        auto* kind = view.findChild<QComboBox*>(QStringLiteral("profileKind"));
        auto* item = view.findChild<QComboBox*>(QStringLiteral("profileItem"));
        kind->setCurrentIndex(kind->findData(int(Kind::Region)));
        QCOMPARE(item->count(), 3);
        kind->setCurrentIndex(kind->findData(int(Kind::InstanceType)));
        QCOMPARE(item->count(), 3);
        item->setCurrentIndex(1);
        QCOMPARE(view.selectedId(), QStringLiteral("m5.large"));
    }

    void typeProfileShowsThePapersTable3SampleLabelled()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QVERIFY(view.select(Kind::InstanceType, QStringLiteral("m5.large")));
        const QString note = view.findChild<QLabel*>(QStringLiteral("profileNote"))->text();
        QVERIFY(note.contains(PaperClaims::table3Summary()));
        QVERIFY(PaperClaims::table3Summary().contains(QStringLiteral("for comparison only")));
        QVERIFY(view.select(Kind::Region, QStringLiteral("aws:us-east-1")));
        QVERIFY(!view.findChild<QLabel*>(QStringLiteral("profileNote"))
                     ->text()
                     .contains(QStringLiteral("Table 3")));
    }

    void unknownSelectionIsRefused()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QVERIFY(!view.select(Kind::InstanceType, QStringLiteral("no-such-type")));
    }

    void withoutARunOnlyStaticRows()
    {
        ResourceProfileView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        view.clear();
        QVERIFY(view.rows().isEmpty());
    }

    void screenshotsOfADefaultRun()
    {
        Scenario scenario;
        const RunResult result = test::defaultRun(&scenario);
        const QString dir = test::testOutputDir(QStringLiteral("screenshots"));
        // The largest GPU type of the default scenario (like the paper's Table 3 HPC profile).
        QString gpuType;
        int gpus = -1;
        for (const InstanceType& t : scenario.instanceTypes)
            if (t.gpuCount > gpus) {
                gpus = t.gpuCount;
                gpuType = QString::fromStdString(t.name);
            }
        for (const bool dark : {false, true}) {
            ResourceProfileView view;
            view.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
            view.resize(760, 620);
            view.setRun(scenario, result);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QVERIFY(view.select(Kind::InstanceType, gpuType));
            QVERIFY(view.rows().size() > 10);
            const QString suffix =
                dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("profile-type") + suffix)));
            QVERIFY(view.select(Kind::Region, QString::fromStdString(scenario.regions.front().id)));
            QVERIFY(
                view.grab().save(QDir(dir).filePath(QStringLiteral("profile-region") + suffix)));
        }
    }
};

QTEST_MAIN(TestResourceProfileView)
#include "tst_resource_profile_view.moc"
