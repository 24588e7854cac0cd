#include "dashboard/ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace nephos::widgets {

bool ChartStyle::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    if (!chart)
        return;
    const bool dark = isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(dark ? 50 : 40);
    chart->setBackgroundBrush(base);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

QColor ChartStyle::providerColor(const QString& providerId, bool dark)
{
    const QString id = providerId.toLower();
    if (id == QLatin1String("aws"))
        return dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xe0, 0x7b, 0x00);
    if (id == QLatin1String("gcp"))
        return dark ? QColor(0x5c, 0xd1, 0x7a) : QColor(0x1e, 0x8e, 0x3e);
    if (id == QLatin1String("azure"))
        return dark ? QColor(0x4d, 0xa6, 0xff) : QColor(0x00, 0x5a, 0xb5);
    const uint h = qHash(id) % 360;
    return QColor::fromHsv(int(h), 160, dark ? 240 : 170);
}

QString ChartStyle::providerLabel(const QString& providerId)
{
    const QString id = providerId.toLower();
    if (id == QLatin1String("aws") || id == QLatin1String("gcp"))
        return id.toUpper();
    if (id == QLatin1String("azure"))
        return QStringLiteral("Azure");
    return providerId;
}

QColor ChartStyle::totalColor(bool dark)
{
    return dark ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x50, 0x50, 0x50);
}

QColor ChartStyle::anomalyColor(bool dark)
{
    return dark ? QColor(0xff, 0x55, 0x77) : QColor(0xd0, 0x10, 0x30);
}

} // namespace nephos::widgets
