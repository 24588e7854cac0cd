#include "app/ScreenshotRunner.h"

#include "app/MainWindow.h"
#include "editor/ScenarioDocument.h"
#include "run/RunController.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>

namespace nephos::widgets {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, QString view, QString outputFile,
                                   QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_view(std::move(view))
    , m_file(std::move(outputFile))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this,
            [this] { finish(3, tr("timed out waiting for the run to finish")); });
}

void ScreenshotRunner::start(int timeoutMs)
{
    if (!MainWindow::viewNames().contains(m_view)) {
        QTimer::singleShot(0, this, [this] {
            finish(2, tr("unknown view \"%1\" (known: %2)")
                          .arg(m_view, MainWindow::viewNames().join(QStringLiteral(", "))));
        });
        return;
    }
    RunController* run = m_window->runController();
    connect(run, &RunController::failed, this,
            [this](const QString& message) { finish(1, tr("run failed: %1").arg(message)); });
    connect(m_window, &MainWindow::resultShown, this, [this, run] {
        if (run->state() != RunController::State::Idle)
            return; // a snapshot; wait for the final result
        // Let the views lay out and paint before grabbing.
        QTimer::singleShot(400, this, [this] {
            QString error;
            if (grabTo(m_window, m_view, m_file, &error))
                finish(0, QString());
            else
                finish(1, error);
        });
    });
    m_timeout->start(timeoutMs);
    run->setSpeed(0.0);
    // Only the history view needs the run in the store; other screenshots leave it untouched.
    run->start(m_window->document()->scenario(), m_view == QLatin1String("history"));
}

bool ScreenshotRunner::grabTo(MainWindow* window, const QString& view, const QString& file,
                              QString* error)
{
    if (!window->showView(view)) {
        *error = tr("unknown view \"%1\"").arg(view);
        return false;
    }
    window->flushViews();
    QApplication::processEvents();
    const QPixmap pixmap = window->grab();
    if (pixmap.isNull()) {
        *error = tr("the window could not be grabbed");
        return false;
    }
    const QFileInfo info(file);
    QDir().mkpath(info.absolutePath());
    QImageWriter writer(file, "png");
    if (!writer.write(pixmap.toImage())) {
        *error = tr("%1: %2").arg(file, writer.errorString());
        return false;
    }
    return true;
}

void ScreenshotRunner::finish(int exitCode, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout->stop();
    Q_EMIT done(exitCode, message);
}

} // namespace nephos::widgets
