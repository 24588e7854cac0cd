#include "KpiTable.h"

#include <cmath>

namespace nephos::cli {

QString KpiTable::formatValue(double v)
{
    if (!std::isfinite(v))
        return QString::number(v);
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    const double a = std::fabs(v);
    if (a >= 1000)
        return QString::number(v, 'f', 1);
    if (a >= 1)
        return QString::number(v, 'f', 3);
    return QString::number(v, 'g', 4);
}

QString KpiTable::format(const std::vector<std::pair<std::string, double>>& kpis)
{
    qsizetype keyWidth = 3;
    qsizetype valueWidth = 5;
    for (const auto& [key, value] : kpis) {
        keyWidth = std::max<qsizetype>(keyWidth, static_cast<qsizetype>(key.size()));
        valueWidth = std::max(valueWidth, formatValue(value).size());
    }
    QString text = QStringLiteral("KPI").leftJustified(keyWidth) + QStringLiteral("  ") +
                   QStringLiteral("value").rightJustified(valueWidth) + QLatin1Char('\n');
    text += QString(keyWidth + 2 + valueWidth, QLatin1Char('-')) + QLatin1Char('\n');
    for (const auto& [key, value] : kpis)
        text += QString::fromStdString(key).leftJustified(keyWidth) + QStringLiteral("  ") +
                formatValue(value).rightJustified(valueWidth) + QLatin1Char('\n');
    return text;
}

} // namespace nephos::cli
