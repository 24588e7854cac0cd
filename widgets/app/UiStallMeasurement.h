#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QTimer;

namespace nephos::widgets {

class MainWindow;
class UiStallProbe;

/// Drives `nephos --measure-ui-stalls`: runs the window's scenario at a watching speed with
/// results shown as they come, then visits every view, then drives each RunFlowScript flow (a
/// stepped run followed by a full one), while UiStallProbes record how long the UI thread is
/// held. done() reports the measurement.
class UiStallMeasurement : public QObject
{
    Q_OBJECT
public:
    /// `hoursPerSecond`: simulated hours per wall-clock second (0: as fast as possible).
    UiStallMeasurement(MainWindow* window, double hoursPerSecond, QObject* parent = nullptr);

    /// Starts the run; done() follows. `timeoutMs` bounds the whole measurement.
    void start(int timeoutMs = 300000);
    /// The measurement: samples, max/p50/p99 stall (ms), stalls over 50 ms, speed, views visited,
    /// and "flows": the longest stall (ms) of each stepped-then-full run flow by its key.
    QJsonObject report() const { return m_report; }

Q_SIGNALS:
    void done(int exitCode, const QString& message);

private:
    void visitNextView();
    void runNextFlow();
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    double m_speed;
    UiStallProbe* m_probe;
    QTimer* m_timeout;
    QStringList m_views;
    bool m_watched = false; ///< the watched run has finished
    int m_nextFlow = 0;
    QJsonObject m_flowStalls;
    QJsonObject m_report;
    bool m_done = false;
};

} // namespace nephos::widgets
