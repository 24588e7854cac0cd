#include "ProgressBar.h"

#include <algorithm>

namespace nephos::cli {

ProgressBar::ProgressBar(QTextStream& stream, const QString& label)
    : m_stream(stream)
    , m_label(label)
{
    m_timer.start();
}

void ProgressBar::update(double fraction, const QString& detail)
{
    if (m_drawn && m_timer.elapsed() < 100 && fraction < 1.0)
        return;
    m_timer.restart();
    fraction = std::clamp(fraction, 0.0, 1.0);
    constexpr int width = 30;
    const int filled = static_cast<int>(fraction * width + 0.5);
    m_stream << '\r' << m_label << " [" << QString(filled, QLatin1Char('#'))
             << QString(width - filled, QLatin1Char('.')) << "] "
             << QString::number(fraction * 100.0, 'f', 0).rightJustified(3) << "% " << detail
             << "\x1b[K";
    m_stream.flush();
    m_drawn = true;
}

void ProgressBar::finish()
{
    if (m_drawn) {
        m_stream << "\r\x1b[K";
        m_stream.flush();
    }
    m_drawn = false;
}

} // namespace nephos::cli
