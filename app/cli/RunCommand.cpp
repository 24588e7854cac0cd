#include "RunCommand.h"

#include "CommandLineArgs.h"
#include "KpiTable.h"
#include "ProgressBar.h"
#include "TraceOptions.h"

#include "data/TraceImporter.h"
#include "data/TraceReplay.h"
#include "policy/PolicyRegistry.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioValidator.h"
#include "sim/Simulation.h"
#include "store/RunStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <exception>

namespace nephos::cli {

namespace {

/// Set by SIGINT / SIGTERM; the simulation polls it. The CLI runs one
/// simulation per process.
CancelFlag& interruptFlag()
{
    static CancelFlag flag{false};
    return flag;
}

extern "C" void onInterrupt(int)
{
    interruptFlag().store(true);
}

/// Installs the handlers for the duration of a run; a second signal kills
/// (SA_RESETHAND).
class InterruptGuard
{
public:
    InterruptGuard()
    {
        interruptFlag().store(false);
        struct sigaction sa = {};
        sa.sa_handler = &onInterrupt;
        sa.sa_flags = SA_RESETHAND;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, &m_oldInt);
        sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

QJsonObject kpiJson(const Kpis& k)
{
    QJsonObject o;
    for (const auto& [key, value] : k.keyValues())
        o[QString::fromStdString(key)] = value;
    return o;
}

/// Workload class name -> the same KPI keys as "kpis" (the class's share, see
/// docs/simulation-model.md).
QJsonObject kpisByClassJson(const Scenario& scenario, const RunResult& result)
{
    QJsonObject o;
    for (std::size_t c = 0; c < result.classKpis.size() && c < scenario.workloads.size(); ++c)
        o[QString::fromStdString(scenario.workloads[c].name)] = kpiJson(result.classKpis[c]);
    return o;
}

QJsonObject unhostableJson(const UnhostableReport& u)
{
    QJsonObject reasons;
    for (const auto& [why, n] : u.reasons)
        reasons[QString::fromStdString(why)] = static_cast<double>(n);
    QJsonArray examples;
    for (const std::string& e : u.examples)
        examples.append(QString::fromStdString(e));
    return {{QStringLiteral("count"), static_cast<double>(u.count)},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("examples"), examples}};
}

/// {"rows", "jobs", "unhostable", "skipped": {reason: count}}: what became of the trace's rows.
QJsonObject traceJson(const TraceSummary& t, const RunResult& result)
{
    QJsonObject skipped;
    for (const auto& [why, rows] : t.skippedByReason)
        skipped[QString::fromStdString(why)] = static_cast<double>(rows.count);
    for (const auto& [why, n] : result.unhostable.reasons)
        skipped[QStringLiteral("unhostable: ") + QString::fromStdString(why)] =
            static_cast<double>(n);
    return {{QStringLiteral("rows"), static_cast<double>(t.rowsRead)},
            {QStringLiteral("jobs"), static_cast<double>(result.kpis.jobsTotal)},
            {QStringLiteral("unhostable"), static_cast<double>(result.unhostable.count)},
            {QStringLiteral("unhostable_examples"),
             unhostableJson(result.unhostable).value(QStringLiteral("examples"))},
            {QStringLiteral("skipped"), skipped}};
}

QJsonValue seedJson(std::uint64_t seed)
{
    if (seed <= (std::uint64_t(1) << 53))
        return static_cast<double>(seed);
    return QString::number(static_cast<qulonglong>(seed));
}

QString statusName(RunStatus s)
{
    return QLatin1String(runStatusKey(s));
}

} // namespace

QString RunCommand::name() const
{
    return QStringLiteral("run");
}

QString RunCommand::summary() const
{
    return QStringLiteral("simulate a scenario under a policy, store the run, print KPIs");
}

QString RunCommand::usage() const
{
    return QStringLiteral(
               "Usage: nephos-cli run [SCENARIO.json] [--policy P] [--seed N] [--db "
               "PATH] [--json]\n"
               "                      [--trace FILE [--format openb|csv] [--mapping M] [--map K=V "
               "...]]\n"
               "                      [--scaling S] [--unhostable skip|refuse]\n\n"
               "Simulates the scenario (the embedded default scenario when no file is "
               "given), stores\n"
               "the run in the run store and prints a KPI table.\n\n"
               "  --policy P    allocation policy (see `nephos-cli policies`); default: "
               "the scenario's\n"
               "  --seed N      random seed (non-negative integer); default: the "
               "scenario's\n"
               "  --db PATH     run store file; default: <app data>/runs.sqlite\n"
               "  --json        print one JSON object (run_id, scenario, policy, seed, "
               "status, kpis,\n"
               "                timing {sim_wall_s, events, simulated_h}) instead of "
               "the table\n"
               "  --trace FILE  replay a job trace (an Alibaba GPU pod list by default, any job "
               "or\n"
               "                request log with --format csv) on the scenario's clouds instead of "
               "its\n"
               "                generated workload; the clock starts at the first arrival, the pool\n"
               "                is elastic and the horizon covers every job; rows without resources\n"
               "                take the defaults of the scenario's workload class of their name\n"
               "  --scaling S   scaling strategy: none (fixed pool), on-demand or threshold;\n"
               "                default: the scenario's\n"
               "  --unhostable  what to do with jobs no pool type can ever host: skip them\n"
               "                (reported) or refuse the run; default: the scenario's\n\n") +
           TraceOptions::usage() +
           QStringLiteral("\n"
                          "Ctrl-C cancels the run; it is stored with status \"cancelled\".\n"
                          "Exit codes: 0 completed, 1 error or cancelled, 2 bad usage.\n");
}

int RunCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    std::vector<CommandLineArgs::Option> options{
        {QStringLiteral("policy"), true},    {QStringLiteral("seed"), true},
        {QStringLiteral("db"), true},        {QStringLiteral("json"), false},
        {QStringLiteral("trace"), true},     {QStringLiteral("scaling"), true},
        {QStringLiteral("unhostable"), true}};
    for (const CommandLineArgs::Option& o : TraceOptions::options())
        options.push_back(o);
    auto usageError = [&](const QString& message) {
        ctx.err << "nephos-cli run: " << message << "\n" << usage();
        return int(ExitUsage);
    };
    if (!parsed.parse(args, options, &error))
        return usageError(error);
    if (TraceOptions::given(parsed) && !parsed.has(QStringLiteral("trace")))
        return usageError(QStringLiteral("--format, --mapping and --map need --trace FILE"));
    if (parsed.positional().size() > 1)
        return usageError(QStringLiteral("expected at most one scenario file, got %1")
                              .arg(parsed.positional().join(QLatin1Char(' '))));
    const std::vector<std::string> policies = policyNames();

