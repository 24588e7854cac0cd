#pragma once

#include "export/ExportService.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace nephos::widgets {

class Settings;

/// Exports single figures (a chart, the map, a whole view) from the workbench: right-click ▸
/// Export… on every attached chart and map, the export dialog (format, size, DPI, file) opened in
/// the one remembered export folder, and a confirmation naming the written file.
class FigureExporter : public QObject
{
    Q_OBJECT
public:
    /// `settings` keeps the export folder; dialogs are parented to `dialogParent`.
    FigureExporter(Settings* settings, QWidget* dialogParent);

    /// Offers Export… in `target`'s context menu; `stem` names the file ("queue", "map").
    void attach(QWidget* target, const QString& stem);
    bool isAttached(const QWidget* target) const;
    /// The context menu of an attached target (the caller owns it); its Export… action is named
    /// "actionExportFigure". nullptr when `target` is not attached.
    QMenu* createMenu(QWidget* target, QWidget* parent = nullptr);

    /// Opens the export dialog for `target` with STEM.png in the export folder; true when a file
    /// was written (exported() follows). `wholeContent` (a view): the height starts at what the
    /// whole content needs at the chosen width, not the part a scroll area shows.
    bool exportFigure(QWidget* target, const QString& stem, bool wholeContent = false);
    /// Pixel height `target`'s whole content needs at `options`' width and resolution.
    static int contentHeight(QWidget* target, const ExportOptions& options);
    /// Writes `target` to `path` without a dialog, remembers its folder and emits exported().
    bool exportTo(QWidget* target, const QString& path, const ExportOptions& options,
                  QString* error = nullptr);

    /// The size, resolution and format of the last export (the dialog starts with them).
    ExportOptions lastOptions() const { return m_last; }

    /// The confirmation for a written file: its name, size and resolution in words.
    static QString confirmation(const QString& path, const ExportOptions& options);

Q_SIGNALS:
    /// A figure was written; `message` names the file (for the status bar).
    void exported(const QString& path, const QString& message);

private:
    void remember(const QString& path, const ExportOptions& options);

    Settings* m_settings;
    QPointer<QWidget> m_dialogParent;
    ExportOptions m_last;
};

} // namespace nephos::widgets
