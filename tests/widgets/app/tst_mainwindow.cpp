#include "app/AboutDialog.h"
#include "app/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using nephos::widgets::MainWindow;

namespace {
/// Settings and run store in a temporary directory, so tests never touch the user's files.
MainWindow::Options tempOptions(const QTemporaryDir& dir)
{
    MainWindow::Options o;
    o.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    o.storePath = dir.filePath(QStringLiteral("runs.sqlite"));
    o.restoreLayout = false;
    return o;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasMenusToolbarAndStatusBar()
    {
        QTemporaryDir dir;
        MainWindow w(tempOptions(dir));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction* a : w.menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        for (const char* name : {"File", "Edit", "View", "Run", "Help"})
            QVERIFY2(menus.contains(QLatin1String(name)), name);
        QVERIFY(w.findChild<QToolBar*>(QStringLiteral("mainToolBar")));
        QVERIFY(w.statusBar()->isVisible());
    }

    void coreActionsExistWithShortcuts()
    {
        QTemporaryDir dir;
        MainWindow w(tempOptions(dir));
        for (const char* name : {"actionNew", "actionOpen", "actionSave", "actionSaveAs",
                                 "actionQuit", "actionUndo", "actionRedo", "actionRun",
                                 "actionPause", "actionStep", "actionCancel", "actionAbout"}) {
            QVERIFY2(w.action(QLatin1String(name)) != nullptr, name);
        }
        QCOMPARE(w.action(QStringLiteral("actionOpen"))->shortcut(),
                 QKeySequence(QKeySequence::Open));
        QCOMPARE(w.action(QStringLiteral("actionRun"))->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(w.action(QStringLiteral("actionUndo"))->shortcut(),
                 QKeySequence(QKeySequence::Undo));
        QCOMPARE(w.action(QStringLiteral("actionRedo"))->shortcut(),
                 QKeySequence(QKeySequence::Redo));
    }

    void aboutShowsDataLicences()
    {
        const QString text = nephos::widgets::AboutDialog::dataSourcesText();
        QVERIFY2(text.contains(QLatin1String("Apache-2.0")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QLatin1String("Natural Earth")));
        QVERIFY(text.contains(QLatin1String("list prices")));
        // no paths of our own source tree (a user has none of them)
        for (const char* path : {"scripts/", "engine/", "docs/", "../shared", "resources/"})
            QVERIFY2(!text.contains(QLatin1String(path)), path);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