    // Scenario
    Scenario scenario;
    const QString file = parsed.positional().value(0);
    if (file.isEmpty()) {
        scenario = defaultScenario();
    } else {
        ScenarioProblems problems;
        if (!ScenarioJson::load(file, scenario, problems, &policies)) {
            for (const auto& p : problems)
                ctx.err << file << ": " << p.toString() << "\n";
            return ExitFailure;
        }
    }
    if (parsed.has(QStringLiteral("policy"))) {
        const std::string policy = parsed.value(QStringLiteral("policy")).toStdString();
        if (std::find(policies.begin(), policies.end(), policy) == policies.end()) {
            QStringList known;
            for (const auto& n : policies)
                known << QString::fromStdString(n);
            return usageError(
                QStringLiteral("--policy: unknown policy '%1' (known: %2)")
                    .arg(QString::fromStdString(policy), known.join(QStringLiteral(", "))));
        }
        if (policy != scenario.policy.name)
            scenario.policy.params.clear();
        scenario.policy.name = policy;
    }
    if (parsed.has(QStringLiteral("seed"))) {
        bool ok = false;
        const qulonglong seed = parsed.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed: expected a non-negative integer, got '%1'")
                                  .arg(parsed.value(QStringLiteral("seed"))));
        scenario.settings.seed = seed;
    }
    if (parsed.has(QStringLiteral("scaling"))) {
        const QString v = parsed.value(QStringLiteral("scaling"));
        if (v != QStringLiteral("none") && v != QStringLiteral("on-demand") &&
            v != QStringLiteral("threshold"))
            return usageError(
                QStringLiteral("--scaling: expected none, on-demand or threshold, got '%1'")
                    .arg(v));
        scenario.settings.scaling = v.toStdString();
    }
    if (parsed.has(QStringLiteral("unhostable"))) {
        const QString v = parsed.value(QStringLiteral("unhostable"));
        if (v != QStringLiteral("skip") && v != QStringLiteral("refuse"))
            return usageError(
                QStringLiteral("--unhostable: expected skip or refuse, got '%1'").arg(v));
        scenario.settings.unhostable = v.toStdString();
    }
    TraceSummary traceSummary;
    const bool traceRun = parsed.has(QStringLiteral("trace"));
    if (traceRun) {
        const QString tracePath = parsed.value(QStringLiteral("trace"));
        TraceImportResult trace;
        const TraceOptions::Result loaded =
            TraceOptions::load(parsed, tracePath, scenario.workloads, trace, &error);
        if (loaded == TraceOptions::Result::Usage)
            return usageError(error);
        if (loaded != TraceOptions::Result::Ok) {
            ctx.err << "nephos-cli run: " << error << "\n";
            return ExitFailure;
        }
        for (const std::string& w : trace.warnings)
            ctx.err << "nephos-cli run: note: " << QString::fromStdString(w) << "\n";
        const double horizonBefore = scenario.settings.horizonHours;
        traceSummary = trace.summary;
        scenario = withTraceJobs(scenario, trace);
        if (scenario.settings.horizonHours != horizonBefore) {
            const double lastArrival =
                scenario.traceJobs.empty() ? 0.0 : scenario.traceJobs.back().arrivalHours;
            ctx.err << "nephos-cli run: trace spans " << QString::number(lastArrival, 'f', 1)
                    << " h; horizon extended to " << scenario.settings.horizonHours << " h\n";
        }
        const auto problems = ScenarioValidator::validate(scenario, &policies);
        if (!problems.empty()) {
            for (const auto& p : problems)
                ctx.err << tracePath << ": " << p.toString() << "\n";
            return ExitFailure;
        }
    }

    // Store
    RunStore store;
    const QString dbPath = parsed.has(QStringLiteral("db")) ? parsed.value(QStringLiteral("db"))
                                                            : RunStore::defaultPath();
    if (dbPath.isEmpty())
        return usageError(QStringLiteral("--db: expected a file name, got ''"));
    if (!store.open(dbPath, &error)) {
        ctx.err << "nephos-cli run: " << error << "\n";
        return ExitFailure;
    }
    const std::int64_t scenarioId = store.saveScenario(scenario, &error);
    const std::int64_t runId = scenarioId < 0 ? -1
                                              : store.beginRun(scenarioId, scenario.policy.name,
                                                               scenario.settings.seed, &error);
    if (runId < 0) {
        ctx.err << "nephos-cli run: " << error << "\n";
        return ExitFailure;
    }

    // Simulation
    RunResult result;
    {
        InterruptGuard guard;
        ProgressBar bar(ctx.err, QStringLiteral("simulating"));
        RunControl control;
        control.cancel = &interruptFlag();
        const double horizon = scenario.settings.horizonHours;
        if (ctx.stderrIsTerminal)
            control.onProgress = [&](const Progress& p) {
                bar.update(
                    p.fraction,
                    QStringLiteral("%1/%2 h").arg(p.position, 0, 'f', 0).arg(horizon, 0, 'f', 0));
            };
        try {
            Simulation simulation(scenario);
            QElapsedTimer wall;
            wall.start();
            simulation.run(control);
            const double measured = wall.nsecsElapsed() / 1e9;
            bar.finish();
            result = simulation.result();
            if (result.simWallSeconds <= 0)
                result.simWallSeconds = measured;
        } catch (const std::exception& e) {
            bar.finish();
            store.setRunStatus(runId, QStringLiteral("failed"));
            ctx.err << "nephos-cli run: simulation failed: " << e.what() << "\n";
            return ExitFailure;
        }
    }
    if (!store.finishRun(runId, result, &error)) {
        ctx.err << "nephos-cli run: " << error << "\n";
        return ExitFailure;
    }

    const auto kpis = result.kpis.keyValues();
    if (parsed.has(QStringLiteral("json"))) {
        QJsonObject kpiObject;
        for (const auto& [key, value] : kpis)
            kpiObject[QString::fromStdString(key)] = value;
        const QJsonObject timing{{QStringLiteral("sim_wall_s"), result.simWallSeconds},
                                 {QStringLiteral("events"), static_cast<double>(result.events)},
                                 {QStringLiteral("simulated_h"), result.simulatedHours}};
        const QJsonObject root{
            {QStringLiteral("run_id"), static_cast<double>(runId)},
            {QStringLiteral("db"), dbPath},
            {QStringLiteral("scenario"), QString::fromStdString(scenario.name)},
            {QStringLiteral("policy"), QString::fromStdString(scenario.policy.name)},
            {QStringLiteral("seed"), seedJson(scenario.settings.seed)},
            {QStringLiteral("status"), statusName(result.status)},
            {QStringLiteral("kpis"), kpiObject},
            {QStringLiteral("kpis_by_class"), kpisByClassJson(scenario, result)},
            {QStringLiteral("timing"), timing}};
        QJsonObject out = root;
        if (traceRun)
            out[QStringLiteral("trace")] = traceJson(traceSummary, result);
        else if (result.unhostable.count > 0)
            out[QStringLiteral("unhostable")] = unhostableJson(result.unhostable);
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << "Scenario: " << QString::fromStdString(scenario.name) << "\n"
                << "Policy:   " << QString::fromStdString(scenario.policy.name) << "    seed "
                << QString::number(static_cast<qulonglong>(scenario.settings.seed)) << "    run "
                << runId << " (" << dbPath << ")\n\n"
                << KpiTable::format(kpis) << "\n"
                << "Simulated " << QString::number(result.simulatedHours, 'f', 1) << " h in "
                << QString::number(result.simWallSeconds, 'f', 3) << " s ("
                << QString::number(static_cast<qulonglong>(result.events)) << " events), status "
                << statusName(result.status) << "\n";
        if (result.unhostable.count > 0) {
            ctx.out << result.unhostable.count
                    << " job(s) skipped: no pool type in an enabled region can host them\n";
            for (const auto& [why, n] : result.unhostable.reasons)
                ctx.out << "  " << n << " × " << QString::fromStdString(why) << "\n";
        }
    }
    if (result.status == RunStatus::Cancelled) {
        ctx.err << "nephos-cli run: cancelled at " << QString::number(result.simulatedHours, 'f', 1)
                << " h; run " << runId << " stored as cancelled\n";
        return ExitFailure;
    }
    return result.status == RunStatus::Completed ? int(ExitOk) : int(ExitFailure);
}

} // namespace nephos::cli
