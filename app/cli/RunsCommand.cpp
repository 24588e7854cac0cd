#include "RunsCommand.h"

#include "CommandLineArgs.h"
#include "RunsReport.h"

#include "store/RunStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace nephos::cli {

namespace {

const QString kDb = QStringLiteral("db");
const QString kJson = QStringLiteral("json");
const QString kCsv = QStringLiteral("csv");
const QString kOut = QStringLiteral("out");

/// The options each sub-command accepts (all parse; others are refused afterwards).
QStringList allowedOptions(const QString& sub)
{
    if (sub == QLatin1String("list") || sub == QLatin1String("show"))
        return {kDb, kJson};
    if (sub == QLatin1String("export"))
        return {kDb, kJson, kCsv, kOut};
    return {kDb};
}

QString jsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

QString RunsCommand::name() const
{
    return QStringLiteral("runs");
}

QString RunsCommand::summary() const
{
    return QStringLiteral("list, show, export or delete stored runs");
}

QString RunsCommand::usage() const
{
    return QStringLiteral(
        "Usage: nephos-cli runs list [--db PATH] [--json]\n"
        "       nephos-cli runs show ID [--db PATH] [--json]\n"
        "       nephos-cli runs export [ID...] [--db PATH] [--json|--csv] [--out FILE]\n"
        "       nephos-cli runs delete ID... [--db PATH]\n\n"
        "Inspects, compares and cleans a run store (the file `nephos-cli run` and the workbench\n"
        "write).\n\n"
        "  list     every run, newest first: id, status, scenario, policy, seed, start, simulated\n"
        "           hours and wall time; --json: {\"db\", \"runs\": [...]}\n"
        "  show     one run: its row, KPIs and KPIs per workload class\n"
        "  export   KPIs of the given runs (default: all, oldest first) as JSON {\"db\", "
        "\"runs\":\n"
        "           [{id, scenario, scenario_hash, policy, seed, status, ..., kpis,\n"
        "           kpis_by_class}]} (the default) or CSV (a row per run and per class);\n"
        "           scenario_hash identifies the scenario, so two stores can be compared per\n"
        "           scenario, policy and seed\n"
        "  delete   removes runs with their KPIs, series and totals (not runs still running)\n\n"
        "  --db PATH    run store file; default: <app data>/runs.sqlite. It must exist.\n"
        "  --json       JSON instead of a table\n"
        "  --csv        CSV (export only)\n"
        "  --out FILE   write the export to FILE instead of stdout\n\n"
        "Exit codes: 0 ok, 1 error (unreadable store, unknown run), 2 bad usage.\n");
}

int RunsCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    auto usageError = [&](const QString& message) {
        ctx.err << "nephos-cli runs: " << message << "\n" << usage();
        return int(ExitUsage);
    };
    auto failure = [&](const QString& message) {
        ctx.err << "nephos-cli runs: " << message << "\n";
        return int(ExitFailure);
    };
    if (!parsed.parse(args, {{kDb, true}, {kJson, false}, {kCsv, false}, {kOut, true}}, &error))
        return usageError(error);
    if (parsed.positional().isEmpty())
        return usageError(QStringLiteral("expected list, show, export or delete"));
    const QString sub = parsed.positional().first();
    if (sub != QLatin1String("list") && sub != QLatin1String("show") &&
        sub != QLatin1String("export") && sub != QLatin1String("delete"))
        return usageError(
            QStringLiteral("unknown sub-command '%1' (expected list, show, export or delete)")
                .arg(sub));
    for (const QString& o : {kDb, kJson, kCsv, kOut})
        if (parsed.has(o) && !allowedOptions(sub).contains(o))
            return usageError(QStringLiteral("%1 takes no --%2").arg(sub, o));
    if (parsed.has(kJson) && parsed.has(kCsv))
        return usageError(QStringLiteral("--json and --csv exclude each other"));

