#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

namespace nephos::cli {

/// A one-line progress bar redrawn in place on a terminal (at most ten times a second).
class ProgressBar
{
public:
    ProgressBar(QTextStream& stream, const QString& label);
    /// fraction in [0, 1]; `detail` is shown after the percentage (e.g. "312/720 h").
    void update(double fraction, const QString& detail);
    /// Clears the line.
    void finish();

private:
    QTextStream& m_stream;
    QString m_label;
    QElapsedTimer m_timer;
    bool m_drawn = false;
};

} // namespace nephos::cli
