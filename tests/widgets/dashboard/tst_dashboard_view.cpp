#include "dashboard/ClassKpiTable.h"
#include "dashboard/DashboardView.h"
#include "dashboard/KpiCard.h"
#include "dashboard/KpiSpecs.h"
#include "dashboard/PaperClaims.h"
#include "dashboard/TimeSeriesChart.h"
#include "theme/Theme.h"

#include "SampleRun.h"
#include "TestPaths.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

using namespace nephos;
using namespace nephos::widgets;

namespace {

QList<QLineSeries*> lines(QChartView* v)
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : v->chart()->series())
        if (s->type() == QAbstractSeries::SeriesTypeLine)
            out << static_cast<QLineSeries*>(s);
    return out;
}

} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsHaveStableNames()
    {
        DashboardView view;
        QStringList names;
        for (QChartView* v : view.chartViews())
            names << v->objectName();
        QCOMPARE(names, QStringList({"utilisation", "queue", "running", "cost_rate",
                                     "cumulative_cost", "power", "carbon"}));
        for (QChartView* v : view.chartViews()) {
            QCOMPARE(lines(v).size(), 0);
            QVERIFY(v->findChild<QAction*>(QStringLiteral("exportChart"))); // context menu
        }
    }

    void setRunFillsOneLinePerProviderPlusTotal()
    {
        DashboardView view;
        QSignalSpy spy(&view, &DashboardView::runShown);
        view.setRun(test::sampleScenario(), test::sampleRun());
        QCOMPARE(spy.count(), 1);
        for (QChartView* v : view.chartViews()) {
            const auto ls = lines(v);
            QCOMPARE(ls.size(), 3); // aws, gcp, total
            for (QLineSeries* l : ls)
                QCOMPARE(l->count(), int(test::kSamples));
            QCOMPARE(ls[0]->name(), QStringLiteral("AWS"));
            QCOMPARE(ls[2]->name(), QStringLiteral("Total"));
            // Axis titles carry units.
            const auto axes = v->chart()->axes();
            QCOMPARE(axes.size(), 2);
            for (QAbstractAxis* a : axes)
                QVERIFY2(a->titleText().contains(QLatin1Char('(')), qPrintable(a->titleText()));
        }
        // Values come from the series: cost rate of gcp (entity 1) at sample 10 = 5 + 1 + 0.1.
        const auto cost = lines(view.chartViews()[3]);
        QVERIFY(qAbs(cost[1]->at(10).y() - 6.1) < 1e-5);
        // Short runs use hours on the time axis.
        QVERIFY(qAbs(cost[1]->at(12).x() - 1.0) < 1e-9);
    }

    void clearEmptiesCharts()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        view.clear();
        for (QChartView* v : view.chartViews())
            QCOMPARE(lines(v).size(), 0);
        QCOMPARE(view.anomalyMarkerCount(), 0);
        QVERIFY(view.suggestionTexts().isEmpty());
    }

    void utilisationResourceIsSelectable()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QVERIFY(qAbs(lines(view.chartViews()[0])[1]->at(0).y() - 65.0) < 1e-5); // gcp CPU
        view.setUtilisationResource(1);
        QCOMPARE(view.utilisationResource(), 1);
        QVERIFY(view.chartViews()[0]->chart()->title().contains(QStringLiteral("Memory")));
        QVERIFY(qAbs(lines(view.chartViews()[0])[1]->at(0).y() - 40.0) < 1e-5);
    }

    void anomalyMarkerAtTheInjectedSpike()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QCOMPARE(view.anomalyMarkerCount(), 1);
        QScatterSeries* marks = nullptr;
        for (QAbstractSeries* s : view.chartViews()[0]->chart()->series())
            if (auto* sc = qobject_cast<QScatterSeries*>(s))
                marks = sc;
        QVERIFY(marks);
        QCOMPARE(marks->at(0).y(), 99.0);
        QVERIFY(qAbs(marks->at(0).x() - double(test::kSpikeSample) / 12.0) < 1e-9);
        view.setUtilisationResource(1); // memory has no anomaly
        QCOMPARE(view.anomalyMarkerCount(), 0);
    }

    void kpiCardsShowOursAndThePapersLabelledClaim()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        const QHash<QString, PaperClaim> claims = PaperClaims::kpiClaims();
        QVERIFY(claims.contains(QStringLiteral("utilisation_cpu_pct")));
        const QStringList cards = view.kpiCardTexts();
        QString cpu;
        for (const QString& c : cards)
            if (c.startsWith(QStringLiteral("CPU utilisation|")))
                cpu = c;
        const QStringList parts = cpu.split(QLatin1Char('|'));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts[1], QLocale().toString(61.25, 'f', 1) + QStringLiteral(" %"));
        QVERIFY(parts[2].startsWith(QStringLiteral("paper: ")));
        QVERIFY(parts[2].contains(
            QLocale().toString(claims.value(QStringLiteral("utilisation_cpu_pct")).value, 'g', 4)));
        // A KPI the paper does not report has no paper line.
        bool found = false;
        for (const QString& c : cards)
            if (c.startsWith(QStringLiteral("Jobs completed|"))) {
                found = true;
                QCOMPARE(c.split(QLatin1Char('|'))[1], QStringLiteral("36 of 40"));
                QVERIFY(c.endsWith(QLatin1Char('|')));
            }
        QVERIFY(found);
        // The transfer card names what it counts (the map's arcs also count same-provider moves).
        QCOMPARE(cards.filter(QStringLiteral("Data moved between providers|")).size(), 1);
    }

    void showRunPreparesOffTheUiThreadAndMatchesSetRun()
    {
        DashboardView sync;
        sync.setRun(test::sampleScenario(), test::sampleRun());
        DashboardView view;
        QSignalSpy shown(&view, &DashboardView::runShown);
        auto scenario = std::make_shared<const Scenario>(test::sampleScenario());
        auto result = std::make_shared<const RunResult>(test::sampleRun());
        view.showRun(scenario, result);
        QVERIFY(view.isUpdating()); // returns before anything is prepared or applied
        QCOMPARE(shown.count(), 0);
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.count(), 1);
        QVERIFY(!view.isUpdating());
        QCOMPARE(view.kpiCardTexts(), sync.kpiCardTexts());
        QCOMPARE(view.suggestionTexts(), sync.suggestionTexts());
        for (int i = 0; i < view.chartViews().size(); ++i) {
            const QList<QLineSeries*> a = lines(view.chartViews()[i]);
            const QList<QLineSeries*> b = lines(sync.chartViews()[i]);
            QCOMPARE(a.size(), b.size());
            for (int j = 0; j < a.size(); ++j)
                QCOMPARE(a[j]->points(), b[j]->points());
        }
    }

    void newerShowRunOrClearDropsAPendingOne()
    {
        DashboardView view;
        QSignalSpy shown(&view, &DashboardView::runShown);
        auto scenario = std::make_shared<const Scenario>(test::sampleScenario());
        RunResult other = test::sampleRun();
        other.kpis.jobsCompleted = 7;
        view.showRun(scenario, std::make_shared<const RunResult>(test::sampleRun()));
        view.showRun(scenario, std::make_shared<const RunResult>(other));
        QVERIFY(shown.wait(10000));
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1); // only the newer run is applied
        QVERIFY(view.kpiCardTexts().filter(QStringLiteral("Jobs completed|7 of")).size() == 1);

        view.showRun(scenario, std::make_shared<const RunResult>(test::sampleRun()));
        view.clear();
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
        QVERIFY(!view.isUpdating());
        QVERIFY(view.kpiCardTexts().filter(QStringLiteral("Jobs completed|7 of")).isEmpty());
    }

    void displayUnitsReformatEnergyAndCost()
    {
        DashboardView view;
        DisplayUnits units;
        units.energy = EnergyUnit::KWh;
        units.cost = CostScale::Plain;
        view.setDisplayUnits(units);
        RunResult run = test::sampleRun();
        run.kpis.totalCostUsd = 123456.0;
        run.kpis.energyKwh = 2500.0;
        view.setRun(test::sampleScenario(), run);
        auto card = [&view](const QString& title) {
            for (const QString& c : view.kpiCardTexts())
                if (c.startsWith(title + QLatin1Char('|')))
                    return c.split(QLatin1Char('|'))[1];
            return QString();
        };
        QCOMPARE(card(QStringLiteral("Facility energy")),
                 QLocale().toString(2500.0, 'f', 0) + QStringLiteral(" kWh"));
        QCOMPARE(card(QStringLiteral("Total cost")),
                 QStringLiteral("$") + QLocale().toString(123456.0, 'f', 0));

        QSignalSpy shown(&view, &DashboardView::runShown);
        units.energy = EnergyUnit::MWh;
        units.cost = CostScale::Automatic;
        view.setDisplayUnits(units); // re-prepares the shown run
        QVERIFY(shown.wait(10000));
        QCOMPARE(card(QStringLiteral("Facility energy")),
                 QLocale().toString(2.5, 'f', 1) + QStringLiteral(" MWh"));
        QCOMPARE(card(QStringLiteral("Total cost")),
                 QStringLiteral("$") + QLocale().toString(123.5, 'f', 1) + QStringLiteral(" k"));
        QVERIFY(view.displayUnits() == units);
    }

    void suggestionsComeFromTheRun()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        const QStringList s = view.suggestionTexts();
        QVERIFY(!s.isEmpty());
        bool idle = false;
        for (const QString& t : s)
            idle = idle ||
                   (t.startsWith(QStringLiteral("Idle")) && t.contains(QStringLiteral("m5.large")));
        QVERIFY2(idle, qPrintable(s.join(QLatin1Char('\n'))));
    }

    void themeFollowsPaletteLightness()
    {
        DashboardView view;
        view.setPalette(Theme::darkPalette());
        view.setRun(test::sampleScenario(), test::sampleRun());
        QCOMPARE(view.chartViews()[0]->chart()->theme(), QChart::ChartThemeDark);
        view.setPalette(Theme::lightPalette());
        QCOMPARE(view.chartViews()[0]->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(view.chartViews()[0]->chart()->backgroundBrush().color(),
                 Theme::lightPalette().color(QPalette::Base));
    }

    void kpiCardsReflowWithTheWidth()
    {
        DashboardView view;
        view.resize(1600, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.kpiCardColumns(), 5); // at most 5
        view.resize(600, 900);
        QCOMPARE(view.kpiCardColumns(), 2);
        view.resize(900, 900);
        QCOMPARE(view.kpiCardColumns(), 3);
    }

    void classTableShowsEachClassInTheCardsTerms()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        QVERIFY(view.classKpiRows().isEmpty()); // no class KPIs in this run: no table
        QVERIFY(view.findChild<QGroupBox*>(QStringLiteral("classKpiBox"))->isHidden());

        RunResult run = test::sampleRun();
        run.classNames = {"training", "inference"};
        run.classKpis.resize(2);
        run.classKpis[0].jobsCompleted = 3;
        run.classKpis[0].jobsTotal = 4;
        run.classKpis[0].jctMeanH = 2.5;
        run.classKpis[0].jctP95H = 7.25;
        run.classKpis[0].slaViolationPct = 25.0;
        run.classKpis[0].queueWaitMeanH = 0.5;
        run.classKpis[0].totalCostUsd = 1234.5;
        run.classKpis[0].energyKwh = 2500.0;
        run.classKpis[0].carbonKgCo2e = 1500.0;
        run.classKpis[0].usefulPflop = 42.0;
        run.classKpis[1].jobsTotal = 5;
        run.classKpis[1].totalCostUsd = 25000.0;
        view.setRun(test::sampleScenario(), run);
        QVERIFY(!view.findChild<QGroupBox*>(QStringLiteral("classKpiBox"))->isHidden());
        const QStringList rows = view.classKpiRows();
        QCOMPARE(rows.size(), 2);
        const QStringList training = rows[0].split(QLatin1Char('|'));
        const QLocale l;
        QCOMPARE(training, QStringList({QStringLiteral("training"), QStringLiteral("3 of 4"),
                                        l.toString(2.5, 'f', 2) + QStringLiteral(" h"),
                                        l.toString(7.25, 'f', 2) + QStringLiteral(" h"),
                                        l.toString(25.0, 'f', 2) + QStringLiteral(" %"),
                                        l.toString(0.5, 'f', 3) +
                                            QStringLiteral(" h"), // 3 significant digits
                                        QStringLiteral("$") + l.toString(1234.5, 'f', 0),
                                        l.toString(2.5, 'f', 1) + QStringLiteral(" MWh"),
                                        l.toString(1.5, 'f', 1) + QStringLiteral(" t CO2e"),
                                        l.toString(42.0, 'f', 1) + QStringLiteral(" PFLOP")}));
        // One money format: large class costs are scaled like the cards'.
        QCOMPARE(rows[1].split(QLatin1Char('|'))[6],
                 QStringLiteral("$") + l.toString(25.0, 'f', 1) + QStringLiteral(" k"));
        // Titles are the cards' titles; cost, energy and carbon say they are the class's share.
        ClassKpiTable* table = view.classKpiTable();
        const QStringList titles = table->columnTitles();
        QCOMPARE(titles[1], QStringLiteral("Jobs completed"));
        QCOMPARE(titles[2], QStringLiteral("Job completion (mean)"));
        QCOMPARE(titles[6], QStringLiteral("Cost (class share)"));
        for (int c : {6, 7, 8})
            QVERIFY(table->horizontalHeaderItem(c)->toolTip().contains(
                QStringLiteral("share of the VMs it used")));
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(!table->horizontalHeaderItem(c)->toolTip().isEmpty());
        // Units follow View > Units.
        DisplayUnits kwh;
        kwh.energy = EnergyUnit::KWh;
        view.setDisplayUnits(kwh);
        QSignalSpy shown(&view, &DashboardView::runShown);
        QVERIFY(shown.wait(10000));
        QCOMPARE(view.classKpiRows()[0].split(QLatin1Char('|'))[7],
                 l.toString(2500.0, 'f', 0) + QStringLiteral(" kWh"));
        view.clear();
        QVERIFY(view.classKpiRows().isEmpty());
    }

    void everyKpiKeyHasAPlainEnglishTitleAndTooltip()
    {
        const Kpis k;
        for (const auto& [key, value] : k.keyValues()) {
            const KpiSpec* spec = KpiSpecs::find(QString::fromStdString(key));
            QVERIFY2(spec, key.c_str());
            const QString title = KpiSpecs::title(*spec);
            QVERIFY2(!title.contains(QLatin1Char('_')), qPrintable(title));
            QVERIFY2(!KpiSpecs::toolTip(*spec).isEmpty(), key.c_str());
        }
        // The new KPIs have cards, with tooltips that say what they measure.
        DashboardView view;
        QStringList keys;
        for (KpiCard* card : view.findChildren<KpiCard*>()) {
            keys << card->property("kpiKey").toString();
            QVERIFY(!card->toolTip().isEmpty());
        }
        for (const char* key : {"queue_episode_mean_min", "storage_cost_usd", "responsiveness_min"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        const KpiSpec* resp = KpiSpecs::find(QStringLiteral("responsiveness_min"));
        QVERIFY(KpiSpecs::toolTip(*resp).contains(QStringLiteral("burst")));
    }

    void anomaliesNameTheMetricAndPlaceInPlainWords()
    {
        DashboardView view;
        view.setRun(test::sampleScenario(), test::sampleRun());
        const QStringList texts = view.anomalyTexts();
        QVERIFY(!texts.isEmpty());
        for (const QString& t : texts) {
            QVERIFY2(!t.contains(QLatin1Char('_')), qPrintable(t));
            QVERIFY2(!t.contains(QStringLiteral("aws:")), qPrintable(t));
        }
    }

    void bucketAveragingLimitsPoints()
    {
        std::vector<double> t(5000);
        std::vector<float> v(5000);
        for (int i = 0; i < 5000; ++i) {
            t[std::size_t(i)] = i;
            v[std::size_t(i)] = float(i % 2);
        }
        const auto pts = TimeSeriesChart::points(t, v, 1.0, 1500);
        QVERIFY(pts.size() <= 1500);
        QCOMPARE(pts.size(), std::size_t(1250)); // buckets of 4 samples
        QCOMPARE(pts[0].y(), 0.5);
        QCOMPARE(pts[0].x(), 1.5);
    }

    void screenshotsOfADefaultRun()
    {
        Scenario scenario;
        const RunResult result = test::defaultRun(&scenario);
        QVERIFY(result.series.sampleCount() > 10);
        const QString dir = test::testOutputDir(QStringLiteral("screenshots"));
        for (const bool dark : {false, true}) {
            DashboardView view;
            view.setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
            view.resize(1600, 1850);
            QElapsedTimer timer;
            timer.start();
            view.setRun(scenario, result);
            qInfo("dashboard setRun of the default run: %lld ms", qlonglong(timer.elapsed()));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            for (QChartView* v : view.chartViews())
                QVERIFY(lines(v).size() >= 2);
            const QImage shot = view.grab().toImage();
            QVERIFY(test::hasContent(shot));
            const QString path = QDir(dir).filePath(dark ? QStringLiteral("dashboard-dark.png")
                                                         : QStringLiteral("dashboard-light.png"));
            QVERIFY(shot.save(path));
            // Full-resolution crops of the cards and first charts, and of the lists, for reading.
            QVERIFY(shot.copy(0, 0, 1600, 900)
                        .save(QString(path).replace(QStringLiteral(".png"),
                                                    QStringLiteral("-top.png"))));
            QVERIFY(shot.copy(0, 1050, 1600, 800)
                        .save(QString(path).replace(QStringLiteral(".png"),
                                                    QStringLiteral("-bottom.png"))));
        }
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboard_view.moc"
