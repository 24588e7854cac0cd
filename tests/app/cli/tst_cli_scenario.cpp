// `nephos-cli scenario --default [--scale K]`.
#include "CliTestSupport.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include <QTest>

using namespace nephos;
using nephos::test::runCli;

class TestCliScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void printsTheDefaultScenario()
    {
        const auto r = runCli({QStringLiteral("scenario"), QStringLiteral("--default")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        Scenario s;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::fromJson(r.out.toUtf8(), s, problems));
        QCOMPARE(s.totalVms(), 500);
        QCOMPARE(r.out.toUtf8(), ScenarioJson::toJson(defaultScenario()));
    }

    void scales()
    {
        const auto r = runCli({QStringLiteral("scenario"), QStringLiteral("--default"),
                               QStringLiteral("--scale"), QStringLiteral("10")});
        QCOMPARE(r.exitCode, 0);
        Scenario s;
        ScenarioProblems problems;
        QVERIFY(ScenarioJson::fromJson(r.out.toUtf8(), s, problems));
        QCOMPARE(s.totalVms(), 5000);
        QCOMPARE(s.workloads[2].arrival.ratePerHour,
                 defaultScenario().workloads[2].arrival.ratePerHour * 10);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --default") << QStringList{} << QStringLiteral("use --default");
        QTest::newRow("non-numeric scale")
            << QStringList{QStringLiteral("--default"), QStringLiteral("--scale"),
                           QStringLiteral("x")}
            << QStringLiteral("--scale: expected a number");
        QTest::newRow("zero scale")
            << QStringList{QStringLiteral("--default"), QStringLiteral("--scale=0")}
            << QStringLiteral("--scale: expected a number in (0, 1000], got '0'");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--default"), QStringLiteral("--scale")}
            << QStringLiteral("option '--scale' needs a value");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--default"), QStringLiteral("--big")}
            << QStringLiteral("unknown option '--big'");
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = runCli(QStringList{QStringLiteral("scenario")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
