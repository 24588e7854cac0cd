#include "app/UiStallProbe.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace nephos::widgets {

UiStallProbe::UiStallProbe(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &UiStallProbe::tick);
}

void UiStallProbe::start()
{
    m_gapsMs.clear();
    m_clock.start();
    m_lastNs = -1;
    m_timer->start();
}

void UiStallProbe::stop()
{
    m_timer->stop();
}

void UiStallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_lastNs >= 0)
        m_gapsMs.push_back(std::max(0.0, double(now - m_lastNs) / 1e6 - m_intervalMs));
    m_lastNs = now;
}

double UiStallProbe::maxStallMs() const
{
    return m_gapsMs.empty() ? 0.0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end());
}

double UiStallProbe::percentileStallMs(double p) const
{
    if (m_gapsMs.empty())
        return 0.0;
    std::vector<double> sorted = m_gapsMs;
    std::sort(sorted.begin(), sorted.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(sorted.size() - 1);
    return sorted[static_cast<std::size_t>(std::lround(rank))];
}

int UiStallProbe::stallsOver(double ms) const
{
    return static_cast<int>(
        std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double g) { return g > ms; }));
}

} // namespace nephos::widgets
