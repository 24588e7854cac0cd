#include "WindowOptions.h"
#include "app/MainWindow.h"
#include "dashboard/DashboardView.h"
#include "export/ExportDialog.h"
#include "export/FigureExporter.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "settings/Settings.h"

#include "WindowOptions.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QDockWidget>
#include <QFileInfo>
#include <QImageReader>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace nephos::widgets;

/// Right-click ▸ Export… on charts and the map, the remembered export folder, View ▸ Reset Layout.
class TestFigures : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> makeWindow(const QTemporaryDir& dir)
    {
        MainWindow::Options o = nephos::test::windowOptions(dir);
        return std::make_unique<MainWindow>(o);
    }

    /// Answers the next export dialog: `size` as PNG, accepted with its suggested file name.
    static void answerExportDialog(const QSize& size, QString* suggestedPath)
    {
        QTimer::singleShot(50, [size, suggestedPath] {
            auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerExportDialog(size, suggestedPath); // not shown yet: try again
                return;
            }
            *suggestedPath = dialog->path();
            if (size.isEmpty()) { // as the dialog suggests
                dialog->accept();
                return;
            }
            ExportOptions o;
            o.format = ExportFormat::Png;
            o.size = size;
            o.dpi = 150;
            dialog->setOptions(o);
            dialog->accept();
        });
    }

    static QAction* exportAction(QMenu* menu)
    {
        return menu ? menu->findChild<QAction*>(QStringLiteral("actionExportFigure")) : nullptr;
    }

