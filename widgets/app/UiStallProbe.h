#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

namespace nephos::widgets {

/// Measures how long the UI thread's event loop is held: a fast repeating timer records the time
/// between its ticks; a tick that comes late means the thread was busy for that long.
class UiStallProbe : public QObject
{
    Q_OBJECT
public:
    explicit UiStallProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();
    /// Number of tick intervals recorded.
    int samples() const { return static_cast<int>(m_gapsMs.size()); }
    /// Longest time between two ticks beyond the timer interval, in ms (0 without samples).
    double maxStallMs() const;
    /// The p-th percentile (0..100) of that stall time, in ms.
    double percentileStallMs(double p) const;
    /// How many intervals were held for more than `ms`.
    int stallsOver(double ms) const;

private:
    void tick();

    int m_intervalMs;
    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    std::vector<double> m_gapsMs; ///< stall per interval (time between ticks minus interval)
};

} // namespace nephos::widgets
