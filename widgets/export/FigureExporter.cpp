#include "export/FigureExporter.h"

#include "export/ExportDialog.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace nephos::widgets {

namespace {
const char* const kStemProperty = "nephosFigureStem";
}

FigureExporter::FigureExporter(Settings* settings, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{}

void FigureExporter::attach(QWidget* target, const QString& stem)
{
    if (!target || isAttached(target))
        return;
    target->setProperty(kStemProperty, stem);
    target->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(target, &QWidget::customContextMenuRequested, this, [this, target](const QPoint& at) {
        QMenu* menu = createMenu(target, target);
        if (!menu)
            return;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(target->mapToGlobal(at));
    });
}

bool FigureExporter::isAttached(const QWidget* target) const
{
    return target && target->property(kStemProperty).isValid();
}

QMenu* FigureExporter::createMenu(QWidget* target, QWidget* parent)
{
    if (!isAttached(target))
        return nullptr;
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("figureMenu"));
    QAction* exportAction = menu->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("actionExportFigure"));
    exportAction->setToolTip(tr("Save this figure as a PNG, SVG or PDF file"));
    const QPointer<QWidget> guarded(target);
    connect(exportAction, &QAction::triggered, this, [this, guarded] {
        if (guarded)
            exportFigure(guarded, guarded->property(kStemProperty).toString());
    });
    return menu;
}

int FigureExporter::contentHeight(QWidget* target, const ExportOptions& options)
{
    if (!target)
        return options.size.height();
    const double scale = options.dpi / 96.0;
    const int logicalWidth = qRound(options.size.width() / scale);
    int logical = std::max(target->sizeHint().height(), target->minimumSizeHint().height());
    if (target->hasHeightForWidth())
        logical = std::max(logical, target->heightForWidth(logicalWidth));
    return std::clamp(int(std::ceil(logical * scale)), 16, 20000);
}

bool FigureExporter::exportFigure(QWidget* target, const QString& stem, bool wholeContent)
{
    if (!target)
        return false;
    ExportDialog dialog(target, stem, m_dialogParent);
    ExportOptions start = m_last;
    if (wholeContent)
        start.size.setHeight(contentHeight(target, start));
    dialog.setOptions(start);
    const QString name = (stem.isEmpty() ? QStringLiteral("figure") : stem) + QLatin1Char('.') +
                         ExportService::formatSuffix(m_last.format);
    dialog.setPath(QDir(m_settings->exportFolder()).filePath(name));
    if (dialog.exec() != QDialog::Accepted) // the dialog writes the file on Export
        return false;
    remember(dialog.path(), dialog.options());
    return true;
}

bool FigureExporter::exportTo(QWidget* target, const QString& path, const ExportOptions& options,
                              QString* error)
{
    if (!ExportService::exportWidget(target, path, options, error))
        return false;
    remember(path, options);
    return true;
}

QString FigureExporter::confirmation(const QString& path, const ExportOptions& options)
{
    return tr("Figure saved: %1 (%2 × %3 px, %4 dpi)")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
        .arg(options.size.width())
        .arg(options.size.height())
        .arg(options.dpi);
}

void FigureExporter::remember(const QString& path, const ExportOptions& options)
{
    m_last = options;
    m_settings->setExportFolder(QFileInfo(path).absolutePath());
    Q_EMIT exported(path, confirmation(path, options));
}

} // namespace nephos::widgets
