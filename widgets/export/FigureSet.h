#pragma once

#include "export/ExportService.h"

#include <QList>
#include <QString>
#include <QStringList>

class QChart;
class QWidget;

namespace nephos::widgets {

class DashboardView;
class MapView;

/// The figures of a report: every dashboard chart and the map, each under a stable file stem
/// ("utilisation", "queue", …, "map"). What `nephos-cli figures` and File ▸ Export All Figures
/// write: STEM.png, STEM.svg and STEM.pdf per figure, plus kpis.csv.
class FigureSet
{
public:
    struct Figure
    {
        QString stem;
        QChart* chart = nullptr;   ///< rendered alone, without its view's scroll bars
        QWidget* widget = nullptr; ///< used when there is no chart (the map's canvas)
    };

    /// The dashboard's charts in display order, then the map's canvas (no controls).
    static QList<Figure> figures(const DashboardView& dashboard, const MapView& map);
    /// PNG, SVG and PDF: the formats every figure is written in.
    static QList<ExportFormat> formats();
    /// "STEM.png", "STEM.svg", "STEM.pdf" per figure, in writing order (without kpis.csv).
    static QStringList fileNames(const QList<Figure>& figures);
    /// File name of the KPI table written beside the figures.
    static QString kpiFileName() { return QStringLiteral("kpis.csv"); }

    /// Writes every figure in every format into `directory` (created when missing) at
    /// options.size and options.dpi (options.format is ignored). `written` gets the absolute
    /// paths; stops at the first failure with the reason in `error`.
    static bool write(const QList<Figure>& figures, const QString& directory,
                      const ExportOptions& options, QStringList* written = nullptr,
                      QString* error = nullptr);
    /// Writes one figure in one format to `path`.
    static bool writeOne(const Figure& figure, const QString& path, const ExportOptions& options,
                         QString* error = nullptr);
};

} // namespace nephos::widgets
