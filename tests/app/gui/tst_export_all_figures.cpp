#include "app/MainWindow.h"
#include "export/FigureSet.h"
#include "run/RunController.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nephos;
using namespace nephos::widgets;

/// File ▸ Export All Figures writes what `nephos-cli figures` writes.
class TestExportAllFigures : public QObject
{
    Q_OBJECT
private:
    static QStringList filesIn(const QString& folder)
    {
        QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        return names;
    }

private Q_SLOTS:
    void writesTheSameFilesAsTheCli()
    {
        QTemporaryDir dir;
        Scenario s = defaultScenario();
        s.settings.horizonHours = 48.0;
        const QString scenarioFile = dir.filePath(QStringLiteral("short.json"));
        QString error;
        QVERIFY2(ScenarioJson::save(scenarioFile, s, &error), qPrintable(error));

        const QString cliFolder = dir.filePath(QStringLiteral("cli"));
        QProcess cli;
        cli.start(QStringLiteral(NEPHOS_CLI_PATH),
                  {QStringLiteral("figures"), scenarioFile, QStringLiteral("--out"), cliFolder,
                   QStringLiteral("--width"), QStringLiteral("320"), QStringLiteral("--height"),
                   QStringLiteral("200")});
        QVERIFY(cli.waitForFinished(180000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        MainWindow::Options o;
        o.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
        o.storePath = dir.filePath(QStringLiteral("runs.sqlite"));
        o.restoreLayout = false;
        MainWindow w(o);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList loadErrors;
        QVERIFY2(w.openScenarioFile(scenarioFile, &loadErrors), qPrintable(loadErrors.join('\n')));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.action(QStringLiteral("actionRun"))->trigger();
        QVERIFY(finished.wait(120000));
        QTRY_VERIFY(w.shownResult() != nullptr);

        const QString guiFolder = dir.filePath(QStringLiteral("gui"));
        QStringList written;
        QVERIFY2(w.exportAllFigures(guiFolder, &written, &error), qPrintable(error));
        QCOMPARE(filesIn(guiFolder), filesIn(cliFolder));
        QCOMPARE(written.size(), filesIn(cliFolder).size());
        QVERIFY(filesIn(guiFolder).contains(FigureSet::kpiFileName()));
        QVERIFY(filesIn(guiFolder).contains(QStringLiteral("map.svg")));
        QCOMPARE(QImageReader(QDir(guiFolder).filePath(QStringLiteral("queue.png"))).size(),
                 QSize(1200, 800)); // the CLI's default size until another is chosen
        // the folder becomes the remembered export folder
        QCOMPARE(w.settings().exportFolder(), QFileInfo(guiFolder).absoluteFilePath());
        // and the action is in the File menu
        bool inFileMenu = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() &&
                menu->menu()->actions().contains(w.action(QStringLiteral("actionExportFigures"))))
                inFileMenu = true;
        QVERIFY(inFileMenu);
    }
};

QTEST_MAIN(TestExportAllFigures)
#include "tst_export_all_figures.moc"
