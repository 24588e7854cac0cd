#include "TestPaths.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// `nephos --screenshot FILE [--view NAME] [--theme T] [SCENARIO]` end to end.
class TestScreenshot : public QObject
{
    Q_OBJECT
private:
    struct Outcome
    {
        int exitCode = -1;
        QString stderrText;
        QString stdoutText;
    };

    Outcome runGui(const QStringList& args, bool withoutDisplay = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withoutDisplay) {
            for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                env.remove(QLatin1String(name));
        }
        // keep the user's settings and run store out of it
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NEPHOS_GUI_PATH), args);
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        Outcome o;
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        o.stderrText = QString::fromLocal8Bit(p.readAllStandardError());
        o.stdoutText = QString::fromLocal8Bit(p.readAllStandardOutput());
        return o;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesAPngOfTheWholeWindow_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("theme");
        QTest::newRow("dashboard light") << "dashboard"
                                         << "light";
        QTest::newRow("map dark") << "map"
                                  << "dark";
        QTest::newRow("explorer dark") << "explorer"
                                       << "dark";
    }

    void writesAPngOfTheWholeWindow()
    {
        QFETCH(QString, view);
        QFETCH(QString, theme);
        const QString file = nephos::test::testOutputDir(QStringLiteral("screenshots")) +
                             QStringLiteral("/cli_%1_%2.png").arg(view, theme);
        QFile::remove(file);
        const Outcome o = runGui({QStringLiteral("--screenshot"), file, QStringLiteral("--view"),
                                  view, QStringLiteral("--theme"), theme});
        QVERIFY2(o.exitCode == 0, qPrintable(o.stderrText));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() >= 800 && image.height() >= 600);
        const bool dark = qGray(image.pixel(image.width() / 2, 3)) < 128;
        QCOMPARE(dark, theme == QLatin1String("dark"));
    }

    void runsTheScenarioFileGivenOnTheCommandLine()
    {
        nephos::Scenario s = nephos::defaultScenario();
        s.settings.horizonHours = 48.0;
        const QString scenario = m_dir.filePath(QStringLiteral("two-days.json"));
        QString error;
        QVERIFY2(nephos::ScenarioJson::save(scenario, s, &error), qPrintable(error));
        const QString out = nephos::test::testOutputDir(QStringLiteral("screenshots")) +
                            QStringLiteral("/cli_editor_file.png");
        QFile::remove(out);
        const Outcome o = runGui({QStringLiteral("--screenshot"), out, QStringLiteral("--view"),
                                  QStringLiteral("editor"), scenario});
        QVERIFY2(o.exitCode == 0, qPrintable(o.stderrText));
        QVERIFY(!QImage(out).isNull());
    }

    void brokenScenarioFileIsReportedWithItsJsonPath()
    {
        // a broken scenario: refused with its JSON path, no PNG written
        const QString out = m_dir.filePath(QStringLiteral("bad-scenario.png"));
        const QString scenario = m_dir.filePath(QStringLiteral("broken.json"));
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"settings\": {\"horizon_hours\": \"long\"}}");
        f.close();
        const Outcome o = runGui({QStringLiteral("--screenshot"), out, scenario});
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.stderrText.contains(QLatin1String("broken.json")), qPrintable(o.stderrText));
        QVERIFY2(o.stderrText.contains(QLatin1String("settings.horizon_hours")),
                 qPrintable(o.stderrText));
        QVERIFY(!QFile::exists(out));
    }

    void withoutADisplayHeadlessCommandsStillWork()
    {
        Outcome o = runGui({QStringLiteral("--version")}, true);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.stdoutText.contains(QLatin1String("Nephos")), qPrintable(o.stdoutText));
        const QString out = m_dir.filePath(QStringLiteral("offscreen.png"));
        o = runGui(
            {QStringLiteral("--screenshot"), out, QStringLiteral("--view"), QStringLiteral("map")},
            true);
        QCOMPARE(o.exitCode, 0);
        QVERIFY(!QImage(out).isNull());
        // the interactive window cannot open: a clear message, not an abort
        o = runGui({}, true);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.stderrText.contains(QLatin1String("no display")), qPrintable(o.stderrText));
    }

    void measureStartupReportsTheFirstPaint()
    {
        // docs/benchmarks.md: seconds from process start to the window's first paint
        const Outcome o = runGui({QStringLiteral("--measure-startup")}, true);
        QCOMPARE(o.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(o.stdoutText.toUtf8()).object();
        const double seconds = report.value(QStringLiteral("first_paint_s")).toDouble(-1.0);
        QVERIFY2(seconds > 0.0 && seconds < 120.0, qPrintable(o.stdoutText));
    }

    void unknownViewOrThemeIsAnError()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.png"));
        Outcome o = runGui({QStringLiteral("--screenshot"), out, QStringLiteral("--view"),
                            QStringLiteral("spreadsheet")});
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.stderrText.contains(QLatin1String("spreadsheet")), qPrintable(o.stderrText));
        o = runGui({QStringLiteral("--screenshot"), out, QStringLiteral("--theme"),
                    QStringLiteral("purple")});
        QVERIFY(o.exitCode != 0);
        QVERIFY2(o.stderrText.contains(QLatin1String("purple")), qPrintable(o.stderrText));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
