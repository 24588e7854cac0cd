#include "dataimport/DataImportService.h"

#include "dataimport/DataImportReader.h"
#include "editor/ScenarioDocument.h"
#include "editor/SnapshotCommand.h"

#include "data/TraceReplay.h"
#include "policy/PolicyRegistry.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioValidator.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QUndoStack>

#include <set>

namespace nephos::widgets {

namespace {

std::set<QString> problemSet(const Scenario& s)
{
    const std::vector<std::string> policies = policyNames();
    std::set<QString> out;
    for (const ScenarioProblem& p : ScenarioValidator::validate(s, &policies))
        out.insert(p.toString());
    return out;
}

/// Problems of `after` that `before` did not have.
QStringList newProblems(const Scenario& before, const Scenario& after)
{
    const std::set<QString> old = problemSet(before);
    QStringList added;
    for (const QString& p : problemSet(after))
        if (!old.count(p))
            added << p;
    return added;
}

/// `one` or `many` (each with a %1 for the count), by the count.
QString counted(long long n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(QLocale().toString(n));
}

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

} // namespace

DataImportService::DataImportService(ScenarioDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{}

DataImportService::~DataImportService() = default;

bool DataImportService::importDataFiles(const QStringList& files)
{
    return start(Job::DataFiles, files,
                 tr("Importing %n data file(s)…", nullptr, int(files.size())));
}

bool DataImportService::importDataPack(const QString& file)
{
    return start(Job::DataPack, {file}, tr("Importing data pack %1…").arg(fileName(file)));
}

bool DataImportService::importTrace(const QString& file)
{
    return start(Job::Trace, {file}, tr("Importing GPU trace %1…").arg(fileName(file)));
}

bool DataImportService::start(Job job, const QStringList& files, const QString& what)
{
    if (m_busy || files.isEmpty())
        return false;
    m_busy = true;
    Q_EMIT started(what);
    auto parsed = std::make_shared<ParsedImport>();
    const Scenario snapshot = job == Job::DataFiles ? m_document->scenario() : Scenario{};
    QThread* worker = QThread::create([job, files, snapshot, parsed] {
        if (job == Job::DataFiles)
            *parsed = DataImportReader::readDataFiles(files, snapshot);
        else if (job == Job::DataPack)
            *parsed = DataImportReader::readDataPack(files.front());
        else
            *parsed = DataImportReader::readTrace(files.front());
    });
    connect(worker, &QThread::finished, this, [this, worker, job, parsed] {
        worker->deleteLater();
        finish(job, *parsed);
    });
    worker->start();
    return true;
}

void DataImportService::finish(Job job, const ParsedImport& parsed)
{
    m_busy = false;
    const QString title = job == Job::Trace      ? tr("GPU trace import failed")
                          : job == Job::DataPack ? tr("Data pack import failed")
                                                 : tr("Data import failed");
    QString error = parsed.error;
    ImportSummary summary;
    if (error.isEmpty()) {
        if (job == Job::Trace)
            applyTrace(parsed, summary, &error);
        else
            applyPack(parsed, summary);
    }
    if (!error.isEmpty()) {
        Q_EMIT failed(title, error);
    } else {
        if (parsed.outline)
            Q_EMIT outlineImported(*parsed.outline);
        Q_EMIT succeeded(summary);
    }
    Q_EMIT finished();
}

void DataImportService::applyPack(const ParsedImport& parsed, ImportSummary& summary)
{
    summary.title = parsed.reports.empty() && !parsed.outline ? tr("Data pack imported")
                                                              : tr("Data files imported");
    for (const ImportReport& r : parsed.reports) {
        summary.files << tr("%1 (%2): %3 rows read, %4 used, %5 facts")
                             .arg(fileName(QString::fromStdString(r.file)),
                                  QString::fromStdString(r.layout))
                             .arg(r.rowsRead)
                             .arg(r.rowsUsed)
                             .arg(r.itemsAdded);
        for (const std::string& w : r.warnings)
            summary.notes << QString::fromStdString(w);
    }
    if (parsed.outline)
        summary.files << tr("%1 (GeoJSON): %2 countries, %3 points, shown on the map")
                             .arg(fileName(parsed.outlineFile))
                             .arg(parsed.outline->countries.size())
                             .arg(parsed.outline->pointCount());
    if (!parsed.hasPack) {
        if (summary.changes.isEmpty())
            summary.changes << tr("Scenario unchanged (only the map outline was imported)");
        return;
    }

    const Scenario& before = m_document->scenario();
    Scenario after = before;
    const ApplySummary s = applyDataPack(after, parsed.pack, m_mode);
    // A measured PUE or carbon factor is never replaced by a provider-level estimate.
    for (Region& r : after.regions) {
        const Region* old = before.findRegion(r.id);
        if (!old)
            continue;
        if (r.pueEstimated && !old->pueEstimated) {
            r.pue = old->pue;
            r.pueEstimated = false;
        }
        if (r.carbonEstimated && !old->carbonEstimated) {
            r.carbonKgPerKwh = old->carbonKgPerKwh;
            r.carbonEstimated = false;
        }
    }
    long long linksEstimated = 0;
    for (const NetworkLink& l : parsed.pack.network)
        linksEstimated += after.findRegion(l.src) && after.findRegion(l.dst) &&
                          (l.throughputEstimated || l.rttEstimated || l.egressEstimated);

    if (s.offersSet)
        summary.changes << counted(s.offersSet, tr("%1 price updated"), tr("%1 prices updated"));
    if (s.instanceTypesSet)
        summary.changes << counted(s.instanceTypesSet, tr("%1 instance type updated"),
                                   tr("%1 instance types updated"));
    if (s.regionsUpdated)
        summary.changes << counted(s.regionsUpdated, tr("%1 region updated"),
                                   tr("%1 regions updated"));
    if (s.regionsAdded)
        summary.changes << counted(s.regionsAdded, tr("%1 region added"), tr("%1 regions added"));
    if (s.regionEnergySet)
        summary.changes << counted(s.regionEnergySet, tr("%1 region's PUE / carbon intensity"),
                                   tr("%1 regions' PUE / carbon intensity"));
    if (s.gpuModelsSet)
        summary.changes << counted(s.gpuModelsSet, tr("%1 GPU model updated"),
                                   tr("%1 GPU models updated"));
    if (s.linksSet)
        summary.changes << counted(s.linksSet, tr("%1 network link set"),
                                   tr("%1 network links set"));
    if (linksEstimated)
        summary.changes << counted(int(linksEstimated), tr("%1 link estimated (flagged)"),
                                   tr("%1 links estimated (flagged)"));
    if (s.constantsUsed)
        summary.changes << counted(s.constantsUsed, tr("%1 energy constant used"),
                                   tr("%1 energy constants used"));
    if (parsed.networkFieldsEstimated)
        summary.notes << counted(parsed.networkFieldsEstimated,
                                 tr("%1 network field without a measurement estimated from "
                                    "great-circle distance"),
                                 tr("%1 network fields without a measurement estimated from "
                                    "great-circle distance"));

    if (ScenarioJson::toJson(after) == ScenarioJson::toJson(before)) {
        summary.changes.prepend(tr("Scenario unchanged: its values already match"));
        return;
    }
    for (const QString& p : newProblems(before, after))
        summary.notes << tr("now invalid: %1").arg(p);
    QStringList names;
    for (const ImportReport& r : parsed.reports)
        names << fileName(QString::fromStdString(r.file));
    const QString text =
        names.isEmpty() ? tr("Import data pack %1").arg(QString::fromStdString(parsed.pack.name))
                        : tr("Import %1").arg(names.join(QStringLiteral(", ")));
    m_document->undoStack()->push(new SnapshotCommand(m_document, std::move(after), text));
}

bool DataImportService::applyTrace(const ParsedImport& parsed, ImportSummary& summary,
                                   QString* error)
{
    const TraceImportResult& trace = *parsed.trace;
    const Scenario& before = m_document->scenario();
    Scenario after = withTraceJobs(before, trace);
    const QStringList problems = newProblems(before, after);
    if (!problems.isEmpty()) {
        *error = tr("%1: the trace does not fit this scenario:\n%2")
                     .arg(parsed.traceFile, problems.mid(0, 5).join(QLatin1Char('\n')));
        return false;
    }
    const TraceSummary& t = trace.summary;
    summary.title = tr("GPU trace imported");
    summary.files << tr("%1: %2 pods read").arg(fileName(parsed.traceFile)).arg(t.rowsRead);
    summary.changes << tr("%1 jobs replace the generated workload (%2 training, %3 inference, "
                          "%4 analytics)")
                           .arg(t.jobsImported)
                           .arg(t.trainingJobs)
                           .arg(t.inferenceJobs)
                           .arg(t.analyticsJobs)
                    << tr("%1 GPU-hours").arg(t.gpuHours, 0, 'f', 1)
                    << tr("arrivals over %1 h (%2 per hour on average)")
                           .arg(t.spanHours, 0, 'f', 1)
                           .arg(t.spanHours > 0 ? double(t.jobsImported) / t.spanHours : 0.0, 0,
                                'f', 2);
    if (after.settings.horizonHours != before.settings.horizonHours)
        summary.changes << tr("horizon extended from %1 h to %2 h")
                               .arg(before.settings.horizonHours)
                               .arg(after.settings.horizonHours);
    summary.changes << tr("%1 rows skipped: %2 never scheduled, %3 without run time")
                           .arg(t.rowsSkipped)
                           .arg(t.skippedPending)
                           .arg(t.skippedNoRuntime);
    for (const std::string& w : trace.warnings)
        summary.notes << QString::fromStdString(w);
    m_document->undoStack()->push(new SnapshotCommand(
        m_document, std::move(after), tr("Import GPU trace %1").arg(fileName(parsed.traceFile))));
    return true;
}

} // namespace nephos::widgets
