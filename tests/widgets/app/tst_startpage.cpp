#include "app/MainWindow.h"
#include "app/StartPage.h"
#include "settings/Settings.h"

#include "WindowOptions.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nephos::widgets;

/// The start page: shown on the first start only, reachable from Help, its buttons act.
class TestStartPage : public QObject
{
    Q_OBJECT
private:
    static std::unique_ptr<MainWindow> makeWindow(const QTemporaryDir& dir, bool startPage)
    {
        MainWindow::Options o = nephos::test::windowOptions(dir);
        o.startPage = startPage;
        return std::make_unique<MainWindow>(o);
    }

    static QTabWidget* tabs(MainWindow& w)
    {
        return w.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    }

private Q_SLOTS:
    void shownOnTheFirstStartOnly()
    {
        QTemporaryDir dir;
        {
            auto w = makeWindow(dir, true);
            QVERIFY(w->startPage());
            QCOMPARE(tabs(*w)->currentWidget(), w->startPage());
            QVERIFY(w->settings().startPageShown());
        }
        auto again = makeWindow(dir, true);
        QVERIFY(!again->startPage()); // remembered: not shown again
        QVERIFY(tabs(*again)->currentWidget() != nullptr);
    }

    void reachableFromHelpAndByViewName()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir, false);
        QVERIFY(!w->startPage());
        QAction* help = w->action(QStringLiteral("actionStartPage"));
        QVERIFY(help);
        auto* helpMenu = w->menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp"));
        QVERIFY(helpMenu && helpMenu->actions().contains(help));
        help->trigger();
        QVERIFY(w->startPage());
        QCOMPARE(tabs(*w)->currentWidget(), w->startPage());
        QCOMPARE(tabs(*w)->count(), 4);
        QVERIFY(w->showView(QStringLiteral("dashboard")));
        QVERIFY(w->showView(QStringLiteral("start")));
        QCOMPARE(tabs(*w)->currentWidget(), w->startPage());
        QCOMPARE(tabs(*w)->count(), 4); // one start page only
        QVERIFY(MainWindow::viewNames().contains(QStringLiteral("start")));
    }

    void explainsAndOffersThreeThingsToTry()
    {
        StartPage page;
        QString text;
        for (QLabel* l : page.findChildren<QLabel*>())
            text += l->text() + QLatin1Char('\n');
        QVERIFY(text.contains(QLatin1String("AWS")));
        QVERIFY(text.contains(QLatin1String("Yuan et al.")));
        for (QPushButton* b : {page.runButton(), page.compareButton(), page.stepButton()})
            QVERIFY(b && !b->text().isEmpty());
    }

    void compareOpensThePolicyPanelAndHistory()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir, true);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* history = w->findChild<QDockWidget*>(QStringLiteral("dockHistory"));
        auto* policy = w->findChild<QDockWidget*>(QStringLiteral("dockPolicy"));
        QVERIFY(history && policy);
        history->hide();
        w->startPage()->compareButton()->click();
        QTRY_VERIFY(history->isVisible());
        QTRY_VERIFY(policy->isVisible() && !policy->visibleRegion().isEmpty());
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
