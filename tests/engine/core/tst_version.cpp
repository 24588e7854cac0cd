#include "core/Version.h"
#include "ml/MlModule.h"

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
        // LibTorch 1.x and 2.x alike; empty only in a build without the ML module.
        if (!v.torch.empty())
            QVERIFY2(nephos::ml::isUsableTorchVersion(v.torch), v.torch.c_str());
        // Asking for versions never loads the module (tests/engine/ml/tst_module.cpp loads it).
        QVERIFY(!v.torchLoaded);
        QVERIFY(QString::fromStdString(nephos::torchVersionLine(v))
                    .startsWith(QStringLiteral("LibTorch")));
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
