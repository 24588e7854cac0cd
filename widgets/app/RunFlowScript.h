#pragma once

#include "run/RunTypes.h"

#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace nephos::widgets {

class MainWindow;

/// Drives one of the run flows that once froze the window for good (a stepped run followed by a
/// full one) through the window's own actions, and reports done() once the dashboard shows the
/// final run. Used by `nephos --measure-ui-stalls` and by the GUI tests.
class RunFlowScript : public QObject
{
    Q_OBJECT
public:
    enum class Flow {
        StepThenResume,      ///< Step Decision a few times, then Resume to the end
        StepCancelRun,       ///< Step Decision, Cancel, then Run a full recorded run
        StepCancelOpenStored ///< Step Decision, Cancel, then open the newest stored run
    };
    Q_ENUM(Flow)

    RunFlowScript(MainWindow* window, Flow flow, QObject* parent = nullptr);

    /// Every flow, in the order the measurement drives them.
    static QList<Flow> allFlows();
    /// Stable key for reports, e.g. "step_then_resume".
    static QString key(Flow flow);

    /// Starts the flow with `steps` Step Decision presses; done() follows. `timeoutMs` bounds it.
    void start(int steps = 3, int timeoutMs = 120000);

Q_SIGNALS:
    /// `ok` false with a message on timeout or a failed run.
    void done(bool ok, const QString& message);

private:
    void step();
    void afterSteps();
    /// Calls `next` once `condition` holds (checked every few ms).
    void waitFor(std::function<bool()> condition, std::function<void()> next);
    /// True once the run is idle and the dashboard shows `m_expected` completely.
    bool dashboardShowsExpected() const;
    void finish(bool ok, const QString& message);

    MainWindow* m_window;
    Flow m_flow;
    int m_stepsLeft = 0;
    QTimer* m_poll;
    QTimer* m_timeout;
    std::function<bool()> m_condition;
    std::function<void()> m_next;
    RunResultPtr m_expected;
    bool m_done = false;
};

} // namespace nephos::widgets
