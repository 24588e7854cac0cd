#include "dataimport/DataImportController.h"

#include "dataimport/DataImportService.h"
#include "dataimport/ImportSummaryDialog.h"

#include "data/WorldOutline.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace nephos::widgets {

DataImportController::DataImportController(ScenarioDocument* document, QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_service(new DataImportService(document, this))
{
    setObjectName(QStringLiteral("dataImportController"));
    auto add = [this](const char* name, const QString& text, const QString& tip,
                      void (DataImportController::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        m_actions << a;
    };
    add("actionImportDataFiles", tr("&Data Files…"),
        tr("Import price catalogs, network matrices, regions, energy factors or GeoJSON "
           "outlines into the scenario"),
        &DataImportController::importDataFiles);
    add("actionImportDataPack", tr("Data &Pack…"),
        tr("Apply a data pack written by nephos-cli import to the scenario"),
        &DataImportController::importDataPack);
    add("actionImportTrace", tr("&GPU Trace…"),
        tr("Replace the generated workload by the jobs of an Alibaba GPU pod trace"),
        &DataImportController::importTrace);

    m_chooseFiles = [this](const QString& title, const QString& filter, bool multiple) {
        if (multiple)
            return QFileDialog::getOpenFileNames(m_window, title, QString(), filter);
        const QString f = QFileDialog::getOpenFileName(m_window, title, QString(), filter);
        return f.isEmpty() ? QStringList() : QStringList{f};
    };
    m_showError = [this](const QString& title, const QString& message) {
        QMessageBox::critical(m_window, title, message);
    };
    m_showSummary = [this](const ImportSummary& summary) {
        auto* dialog = new ImportSummaryDialog(summary, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_summaryDialog = dialog;
        dialog->open();
    };

    connect(m_service, &DataImportService::started, this, &DataImportController::onStarted);
    connect(m_service, &DataImportService::finished, this, &DataImportController::onFinished);
    connect(m_service, &DataImportService::failed, this,
            [this](const QString& title, const QString& error) {
                onFinished();
                m_showError(title, error);
            });
    connect(m_service, &DataImportService::succeeded, this, [this](const ImportSummary& summary) {
        onFinished();
        m_showSummary(summary);
    });
    connect(m_service, &DataImportService::outlineImported, this,
            &DataImportController::outlineImported);
}

ImportSummaryDialog* DataImportController::summaryDialog() const
{
    return m_summaryDialog.data();
}

QProgressDialog* DataImportController::busyIndicator() const
{
    return m_busy.data();
}

void DataImportController::importDataFiles()
{
    const QStringList files = m_chooseFiles(
        tr("Import Data Files"),
        tr("Data files (*.csv *.geojson *.json);;CSV files (*.csv);;GeoJSON (*.geojson *.json);;"
           "All files (*)"),
        true);
    if (!files.isEmpty())
        m_service->importDataFiles(files);
}

void DataImportController::importDataPack()
{
    const QStringList files =
        m_chooseFiles(tr("Import Data Pack"), tr("Data packs (*.json);;All files (*)"), false);
    if (!files.isEmpty())
        m_service->importDataPack(files.front());
}

void DataImportController::importTrace()
{
    const QStringList files =
        m_chooseFiles(tr("Import GPU Trace"),
                      tr("Alibaba pod lists (openb_pod_list*.csv *.csv);;All files (*)"), false);
    if (!files.isEmpty())
        m_service->importTrace(files.front());
}

void DataImportController::onStarted(const QString& what)
{
    for (QAction* a : m_actions)
        a->setEnabled(false);
    auto* busy = new QProgressDialog(what, QString(), 0, 0, m_window);
    busy->setObjectName(QStringLiteral("importBusyIndicator"));
    busy->setWindowTitle(tr("Importing"));
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(200);
    busy->setCancelButton(nullptr);
    m_busy = busy;
}

void DataImportController::onFinished()
{
    for (QAction* a : m_actions)
        a->setEnabled(true);
    if (m_busy)
        m_busy->deleteLater();
    m_busy = nullptr;
}

} // namespace nephos::widgets
