#include "dashboard/TimeSeriesChart.h"

#include "../app/UiThreadWatchdog.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QTest>
#include <QValueAxis>

using namespace nephos::widgets;

namespace {

/// A chart of one line over 0–xMax, as a run of that length would be prepared.
PreparedChart chartOver(double xMax, const QString& xTitle)
{
    PreparedChart c;
    c.title = QStringLiteral("Queue length");
    c.xTitle = xTitle;
    c.yTitle = QStringLiteral("Jobs (count)");
    c.xMax = xMax;
    c.yMax = 4.0;
    PreparedLine line;
    line.name = QStringLiteral("Total");
    line.total = true;
    line.points = {QPointF(0.0, 1.0), QPointF(xMax / 2.0, 4.0), QPointF(xMax, 2.0)};
    c.lines.push_back(line);
    return c;
}

QValueAxis* timeAxis(QChart* chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.front());
}

int tickCount(const QValueAxis* axis)
{
    return int((axis->max() - axis->min()) / axis->tickInterval() + 0.5);
}

} // namespace

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The freeze of issue 9: a stepped run (0.000001–0.02 h) drawn first, then a 30-day run in the
    // same chart. Setting the new range with the stepped run's tick interval still in force laid
    // out hundreds of millions of ticks and never returned.
    void timeAxisJumpsFromAFewSecondsToAMonthAtOnce()
    {
        UiThreadWatchdog watchdog(15000, "TimeSeriesChart::apply after a stepped run");
        QChartView view;
        view.resize(640, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart* chart = view.chart();
        const QPalette palette = QApplication::palette();
        for (double tiny : {1e-6, 0.02}) {
            TimeSeriesChart::apply(chart, chartOver(tiny, QStringLiteral("Time (h)")), palette);
            QTest::qWait(20);
            QValueAxis* axis = timeAxis(chart);
            QVERIFY(axis);
            QVERIFY2(tickCount(axis) <= 12, qPrintable(QString::number(tickCount(axis))));
            QElapsedTimer clock;
            clock.start();
            TimeSeriesChart::apply(chart, chartOver(30.0, QStringLiteral("Time (days)")), palette);
            QTest::qWait(20); // lay out and paint the new axis
            QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(axis, timeAxis(chart)); // same shape: the axis was reused
            QCOMPARE(axis->max(), 30.0);
            QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
            QCOMPARE(axis->tickInterval(), 5.0);
            QCOMPARE(axis->labelFormat(), QStringLiteral("%.0f"));
        }
    }

    void barelyStartedRunsGetAReadableAxis()
    {
        QChart chart;
        TimeSeriesChart::apply(&chart, chartOver(1e-9, QStringLiteral("Time (h)")),
                               QApplication::palette());
        QValueAxis* axis = timeAxis(&chart);
        QVERIFY(axis);
        QCOMPARE(axis->max(), TimeSeriesChart::kMinTimeSpan);
        QCOMPARE(axis->tickInterval(), 0.002);
        QCOMPARE(axis->labelFormat(), QStringLiteral("%.3f"));
    }

    void shrinkingAndGrowingKeepTheTickCountBounded()
    {
        QChartView view;
        view.resize(640, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (double xMax : {720.0, 0.05, 3.0, 0.01, 90.0, 1.5}) {
            TimeSeriesChart::apply(view.chart(), chartOver(xMax, QStringLiteral("Time (h)")),
                                   QApplication::palette());
            QTest::qWait(5);
            const QValueAxis* axis = timeAxis(view.chart());
            QVERIFY(tickCount(axis) >= 3);
            QVERIFY2(tickCount(axis) <= 12, qPrintable(QString::number(tickCount(axis))));
        }
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_time_series_chart.moc"
