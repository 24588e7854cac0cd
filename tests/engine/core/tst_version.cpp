#include "core/Version.h"
#include "ml/TorchRuntime.h"

#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void engineVersionMatchesProject()
    {
        QCOMPARE(QString::fromStdString(nephos::engineVersion()),
                 QStringLiteral(NEPHOS_TEST_VERSION));
    }
    void libraryVersionsAreReported()
    {
        const auto v = nephos::libraryVersions();
        QVERIFY(QString::fromStdString(v.qt).startsWith(QStringLiteral("6.")));
        QVERIFY(QString::fromStdString(v.sqlite).startsWith(QStringLiteral("3.")));
        QVERIFY(QString::fromStdString(v.torch).startsWith(QStringLiteral("1.")));
    }
    void torchComputes() { QVERIFY(nephos::torchSelfTest()); }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
