#pragma once

#include <QSize>
#include <QString>

class QWidget;
class QChart;

namespace nephos {
struct Kpis;
}

namespace nephos::widgets {

enum class ExportFormat { Png, Svg, Pdf };

/// Output of one export: pixel size (PNG/SVG canvas) and resolution.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize size{1200, 800}; ///< pixels; the widget is laid out at this size while rendering
    int dpi = 96;
};

/// Renders charts, the map or any widget to PNG, SVG or PDF, and KPI tables to CSV.
class ExportService
{
public:
    /// "png", "svg" or "pdf" (case-insensitive); false when unknown.
    static bool formatFromName(const QString& name, ExportFormat* format);
    static QString formatSuffix(ExportFormat format);

    /// Renders `widget` (resized to options.size for the duration) to `path`, without its combo
    /// boxes, sliders and scroll bars (shown again afterwards).
    static bool exportWidget(QWidget* widget, const QString& path, const ExportOptions& options,
                             QString* error = nullptr);
    /// Renders a chart alone (in a temporary view) to `path`.
    static bool exportChart(QChart* chart, const QString& path, const ExportOptions& options,
                            QString* error = nullptr);
    /// Writes "key,value" rows for every Kpis::keyValues() entry, with a header line.
    static bool exportKpiCsv(const nephos::Kpis& kpis, const QString& path,
                             QString* error = nullptr);
};

} // namespace nephos::widgets
