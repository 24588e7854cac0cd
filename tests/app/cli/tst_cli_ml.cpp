// LibTorch loads only when learning is used: the executables link no LibTorch library,
// `--version` and `run` work without loading it, `nephos-cli ml` loads the module and computes,
// and a missing module gives a clear message while everything else still works.
#include "CliTestSupport.h"

#include "ml/MlModule.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using nephos::test::CliResult;
using nephos::test::runCli;

namespace {

CliResult runCliWithModule(const QString& modulePath, const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NEPHOS_ML_MODULE"), modulePath);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEPHOS_CLI_PATH), args);
    CliResult r;
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// `ldd FILE` output, or a null string when ldd cannot run.
QString ldd(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("ldd"), {file});
    if (!p.waitForStarted() || !p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliMl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executablesLinkNoTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("nephos-cli") << QStringLiteral(NEPHOS_CLI_PATH);
        QTest::newRow("nephos") << QStringLiteral(NEPHOS_GUI_PATH);
    }
    void executablesLinkNoTorch()
    {
        QFETCH(QString, file);
        const QString libs = ldd(file);
        if (libs.isNull())
            QSKIP("ldd is not available");
        QVERIFY2(libs.contains(QStringLiteral("libQt6Core")), qPrintable(libs));
        for (const char* torch : {"libtorch", "libc10", "nephos_ml", "libopencv", "Qt5"})
            QVERIFY2(!libs.contains(QLatin1String(torch)), torch);
    }

    void versionNamesTorchWithoutLoadingIt()
    {
        const auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QString built = QString::fromStdString(nephos::ml::builtTorchVersion());
        if (built.isEmpty())
            QVERIFY(r.out.contains(QStringLiteral("no machine-learning module")));
        else
            QVERIFY2(r.out.contains(QStringLiteral("LibTorch %1 (machine-learning module, loaded "
                                                   "on first use)")
                                        .arg(built)),
                     qPrintable(r.out));
    }

    void mlLoadsTheModuleAndComputes()
    {
        if (nephos::ml::builtTorchVersion().empty())
            QSKIP("this build has no machine-learning module");
        auto r = runCli({QStringLiteral("ml")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("self-test  passed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("LibTorch   %1")
                                   .arg(QString::fromStdString(nephos::ml::builtTorchVersion()))));

        r = runCli({QStringLiteral("ml"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto o = r.json();
        QCOMPARE(o.value(QStringLiteral("available")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("self_test")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("module"))
                    .toString()
                    .endsWith(QStringLiteral("/lib/nephos/") +
                              QString::fromStdString(nephos::ml::moduleFileName())));
    }

    void missingModuleIsReportedAndEverythingElseWorks()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("libnephos_ml.so"));
        auto r = runCliWithModule(missing, {QStringLiteral("ml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Machine learning is unavailable: "
                                               "NEPHOS_ML_MODULE names %1, which does not exist.")
                                    .arg(missing)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Everything else works without it.")));

        r = runCliWithModule(missing, {QStringLiteral("ml"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("available")).toBool(), false);
        QVERIFY(r.json().value(QStringLiteral("error")).toString().contains(missing));

        r = runCliWithModule(missing,
                             {QStringLiteral("run"), QStringLiteral("--json"),
                              QStringLiteral("--db"), dir.filePath(QStringLiteral("runs.sqlite"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().contains(QStringLiteral("run_id")));

        r = runCliWithModule(missing, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
    }

    void aCopiedExecutableSaysWhereItLooked()
    {
        // nephos-cli copied away from the build tree finds no module next to it or in
        // ../lib/nephos: `ml` names every place it looked, `run` is unaffected.
        if (QFile::exists(QString::fromStdString(nephos::ml::moduleCandidates().back())))
            QSKIP("a module is installed in the system library folder");
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
        const QString cli = dir.filePath(QStringLiteral("bin/nephos-cli"));
        QVERIFY(QFile::copy(QStringLiteral(NEPHOS_CLI_PATH), cli));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NEPHOS_ML_MODULE"));
        p.setProcessEnvironment(env);
        p.start(cli, {QStringLiteral("ml")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Machine learning is unavailable: the module "
                                             "libnephos_ml.so was not found (looked in %1, ")
                                  .arg(dir.filePath(QStringLiteral("bin/libnephos_ml.so")))),
                 qPrintable(err));
        QVERIFY(err.contains(dir.filePath(QStringLiteral("lib/nephos/libnephos_ml.so"))));
    }

    void badUsage()
    {
        const auto r = runCli({QStringLiteral("ml"), QStringLiteral("extra")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unexpected argument 'extra'")));
    }
};

QTEST_MAIN(TestCliMl)
#include "tst_cli_ml.moc"
