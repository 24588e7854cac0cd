#pragma once

#include "dataimport/ImportSummary.h"

#include "data/WorldOutline.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace nephos::widgets {

class DataImportService;
class ImportSummaryDialog;
class ScenarioDocument;

/// The File ▸ Import actions: asks for files, runs the import (DataImportService) with a busy
/// indicator, then shows a summary dialog or, on error, a message box. File choosers and
/// presenters can be replaced (tests, scripted screenshots).
class DataImportController : public QObject
{
    Q_OBJECT
public:
    DataImportController(ScenarioDocument* document, QWidget* window);

    /// actionImportDataFiles, actionImportDataPack, actionImportTrace.
    QList<QAction*> actions() const { return m_actions; }
    DataImportService* service() const { return m_service; }

    /// Returns the chosen files (empty: cancelled). `multiple`: several files may be chosen.
    using FileChooser =
        std::function<QStringList(const QString& title, const QString& filter, bool multiple)>;
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    using ErrorPresenter = std::function<void(const QString& title, const QString& message)>;
    void setErrorPresenter(ErrorPresenter presenter) { m_showError = std::move(presenter); }
    using SummaryPresenter = std::function<void(const ImportSummary& summary)>;
    void setSummaryPresenter(SummaryPresenter presenter) { m_showSummary = std::move(presenter); }

    /// The summary dialog last opened by the default presenter (null once closed).
    ImportSummaryDialog* summaryDialog() const;
    /// The busy indicator while an import runs (null otherwise).
    QProgressDialog* busyIndicator() const;

public Q_SLOTS:
    void importDataFiles();
    void importDataPack();
    void importTrace();

Q_SIGNALS:
    void outlineImported(const nephos::WorldOutline& outline);

private:
    void onStarted(const QString& what);
    void onFinished();

    QWidget* m_window;
    DataImportService* m_service;
    QList<QAction*> m_actions;
    FileChooser m_chooseFiles;
    ErrorPresenter m_showError;
    SummaryPresenter m_showSummary;
    QPointer<ImportSummaryDialog> m_summaryDialog;
    QPointer<QProgressDialog> m_busy;
};

} // namespace nephos::widgets
