#include "data/WorldOutline.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "map/WorldOutlineRings.h"
#include "theme/Theme.h"

#include "../dashboard/SampleRun.h"
#include "TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHelpEvent>
#include <QLineF>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace nephos;
using namespace nephos::widgets;

namespace {

const QString kUse1 = QStringLiteral("aws:us-east-1");
const QString kEuw1 = QStringLiteral("gcp:europe-west1");

/// Pixel colour of the canvas at a region's centre.
QColor pixelAt(MapView& view, const QString& region)
{
    const QImage img = view.canvas()->grab().toImage();
    const int r = view.canvas()->regionIndex(region);
    const QPoint p = view.canvas()->regionPosition(r).toPoint();
    return img.pixelColor(p);
}

bool close(const QColor& a, const QColor& b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 &&
           qAbs(a.blue() - b.blue()) <= 2;
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue 9: the map's arc total and the dashboard's inter-provider figure differed without
    // saying why. The legend splits the arcs into between providers and within one provider.
    void arcLegendSaysWhichTransfersTheDashboardCounts()
    {
        MapView view;
        view.resize(1000, 600);
        RunResult run = test::sampleRun();
        run.transfers.push_back({"aws:us-east-1", "aws:ap-southeast-1", 1.25, 10.0, 5});
        view.setRun(test::sampleScenario(), run);
        MapCanvas* canvas = view.canvas();
        QCOMPARE(canvas->arcTotalTb(false), 3.75);
        QCOMPARE(canvas->arcTotalTb(true), 2.5);
        const QString legend = canvas->arcSummary();
        QVERIFY2(legend.contains(QLatin1String("3.75 TB moved between regions")),
                 qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("2.50 TB between providers")), qPrintable(legend));
        QVERIFY2(legend.contains(QLatin1String("1.25 TB between regions of one provider")),
                 qPrintable(legend));
    }

