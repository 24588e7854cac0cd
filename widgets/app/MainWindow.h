#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace nephos::widgets {

/// The workbench's main window: menus, toolbar, status bar and dock areas that views fill.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Looks up a registered action by its object name (e.g. "actionRun"); nullptr if unknown.
    QAction* action(const QString& objectName) const;

public Q_SLOTS:
    void showAbout();

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();

    QToolBar* m_toolBar = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace nephos::widgets
