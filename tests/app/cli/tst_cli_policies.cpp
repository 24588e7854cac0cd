// `nephos-cli policies [--verbose]`.
#include "CliTestSupport.h"
#include "policy/PolicyRegistry.h"

#include <QTest>

using nephos::test::runCli;

class TestCliPolicies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsNamesOnePerLine()
    {
        const auto r = runCli({QStringLiteral("policies")});
        QCOMPARE(r.exitCode, 0);
        QStringList expected;
        for (const auto& n : nephos::policyNames())
            expected << QString::fromStdString(n);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);
        for (const char* name :
             {"static", "threshold", "best-fit", "least-loaded", "cheapest", "carbon-aware"})
            QVERIFY2(expected.contains(QString::fromLatin1(name)), name);
    }

    void verboseAddsDescriptions()
    {
        const auto r = runCli({QStringLiteral("policies"), QStringLiteral("--verbose")});
        QCOMPARE(r.exitCode, 0);
        for (const auto& info : nephos::policyInfos()) {
            QVERIFY(r.out.contains(QString::fromStdString(info.name)));
            QVERIFY(r.out.contains(QString::fromStdString(info.description)));
        }
    }

    void badUsage()
    {
        auto r = runCli({QStringLiteral("policies"), QStringLiteral("--long")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown option '--long'")));
        r = runCli({QStringLiteral("policies"), QStringLiteral("extra")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unexpected argument 'extra'")));
    }
};

QTEST_MAIN(TestCliPolicies)
#include "tst_cli_policies.moc"
