#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QChart;

namespace nephos::widgets {

/// Colours and theme shared by the analysis charts and the map.
class ChartStyle
{
public:
    /// True when the palette's window colour is dark.
    static bool isDark(const QPalette& palette);
    /// Light or dark Qt Charts theme by palette lightness, then background, text and grid
    /// colours taken from the palette. Series colours are reset by the theme: set them after.
    static void apply(QChart* chart, const QPalette& palette);
    /// Stable colour of a provider ("aws", "gcp", "azure", others hashed), readable on both.
    static QColor providerColor(const QString& providerId, bool dark);
    /// Short legend label of a provider: "AWS", "GCP", "Azure", else the id.
    static QString providerLabel(const QString& providerId);
    /// Colour of the "total" line.
    static QColor totalColor(bool dark);
    static QColor anomalyColor(bool dark);
};

} // namespace nephos::widgets