    void regionsAreProjectedByLongitudeAndLatitude()
    {
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());
        const QPointF us = view.regionPosition(kUse1);
        const QPointF eu = view.regionPosition(kEuw1);
        const QPointF sg = view.regionPosition(QStringLiteral("aws:ap-southeast-1"));
        QVERIFY(us.x() < eu.x() && eu.x() < sg.x()); // west to east
        QVERIFY(eu.y() < us.y() && us.y() < sg.y()); // north to south
        QCOMPARE(view.regionPosition(QStringLiteral("nowhere")), QPointF(-1, -1));
        // Hover hit-testing finds a region at its centre and nothing far away.
        MapCanvas* c = view.canvas();
        QCOMPARE(c->regionAt(c->regionPosition(1) + QPointF(3, -2)), 1);
        QCOMPARE(c->regionAt(QPointF(2, 2)), -1);
        QVERIFY(c->findChild<QAction*>(QStringLiteral("exportMap")));
    }

    void colourAtARegionFollowsTheMetric()
    {
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());

        view.setMetric(MapMetric::Utilisation); // us-east-1 90 %, europe-west1 20 %
        const QColor hotUtil = view.regionColor(kUse1);
        const QColor coldUtil = view.regionColor(kEuw1);
        QVERIFY(hotUtil.red() > coldUtil.red() && hotUtil.blue() < coldUtil.blue());
        QVERIFY(close(pixelAt(view, kUse1), hotUtil));
        QVERIFY(close(pixelAt(view, kEuw1), coldUtil));

        view.setMetric(MapMetric::CarbonIntensity); // 0.38 vs 0.17 (lowest → coldest end)
        QVERIFY(view.regionColor(kUse1) != hotUtil);
        QVERIFY(close(pixelAt(view, kUse1), view.regionColor(kUse1)));
        QVERIFY(close(pixelAt(view, kEuw1), view.regionColor(kEuw1)));
        QVERIFY(view.regionColor(kEuw1).blue() > view.regionColor(kUse1).blue());

        view.setMetric(MapMetric::Cost); // 250 vs 750 $: Singapore hottest
        QVERIFY(view.regionColor(QStringLiteral("aws:ap-southeast-1")).red() >
                view.regionColor(kUse1).red() - 1);
    }

    void tooltipListsTheRegionsNumbers()
    {
        MapView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        const QString all = view.regionToolTip(kUse1);
        QVERIFY(all.contains(QStringLiteral("US East (N. Virginia)")));
        QVERIFY(all.contains(kUse1));
        QVERIFY(all.contains(QLocale().toString(90.0, 'f', 1))); // CPU utilisation
        QVERIFY(all.contains(QStringLiteral("$") + QLocale().toString(250.0, 'f', 2)));
        QVERIFY(all.contains(QLocale().toString(0.38, 'f', 3))); // carbon intensity
        QVERIFY(all.contains(QLocale().toString(1.5, 'f', 2)));  // average queue
        QVERIFY(all.contains(QLocale().toString(80.0, 'f', 1) + QStringLiteral(" kWh")));

        view.setTimeIndex(40); // queue of us-east-1 at sample 40 is 10
        const QString at = view.regionToolTip(kUse1);
        QVERIFY(at.contains(QStringLiteral("Queue: 10 jobs")));
        QVERIFY(at.contains(QLocale().toString(40.0 / 12.0, 'f', 1) + QStringLiteral(" h")));
        QVERIFY(view.regionToolTip(QStringLiteral("nowhere")).isEmpty());
    }

    void coLocatedRegionsAreSpreadApart()
    {
        Scenario sc = test::sampleScenario();
        sc.regions[2].latitude = sc.regions[0].latitude; // Singapore moved onto Virginia
        sc.regions[2].longitude = sc.regions[0].longitude;
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(sc, test::sampleRun());
        MapCanvas* c = view.canvas();
        const QPointF a = c->regionPosition(0);
        const QPointF b = c->regionPosition(2);
        QVERIFY(QLineF(a, b).length() >= 12.0);
        QCOMPARE(c->regionAt(a), 0);
        QCOMPARE(c->regionAt(b), 2);
        // Each circle shows its own colour (Virginia 90 %, the moved one 50 %).
        const QImage img = c->grab().toImage();
        QVERIFY(close(img.pixelColor(a.toPoint()), c->regionColor(0)));
        QVERIFY(close(img.pixelColor(b.toPoint()), c->regionColor(2)));
        QVERIFY(c->regionColor(0) != c->regionColor(2));
    }

    void hoverShowsTheTooltip()
    {
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());
        MapCanvas* c = view.canvas();
        const QPoint pos = c->regionPosition(c->regionIndex(kEuw1)).toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, c->mapToGlobal(pos));
        QApplication::sendEvent(c, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), view.regionToolTip(kEuw1));
        QHelpEvent away(QEvent::ToolTip, QPoint(3, 3), c->mapToGlobal(QPoint(3, 3)));
        QApplication::sendEvent(c, &away);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void wheelZoomsAroundTheCursorAndResetRestores()
    {
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());
        MapCanvas* c = view.canvas();
        const QPointF eu = c->regionPosition(1);
        const QPointF us = c->regionPosition(0);
        QWheelEvent wheel(eu, c->mapToGlobal(eu), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(c, &wheel);
        // The point under the cursor stays; others move away from it.
        QVERIFY(qAbs(c->regionPosition(1).x() - eu.x()) < 0.5);
        QVERIFY(qAbs(c->regionPosition(1).y() - eu.y()) < 0.5);
        QVERIFY(c->regionPosition(0).x() < us.x() - 10);
        c->resetView();
        QVERIFY(qAbs(c->regionPosition(0).x() - us.x()) < 1e-9);
    }

    void timeSliderChangesColours()
    {
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());
        view.setMetric(MapMetric::Queue);
        auto* slider = view.findChild<QSlider*>(QStringLiteral("mapTime"));
        QVERIFY(slider);
        QCOMPARE(slider->minimum(), -1);
        QCOMPARE(slider->maximum(), int(test::kSamples) - 1);
        QSignalSpy spy(&view, &MapView::timeIndexChanged);
        slider->setValue(5);
        QCOMPARE(view.timeIndex(), 5);
        QCOMPARE(spy.count(), 1);
        const QColor early = view.regionColor(kUse1);
        QVERIFY(close(pixelAt(view, kUse1), early));
        slider->setValue(110); // the queue has grown from 1.25 to 27.5
        const QColor late = view.regionColor(kUse1);
        QVERIFY(early != late);
        QVERIFY(late.red() > early.red());
        QVERIFY(close(pixelAt(view, kUse1), late));
        // A region with a flat queue keeps its colour.
        slider->setValue(5);
        const QColor flat = view.regionColor(kEuw1);
        slider->setValue(110);
        QCOMPARE(view.regionColor(kEuw1), flat);
        view.setTimeIndex(-1);
        QCOMPARE(slider->value(), -1);
    }

    void metricComboDrivesTheView()
    {
        MapView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        auto* box = view.findChild<QComboBox*>(QStringLiteral("mapMetric"));
        QVERIFY(box);
        QSignalSpy spy(&view, &MapView::metricChanged);
        box->setCurrentIndex(box->findData(int(MapMetric::CarbonIntensity)));
        QCOMPARE(view.metric(), MapMetric::CarbonIntensity);
        QCOMPARE(spy.count(), 1);
    }

    void outlineComesFromTheEngineAndCanBeReplaced()
    {
        const WorldOutline world = defaultWorldOutline();
        QVERIFY(!world.countries.empty());
        std::size_t rings = 0;
        for (const CountryOutline& c : world.countries)
            rings += c.rings.size();
        QCOMPARE(std::size_t(worldOutlineRings().size()), rings);

        // A one-square "continent" around us-east-1 turns the ocean there into land.
        MapView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRun(test::sampleScenario(), test::sampleRun());
        WorldOutline square;
        square.countries.push_back(
            {"Square", "SQR", {{{-100, 20}, {-60, 20}, {-60, 55}, {-100, 55}}}});
        const QPoint probe = (view.canvas()->regionPosition(0) + QPointF(-20, 0)).toPoint();
        const QColor before = view.canvas()->grab().toImage().pixelColor(probe);
        view.setOutline(WorldOutline());
        const QColor ocean = view.canvas()->grab().toImage().pixelColor(probe);
        view.setOutline(square);
        const QColor land = view.canvas()->grab().toImage().pixelColor(probe);
        QVERIFY(ocean != land);
        QCOMPARE(before, land); // the real outline has land in Virginia too
    }

    void screenshotsOfADefaultRun()
    {
        Scenario scenario;
        const RunResult result = test::defaultRun(&scenario);
        const QString dir = test::testOutputDir(QStringLiteral("screenshots"));
        for (const bool dark : {false, true}) {
            MapView view;
            view.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
            view.resize(1400, 780);
            view.setRun(scenario, result);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const QString suffix =
                dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
            QImage shot = view.grab().toImage();
            QVERIFY(test::hasContent(shot));
            QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("map-utilisation") + suffix)));
            view.setMetric(MapMetric::CarbonIntensity);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("map-carbon") + suffix)));
            view.setMetric(MapMetric::Queue);
            view.setTimeIndex(int(result.series.sampleCount() / 2));
            QVERIFY(
                view.grab().save(QDir(dir).filePath(QStringLiteral("map-queue-midrun") + suffix)));
        }
    }
};

QTEST_MAIN(TestMapView)
#include "tst_map_view.moc"
