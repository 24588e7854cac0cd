#include "export/ExportService.h"

#include "metrics/Kpis.h"

#include <QAbstractSlider>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QWidget>

#include <functional>

namespace nephos::widgets {

namespace {

/// Paints into a logical (96 dpi) canvas of the given size.
using Renderer = std::function<void(QPainter&, const QSizeF& logical)>;

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool checkTarget(const QString& path, const ExportOptions& o, QString* error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("no output file given"));
    if (o.size.width() < 16 || o.size.height() < 16 || o.size.width() > 20000 ||
        o.size.height() > 20000)
        return fail(error, QStringLiteral("%1: size %2×%3 px is out of range (16–20000)")
                               .arg(path)
                               .arg(o.size.width())
                               .arg(o.size.height()));
    if (o.dpi < 24 || o.dpi > 1200)
        return fail(error,
                    QStringLiteral("%1: %2 dpi is out of range (24–1200)").arg(path).arg(o.dpi));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(
            error,
            QStringLiteral("%1: directory %2 does not exist").arg(path, info.absolutePath()));
    return true;
}

QSizeF logicalSize(const ExportOptions& o)
{
    const double s = 96.0 / o.dpi;
    return QSizeF(o.size.width() * s, o.size.height() * s);
}

bool paintToFile(const Renderer& render, const QColor& background, const QString& path,
                 const ExportOptions& o, QString* error)
{
    if (!checkTarget(path, o, error))
        return false;
    const QSizeF logical = logicalSize(o);
    switch (o.format) {
    case ExportFormat::Png: {
        QImage image(o.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(background);
        const int dpm = qRound(o.dpi / 0.0254);
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.scale(o.size.width() / logical.width(), o.size.height() / logical.height());
            render(p, logical);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(error,
                        QStringLiteral("%1: cannot write PNG (%2)").arg(path, file.errorString()));
        return true;
    }
    case ExportFormat::Svg: {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(error,
                        QStringLiteral("%1: cannot write SVG (%2)").arg(path, probe.errorString()));
        probe.close();
        QSvgGenerator gen;
        gen.setFileName(path);
        gen.setSize(o.size);
        gen.setViewBox(QRect(QPoint(0, 0), o.size));
        gen.setResolution(o.dpi);
        gen.setTitle(QFileInfo(path).completeBaseName());
        gen.setDescription(QStringLiteral("Exported by Nephos"));
        QPainter p;
        if (!p.begin(&gen))
            return fail(error, QStringLiteral("%1: cannot start the SVG painter").arg(path));
        p.fillRect(QRect(QPoint(0, 0), o.size), background);
        p.scale(o.size.width() / logical.width(), o.size.height() / logical.height());
        render(p, logical);
        p.end();
        return QFileInfo(path).size() > 0 ||
               fail(error, QStringLiteral("%1: the SVG file is empty").arg(path));
    }
    case ExportFormat::Pdf: {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(error,
                        QStringLiteral("%1: cannot write PDF (%2)").arg(path, probe.errorString()));
        probe.close();
        QPdfWriter writer(path);
        writer.setResolution(o.dpi);
        writer.setPageSize(
            QPageSize(QSizeF(o.size.width() / double(o.dpi), o.size.height() / double(o.dpi)),
                      QPageSize::Inch, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QFileInfo(path).completeBaseName());
        writer.setCreator(QStringLiteral("Nephos"));
        QPainter p;
        if (!p.begin(&writer))
            return fail(error, QStringLiteral("%1: cannot start the PDF painter").arg(path));
        p.fillRect(QRect(0, 0, writer.width(), writer.height()), background);
        p.scale(writer.width() / logical.width(), writer.height() / logical.height());
        render(p, logical);
        p.end();
        return QFileInfo(path).size() > 0 ||
               fail(error, QStringLiteral("%1: the PDF file is empty").arg(path));
    }
    }
    return fail(error, QStringLiteral("%1: unknown format").arg(path));
}

} // namespace

bool ExportService::formatFromName(const QString& name, ExportFormat* format)
{
    const QString n = name.trimmed().toLower();
    ExportFormat f;
    if (n == QLatin1String("png"))
        f = ExportFormat::Png;
    else if (n == QLatin1String("svg"))
        f = ExportFormat::Svg;
    else if (n == QLatin1String("pdf"))
        f = ExportFormat::Pdf;
    else
        return false;
    if (format)
        *format = f;
    return true;
}

QString ExportService::formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

bool ExportService::exportWidget(QWidget* widget, const QString& path, const ExportOptions& options,
                                 QString* error)
{
    if (!widget)
        return fail(error, QStringLiteral("%1: nothing to export").arg(path));
    if (auto* view = qobject_cast<QChartView*>(widget); view && view->chart())
        return exportChart(view->chart(), path, options, error);
    // The content of a scroll area is laid out at the figure's size, not the viewport's: out of
    // the area while rendering (the area would resize it back), put back afterwards.
    QScrollArea* area = nullptr;
    if (QWidget* viewport = widget->parentWidget())
        area = qobject_cast<QScrollArea*>(viewport->parentWidget());
    if (area && area->widget() != widget)
        area = nullptr;
    const int scrollX = area ? area->horizontalScrollBar()->value() : 0;
    const int scrollY = area ? area->verticalScrollBar()->value() : 0;
    if (area)
        area->takeWidget();
    // A figure shows content, not controls: combo boxes, sliders and scroll bars are left out.
    QList<QPointer<QWidget>> hidden;
    for (QWidget* child : widget->findChildren<QWidget*>()) {
        const bool control =
            qobject_cast<QComboBox*>(child) || qobject_cast<QAbstractSlider*>(child);
        if (control && child->isVisibleTo(widget)) {
            hidden.push_back(child);
            child->hide();
        }
    }
    for (QLabel* label : widget->findChildren<QLabel*>()) // a hidden control's caption
        if (label->buddy() && hidden.contains(label->buddy()) && label->isVisibleTo(widget)) {
            hidden.push_back(label);
            label->hide();
        }
    const QSize oldSize = widget->size();
    const QColor background = widget->palette().color(QPalette::Window);
    const Renderer render = [widget](QPainter& p, const QSizeF& logical) {
        widget->resize(logical.toSize());
        if (widget->layout())
            widget->layout()->activate();
        widget->render(&p, QPoint(), QRegion(),
                       QWidget::DrawWindowBackground | QWidget::DrawChildren);
    };
    const bool ok = paintToFile(render, background, path, options, error);
    for (const QPointer<QWidget>& child : hidden)
        if (child)
            child->show();
    widget->resize(oldSize);
    if (widget->layout())
        widget->layout()->activate();
    if (area) {
        area->setWidget(widget);
        area->horizontalScrollBar()->setValue(scrollX);
        area->verticalScrollBar()->setValue(scrollY);
    }
    return ok;
}

bool ExportService::exportChart(QChart* chart, const QString& path, const ExportOptions& options,
                                QString* error)
{
    if (!chart)
        return fail(error, QStringLiteral("%1: no chart to export").arg(path));
    QGraphicsScene ownScene;
    const bool borrowed = chart->scene() == nullptr;
    if (borrowed)
        ownScene.addItem(chart);
    const QSizeF oldSize = chart->size();
    const QPointF oldPos = chart->pos();
    const QColor background = chart->backgroundBrush().color();
    const Renderer render = [chart](QPainter& p, const QSizeF& logical) {
        chart->setPos(0, 0);
        chart->resize(logical);
        if (chart->layout())
            chart->layout()->activate();
        const QRectF source = chart->mapRectToScene(QRectF(QPointF(0, 0), logical));
        chart->scene()->render(&p, QRectF(QPointF(0, 0), logical), source, Qt::IgnoreAspectRatio);
    };
    const bool ok = paintToFile(render, background, path, options, error);
    chart->setPos(oldPos);
    chart->resize(oldSize);
    if (chart->layout())
        chart->layout()->activate();
    if (borrowed)
        ownScene.removeItem(chart);
    return ok;
}

bool ExportService::exportKpiCsv(const nephos::Kpis& kpis, const QString& path, QString* error)
{
    if (path.isEmpty())
        return fail(error, QStringLiteral("no output file given for the KPI table"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(error, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    QByteArray text = "key,value\n";
    for (const auto& [key, value] : kpis.keyValues())
        text += QByteArray::fromStdString(key) + ',' + QByteArray::number(value, 'g', 15) + '\n';
    if (file.write(text) != text.size() || !file.commit())
        return fail(error, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    return true;
}

} // namespace nephos::widgets
