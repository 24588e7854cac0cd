// The machine-learning module (engine/ml): loaded on first use through the plain MlBackend
// interface, version-checked, and refused with a clear message when missing or foreign.
#include "MapsSupport.h"

#include "core/Version.h"
#include "ml/MlModule.h"

#include <QTest>

using namespace nephos;
using nephos::test::torchMapped;

class TestMlModule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void torchVersionsFrom1xAnd2xAreAccepted_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("usable");
        QTest::newRow("debian 1.13") << QStringLiteral("1.13.0") << true;
        QTest::newRow("1.13.1+cpu") << QStringLiteral("1.13.1+cpu") << true;
        QTest::newRow("2.1.0") << QStringLiteral("2.1.0") << true;
        QTest::newRow("2.4 nightly") << QStringLiteral("2.4.0a0+git1234abc") << true;
        QTest::newRow("major.minor") << QStringLiteral("2.5") << true;
        QTest::newRow("10.0") << QStringLiteral("10.0.0") << true;
        QTest::newRow("0.4") << QStringLiteral("0.4.1") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("major only") << QStringLiteral("2") << false;
        QTest::newRow("2.") << QStringLiteral("2.") << false;
        QTest::newRow("v prefix") << QStringLiteral("v2.1.0") << false;
        QTest::newRow("words") << QStringLiteral("unknown") << false;
    }
    void torchVersionsFrom1xAnd2xAreAccepted()
    {
        QFETCH(QString, version);
        QFETCH(bool, usable);
        QCOMPARE(ml::isUsableTorchVersion(version.toStdString()), usable);
    }

    void missingFileSaysSo()
    {
        std::string error;
        const std::string path = "/nonexistent/nephos/libnephos_ml.so";
        QVERIFY(!ml::loadModule(path, &error));
        QVERIFY2(error.find("cannot load the machine-learning module " + path) != std::string::npos,
                 error.c_str());
    }

    void foreignLibraryIsRefused()
    {
        std::string error;
        QVERIFY(!ml::loadModule("libm.so.6", &error));
        QVERIFY2(error.find("is not a Nephos machine-learning module") != std::string::npos,
                 error.c_str());
    }

    void wrongInterfaceVersionIsRefused()
    {
        std::string error;
        QVERIFY(!ml::loadModule(NEPHOS_FAKE_ML_WRONG_INTERFACE, &error));
        QVERIFY2(error.find("has interface version 999 but this Nephos needs version " +
                            std::to_string(ml::kMlBackendInterfaceVersion)) != std::string::npos,
                 error.c_str());
    }

    void unusableTorchVersionIsRefused()
    {
        std::string error;
        QVERIFY(!ml::loadModule(NEPHOS_FAKE_ML_BAD_TORCH, &error));
        QVERIFY2(error.find("reports LibTorch version '0.3.1'") != std::string::npos,
                 error.c_str());
    }

    void searchStartsNextToTheExecutable()
    {
        const auto candidates = ml::moduleCandidates();
        QVERIFY(candidates.size() >= 2);
        const QString dir = QCoreApplication::applicationDirPath();
        QCOMPARE(QString::fromStdString(candidates[0]),
                 dir + QLatin1Char('/') + QString::fromStdString(ml::moduleFileName()));
    }

    void loadsOnFirstUseAndComputes()
    {
        if (ml::builtTorchVersion().empty())
            QSKIP("this build has no machine-learning module (NEPHOS_BUILD_ML=OFF)");
        QVERIFY(!ml::isLoaded());
        QVERIFY(!libraryVersions().torchLoaded);
        QVERIFY2(!torchMapped(), "LibTorch was mapped before anything asked for it");

        std::string error;
        ml::MlBackend* backend = ml::backend(&error);
        QVERIFY2(backend, error.c_str());
        QVERIFY(ml::isLoaded());
        QVERIFY(libraryVersions().torchLoaded);
        QVERIFY(torchMapped());
        QVERIFY(QString::fromStdString(ml::loadedModulePath())
                    .endsWith(QString::fromStdString(ml::moduleFileName())));
        QCOMPARE(backend->torchVersion(), ml::builtTorchVersion());
        QVERIFY(ml::isUsableTorchVersion(backend->torchVersion()));
        const auto test = backend->selfTest();
        QVERIFY2(test.ok, test.message.c_str());
        QVERIFY(backend->threadCount() >= 1);
        QCOMPARE(ml::backend(), backend); // one process-wide instance
    }
};

QTEST_GUILESS_MAIN(TestMlModule)
#include "tst_module.moc"
