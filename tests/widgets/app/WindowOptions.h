#pragma once

#include "app/MainWindow.h"

#include <QString>
#include <QTemporaryDir>

namespace nephos::test {

/// Options of a main window under test: its settings and run store in `dir`, the default
/// layout (nothing restored from a previous test).
inline widgets::MainWindow::Options windowOptions(const QTemporaryDir& dir)
{
    widgets::MainWindow::Options o;
    o.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    o.storePath = dir.filePath(QStringLiteral("runs.sqlite"));
    o.restoreLayout = false;
    return o;
}

} // namespace nephos::test
