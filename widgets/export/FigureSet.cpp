#include "export/FigureSet.h"

#include "dashboard/DashboardView.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>

namespace nephos::widgets {

QList<FigureSet::Figure> FigureSet::figures(const DashboardView& dashboard, const MapView& map)
{
    QList<Figure> list;
    for (QChartView* view : dashboard.chartViews())
        if (view && view->chart())
            list.push_back({view->objectName(), view->chart(), nullptr});
    if (map.canvas())
        list.push_back({QStringLiteral("map"), nullptr, map.canvas()});
    return list;
}

QList<ExportFormat> FigureSet::formats()
{
    return {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf};
}

QStringList FigureSet::fileNames(const QList<Figure>& figures)
{
    QStringList names;
    for (const Figure& f : figures)
        for (ExportFormat format : formats())
            names << f.stem + QLatin1Char('.') + ExportService::formatSuffix(format);
    return names;
}

bool FigureSet::writeOne(const Figure& figure, const QString& path, const ExportOptions& options,
                         QString* error)
{
    if (figure.chart)
        return ExportService::exportChart(figure.chart, path, options, error);
    return ExportService::exportWidget(figure.widget, path, options, error);
}

bool FigureSet::write(const QList<Figure>& figures, const QString& directory,
                      const ExportOptions& options, QStringList* written, QString* error)
{
    const QDir dir(directory);
    if (directory.isEmpty() || !QDir().mkpath(dir.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("FigureSet", "cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(dir.absolutePath()));
        return false;
    }
    for (const Figure& f : figures) {
        for (ExportFormat format : formats()) {
            ExportOptions o = options;
            o.format = format;
            const QString path = dir.absoluteFilePath(f.stem + QLatin1Char('.') +
                                                      ExportService::formatSuffix(format));
            if (!writeOne(f, path, o, error))
                return false;
            if (written)
                written->push_back(path);
        }
    }
    return true;
}

} // namespace nephos::widgets
