#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace nephos::widgets {

class MainWindow;

/// Drives `nephos --screenshot`: runs the window's scenario, shows a view, grabs the whole window
/// to a PNG and reports done(exitCode, message) (0 on success).
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow* window, QString view, QString outputFile,
                     QObject* parent = nullptr);

    /// Starts the run; done() follows. `timeoutMs` bounds the whole operation.
    void start(int timeoutMs = 180000);

    /// Grabs `window` now (after showing `view`) and writes it to `file`; false with a message.
    static bool grabTo(MainWindow* window, const QString& view, const QString& file,
                       QString* error);

Q_SIGNALS:
    void done(int exitCode, const QString& message);

private:
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    QString m_view;
    QString m_file;
    QTimer* m_timeout;
    bool m_done = false;
};

} // namespace nephos::widgets