private Q_SLOTS:
    void everyChartAndTheMapOfferExport()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir);
        FigureExporter* figures = w->figureExporter();
        QVERIFY(figures);
        QList<QWidget*> targets;
        for (QChartView* v : w->dashboard()->chartViews())
            targets << v;
        targets << w->mapView()->canvas();
        QVERIFY(targets.size() >= 8);
        for (QWidget* t : targets) {
            QCOMPARE(t->contextMenuPolicy(), Qt::CustomContextMenu);
            std::unique_ptr<QMenu> menu(figures->createMenu(t));
            QVERIFY2(exportAction(menu.get()), qPrintable(t->objectName()));
            QVERIFY(!exportAction(menu.get())->text().isEmpty());
        }
        QVERIFY(w->action(QStringLiteral("actionExportFigures")));
        QVERIFY(w->action(QStringLiteral("actionResetLayout")));
    }

    void chartContextMenuExportWritesThePngAskedFor()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("figures"));
        QVERIFY(QDir().mkpath(folder));
        auto w = makeWindow(dir);
        w->settings().setExportFolder(folder);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QChartView* chart = w->dashboard()->chartViews().value(1);
        QVERIFY(chart);
        const QString stem = chart->objectName();

        QString suggested;
        answerExportDialog(QSize(640, 360), &suggested);
        std::unique_ptr<QMenu> menu(w->figureExporter()->createMenu(chart));
        exportAction(menu.get())->trigger();

        const QString expected = QDir(folder).filePath(stem + QStringLiteral(".png"));
        QCOMPARE(suggested, expected); // named after the chart, in the export folder
        QVERIFY(QFileInfo::exists(expected));
        QImageReader reader(expected);
        QCOMPARE(reader.size(), QSize(640, 360));
        // the confirmation names the file
        QVERIFY2(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(expected)),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(w->figureExporter()->lastOptions().size, QSize(640, 360));
    }

    void exportFolderIsRemembered()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(folder));
        {
            auto w = makeWindow(dir);
            ExportOptions o;
            o.size = QSize(200, 120);
            QString error;
            QVERIFY2(w->figureExporter()->exportTo(w->mapView()->canvas(),
                                                   QDir(folder).filePath(QStringLiteral("map.png")),
                                                   o, &error),
                     qPrintable(error));
            QCOMPARE(w->settings().exportFolder(), QFileInfo(folder).absoluteFilePath());
        }
        // a new session (same settings file) starts in the same folder
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.exportFolder(), QFileInfo(folder).absoluteFilePath());
        auto w = makeWindow(dir);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->showView(QStringLiteral("map"));
        QString suggested;
        answerExportDialog(QSize(300, 200), &suggested);
        std::unique_ptr<QMenu> menu(w->figureExporter()->createMenu(w->mapView()->canvas()));
        exportAction(menu.get())->trigger();
        QCOMPARE(QFileInfo(suggested).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("map.png"));
    }

    void exportViewWritesTheWholeDashboard()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir);
        w->settings().setExportFolder(dir.path());
        w->resize(1280, 720);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(w->showView(QStringLiteral("dashboard")));
        auto* scroll = w->dashboard()->findChild<QScrollArea*>();
        QVERIFY(scroll && scroll->widget());
        QCOMPARE(w->exportTarget(), scroll->widget()); // the content, not the scrolled part
        const int expectedHeight = FigureExporter::contentHeight(scroll->widget(), ExportOptions());
        QString suggested;
        answerExportDialog(QSize(), &suggested);
        w->action(QStringLiteral("actionExportView"))->trigger();
        QVERIFY(QFileInfo::exists(suggested));
        const QSize written = QImageReader(suggested).size();
        QCOMPARE(written.width(), 1200);
        QVERIFY2(written.height() > scroll->viewport()->height() + 200,
                 qPrintable(QStringLiteral("%1 px high").arg(written.height())));
        QCOMPARE(written.height(), expectedHeight);
        // laid out at the figure's width (not the viewport's): the right edge has content
        const QImage image(suggested);
        QVERIFY(image.pixel(image.width() - 30, 450) != image.pixel(image.width() - 2, 2) ||
                image.pixel(image.width() - 30, 700) != image.pixel(image.width() - 2, 2));
        // and the view is whole again
        QCOMPARE(scroll->widget()->parentWidget(), scroll->viewport());
        QVERIFY(scroll->widget()->isVisible());
        QCOMPARE(scroll->widget()->width(), scroll->viewport()->width());
    }

    void exportAllNeedsARun()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir);
        QString error;
        QVERIFY(!w->exportAllFigures(dir.filePath(QStringLiteral("all")), nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void resetLayoutLeavesTheMainViewMostOfTheHeight()
    {
        QTemporaryDir dir;
        auto w = makeWindow(dir);
        w->resize(1280, 720);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* history = w->findChild<QDockWidget*>(QStringLiteral("dockHistory"));
        auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        QVERIFY(history && tabs);
        w->resizeDocks({history}, {w->height() * 2 / 3}, Qt::Vertical);
        QTRY_VERIFY(tabs->height() < w->height() / 2);
        const QSize size = w->size();
        history->setFloating(true);
        w->findChild<QDockWidget*>(QStringLiteral("dockExplorer"))->hide();
        auto* policy = w->findChild<QDockWidget*>(QStringLiteral("dockPolicy"));
        QVERIFY(policy);
        w->addDockWidget(Qt::RightDockWidgetArea, policy);

        w->action(QStringLiteral("actionResetLayout"))->trigger();
        QTRY_VERIFY2(tabs->height() > w->height() * 55 / 100,
                     qPrintable(QStringLiteral("%1 of %2").arg(tabs->height()).arg(w->height())));
        QVERIFY(!history->isFloating());
        QCOMPARE(w->dockWidgetArea(history), Qt::BottomDockWidgetArea);
        QVERIFY(w->findChild<QDockWidget*>(QStringLiteral("dockExplorer"))->isVisibleTo(w.get()) ||
                !w->tabifiedDockWidgets(history).isEmpty());
        QVERIFY(history->isVisible());
        QCOMPARE(w->size(), size); // the window keeps its size
        QCOMPARE(w->dockWidgetArea(policy), Qt::LeftDockWidgetArea);
        QVERIFY(!w->tabifiedDockWidgets(policy).isEmpty());
    }
};

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