    std::vector<std::int64_t> ids;
    for (const QString& a : parsed.positional().mid(1)) {
        bool ok = false;
        const qlonglong id = a.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(
                QStringLiteral("expected a run id (a positive integer), got '%1'").arg(a));
        ids.push_back(id);
    }
    if (sub == QLatin1String("list") && !ids.empty())
        return usageError(QStringLiteral("list takes no run ids"));
    if (sub == QLatin1String("show") && ids.size() != 1)
        return usageError(QStringLiteral("show takes exactly one run id"));
    if (sub == QLatin1String("delete") && ids.empty())
        return usageError(QStringLiteral("delete needs at least one run id"));

    const QString dbPath = parsed.has(kDb) ? parsed.value(kDb) : RunStore::defaultPath();
    if (dbPath.isEmpty())
        return usageError(QStringLiteral("--db: expected a file name, got ''"));
    if (!QFileInfo(dbPath).isFile())
        return failure(QStringLiteral("%1: no such run store").arg(dbPath));
    RunStore store;
    if (!store.open(dbPath, &error))
        return failure(error);

    if (sub == QLatin1String("list")) {
        const std::vector<StoredRun> runs = store.listRuns({}, &error);
        if (!error.isEmpty())
            return failure(error);
        if (!parsed.has(kJson)) {
            ctx.out << RunsReport::listTable(runs);
            return ExitOk;
        }
        QJsonArray a;
        for (const StoredRun& r : runs)
            a.append(RunsReport::runJson(r));
        ctx.out << jsonText({{QStringLiteral("db"), dbPath}, {QStringLiteral("runs"), a}});
        return ExitOk;
    }

    if (sub == QLatin1String("delete")) {
        // All or nothing: every id must name a run that is not running.
        for (std::int64_t id : ids) {
            StoredRun r;
            if (!store.loadRun(id, r, &error))
                return failure(error + QStringLiteral("; nothing deleted"));
            if (r.status == QLatin1String("running"))
                return failure(QStringLiteral("%1: run %2 is still running; nothing deleted")
                                   .arg(dbPath)
                                   .arg(id));
        }
        for (std::int64_t id : ids) {
            if (!store.deleteRun(id, &error))
                return failure(error);
            ctx.out << "deleted run " << id << "\n";
        }
        return ExitOk;
    }

    // show / export
    if (sub == QLatin1String("export") && ids.empty()) {
        const std::vector<StoredRun> runs = store.listRuns({}, &error);
        if (!error.isEmpty())
            return failure(error);
        for (auto it = runs.rbegin(); it != runs.rend(); ++it)
            ids.push_back(it->id);
    }
    std::vector<RunReport> reports(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!RunsReport::load(store, ids[i], reports[i], &error))
            return failure(error);
    if (sub == QLatin1String("show")) {
        ctx.out << (parsed.has(kJson) ? jsonText(RunsReport::reportJson(reports.front()))
                                      : RunsReport::showText(reports.front()));
        return ExitOk;
    }
    QString text;
    if (parsed.has(kCsv)) {
        text = RunsReport::csv(reports);
    } else {
        QJsonArray a;
        for (const RunReport& r : reports)
            a.append(RunsReport::reportJson(r));
        text = jsonText({{QStringLiteral("db"), dbPath}, {QStringLiteral("runs"), a}});
    }
    if (!parsed.has(kOut)) {
        ctx.out << text;
        return ExitOk;
    }
    const QString outPath = parsed.value(kOut);
    if (outPath.isEmpty())
        return usageError(QStringLiteral("--out: expected a file name, got ''"));
    QSaveFile f(outPath);
    const QByteArray bytes = text.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return failure(QStringLiteral("cannot write %1: %2").arg(outPath, f.errorString()));
    ctx.err << "nephos-cli runs: exported " << reports.size() << " run(s) to " << outPath << "\n";
    return ExitOk;
}

} // namespace nephos::cli
