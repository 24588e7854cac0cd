#pragma once

#include "dataimport/ImportSummary.h"

#include "data/ApplyDataPack.h"
#include "data/WorldOutline.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace nephos::widgets {

class ScenarioDocument;
struct ParsedImport;

/// Imports public data files, data packs and GPU traces into the open scenario. Files are read
/// and checked on a worker thread; the result is applied on the UI thread as ONE undoable
/// SnapshotCommand on the document's undo stack. On a malformed file failed() names file, line,
/// column and problem and the scenario is left untouched.
class DataImportService : public QObject
{
    Q_OBJECT
public:
    explicit DataImportService(ScenarioDocument* document, QObject* parent = nullptr);
    ~DataImportService() override;

    /// How pack facts the scenario does not have are treated (default: Overlay).
    void setApplyMode(ApplyMode mode) { m_mode = mode; }
    ApplyMode applyMode() const { return m_mode; }

    /// Price catalogs (prices.csv or SkyPilot vms.csv), network matrices, regions, energy files
    /// and GeoJSON outlines, in any mix (kinds detected by header).
    bool importDataFiles(const QStringList& files);
    /// A data pack JSON written by `nephos-cli import`.
    bool importDataPack(const QString& file);
    /// An Alibaba openb_pod_list CSV: replaces the generated workload by the trace's jobs.
    bool importTrace(const QString& file);

    /// True while a worker thread reads files (a second import is refused meanwhile).
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started(const QString& what);
    /// The import was applied (or changed nothing; summary.changes then says so).
    void succeeded(const nephos::widgets::ImportSummary& summary);
    /// The import failed; nothing was changed.
    void failed(const QString& title, const QString& error);
    /// A GeoJSON outline was read (for MapView::setOutline).
    void outlineImported(const nephos::WorldOutline& outline);
    /// After succeeded() or failed().
    void finished();

private:
    enum class Job { DataFiles, DataPack, Trace };
    bool start(Job job, const QStringList& files, const QString& what);
    void finish(Job job, const ParsedImport& parsed);
    void applyPack(const ParsedImport& parsed, ImportSummary& summary);
    bool applyTrace(const ParsedImport& parsed, ImportSummary& summary, QString* error);

    ScenarioDocument* m_document;
    ApplyMode m_mode = ApplyMode::Overlay;
    bool m_busy = false;
};

} // namespace nephos::widgets
