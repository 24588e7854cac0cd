#include "app/MainWindow.h"

#include "app/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace nephos::widgets {

namespace {
QAction* makeAction(QObject* parent, const char* name, const QString& text,
                    const QKeySequence& shortcut = {})
{
    auto* a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Nephos — multi-cloud AI workload workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nephos.svg")));
    setDockNestingEnabled(true);
    resize(1280, 800);
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::action(const QString& objectName) const
{
    return findChild<QAction*>(objectName);
}

void MainWindow::createActions()
{
    makeAction(this, "actionNew", tr("&New Scenario"), QKeySequence::New);
    makeAction(this, "actionOpen", tr("&Open Scenario…"), QKeySequence::Open);
    makeAction(this, "actionSave", tr("&Save"), QKeySequence::Save);
    makeAction(this, "actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs);
    auto* quit = makeAction(this, "actionQuit", tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    makeAction(this, "actionUndo", tr("&Undo"), QKeySequence::Undo);
    makeAction(this, "actionRedo", tr("&Redo"), QKeySequence::Redo);

    makeAction(this, "actionRun", tr("&Run"), QKeySequence(Qt::Key_F5));
    makeAction(this, "actionPause", tr("&Pause"), QKeySequence(Qt::Key_F6));
    makeAction(this, "actionStep", tr("&Step"), QKeySequence(Qt::Key_F10));
    makeAction(this, "actionCancel", tr("&Cancel Run"), QKeySequence(Qt::SHIFT | Qt::Key_F5));

    auto* about = makeAction(this, "actionAbout", tr("&About Nephos"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({action(QStringLiteral("actionNew")), action(QStringLiteral("actionOpen")),
                      action(QStringLiteral("actionSave")), action(QStringLiteral("actionSaveAs"))});
    file->addSeparator();
    file->addAction(action(QStringLiteral("actionQuit")));

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions({action(QStringLiteral("actionUndo")), action(QStringLiteral("actionRedo"))});

    auto* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));

    auto* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("menuRun"));
    run->addActions({action(QStringLiteral("actionRun")), action(QStringLiteral("actionPause")),
                     action(QStringLiteral("actionStep")), action(QStringLiteral("actionCancel"))});

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(action(QStringLiteral("actionAbout")));
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addActions({action(QStringLiteral("actionNew")), action(QStringLiteral("actionOpen")),
                           action(QStringLiteral("actionSave"))});
    m_toolBar->addSeparator();
    m_toolBar->addActions({action(QStringLiteral("actionRun")), action(QStringLiteral("actionPause")),
                           action(QStringLiteral("actionStep")), action(QStringLiteral("actionCancel"))});
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace nephos::widgets
