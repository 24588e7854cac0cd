#include "FiguresCommand.h"

#include "export/FigureSet.h"

#include "dashboard/DashboardView.h"
#include "export/ExportService.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "policy/PolicyRegistry.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "sim/Simulation.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <exception>

namespace nephos::cli {

namespace {

struct FiguresArgs
{
    QString scenarioPath;
    QString outDir;
    QString policy;
    bool hasSeed = false;
    quint64 seed = 0;
    widgets::ExportOptions options;
};

bool parseInt(const QString& text, int min, int max, int* out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

/// Returns an empty string on success, else the usage problem.
QString parse(const QStringList& args, FiguresArgs& a)
{
    int width = 1200;
    int height = 800;
    int dpi = 96;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        auto value = [&](QString* out) {
            if (i + 1 >= args.size())
                return false;
            *out = args[++i];
            return true;
        };
        QString v;
        if (arg == QLatin1String("--out") || arg == QLatin1String("-o")) {
            if (!value(&a.outDir))
                return QStringLiteral("--out needs a directory");
        } else if (arg == QLatin1String("--policy")) {
            if (!value(&a.policy))
                return QStringLiteral("--policy needs a name");
        } else if (arg == QLatin1String("--seed")) {
            bool ok = false;
            if (!value(&v) || (a.seed = v.toULongLong(&ok), !ok))
                return QStringLiteral("--seed needs a non-negative integer, got '%1'").arg(v);
            a.hasSeed = true;
        } else if (arg == QLatin1String("--width")) {
            if (!value(&v) || !parseInt(v, 16, 20000, &width))
                return QStringLiteral("--width needs pixels in 16–20000, got '%1'").arg(v);
        } else if (arg == QLatin1String("--height")) {
            if (!value(&v) || !parseInt(v, 16, 20000, &height))
                return QStringLiteral("--height needs pixels in 16–20000, got '%1'").arg(v);
        } else if (arg == QLatin1String("--dpi")) {
            if (!value(&v) || !parseInt(v, 24, 1200, &dpi))
                return QStringLiteral("--dpi needs a value in 24–1200, got '%1'").arg(v);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return QStringLiteral("unknown option '%1'").arg(arg);
        } else if (a.scenarioPath.isEmpty()) {
            a.scenarioPath = arg;
        } else {
            return QStringLiteral("more than one scenario given ('%1' and '%2')")
                .arg(a.scenarioPath, arg);
        }
    }
    if (a.outDir.isEmpty())
        return QStringLiteral("--out DIR is required");
    a.options.size = QSize(width, height);
    a.options.dpi = dpi;
    return QString();
}

} // namespace

QString FiguresCommand::name() const
{
    return QStringLiteral("figures");
}

QString FiguresCommand::summary() const
{
    return QStringLiteral("run a scenario and write every dashboard chart and the map (PNG, SVG, "
                          "PDF) plus kpis.csv");
}

QString FiguresCommand::usage() const
{
    return QStringLiteral(
        "Usage: nephos-cli figures [SCENARIO] --out DIR [--policy P] [--seed N]\n"
        "                          [--width W] [--height H] [--dpi D]\n\n"
        "Runs SCENARIO (a scenario JSON file; the embedded default scenario when omitted) and\n"
        "writes, headless, every dashboard chart (utilisation, queue, running, cost_rate,\n"
        "cumulative_cost, power, carbon) and the heat map (map) as DIR/NAME.png, .svg and .pdf,\n"
        "plus DIR/kpis.csv. DIR is created when missing.\n\n"
        "Options:\n"
        "  --out, -o DIR  output directory (required)\n"
        "  --policy P     allocation policy instead of the scenario's own\n"
        "  --seed N       random seed instead of the scenario's own\n"
        "  --width W      image width in pixels (default 1200)\n"
        "  --height H     image height in pixels (default 800)\n"
        "  --dpi D        resolution; text scales with it (default 96)\n\n"
        "Exit codes: 0 success, 1 failure (message on stderr), 2 bad usage.\n");
}

int FiguresCommand::run(const QStringList& args, CliContext& ctx)
{
    FiguresArgs a;
    if (const QString problem = parse(args, a); !problem.isEmpty()) {
        ctx.err << "nephos-cli figures: " << problem << "\n\n" << usage();
        return ExitUsage;
    }

    const std::vector<std::string> policies = policyNames();
    Scenario scenario;
    if (a.scenarioPath.isEmpty()) {
        scenario = defaultScenario();
    } else {
        ScenarioProblems problems;
        if (!ScenarioJson::load(a.scenarioPath, scenario, problems, &policies)) {
            ctx.err << "nephos-cli figures: " << a.scenarioPath << " is not a valid scenario:\n";
            for (const ScenarioProblem& p : problems)
                ctx.err << "  "
                        << (p.path.isEmpty() ? p.message
                                             : a.scenarioPath + QStringLiteral(": ") + p.toString())
                        << "\n";
            return ExitFailure;
        }
    }
    if (!a.policy.isEmpty()) {
        if (std::find(policies.begin(), policies.end(), a.policy.toStdString()) == policies.end()) {
            QStringList known;
            for (const std::string& p : policies)
                known << QString::fromStdString(p);
            ctx.err << "nephos-cli figures: unknown policy '" << a.policy
                    << "'; known: " << known.join(QStringLiteral(", ")) << "\n";
            return ExitFailure;
        }
        if (scenario.policy.name != a.policy.toStdString()) {
            scenario.policy.name = a.policy.toStdString();
            scenario.policy.params.clear();
        }
    }
    if (a.hasSeed)
        scenario.settings.seed = a.seed;

    const QDir out(a.outDir);
    if (!QDir().mkpath(out.absolutePath())) {
        ctx.err << "nephos-cli figures: cannot create the output directory " << a.outDir << "\n";
        return ExitFailure;
    }

    RunResult result;
    try {
        Simulation sim(scenario);
        sim.run();
        result = sim.result();
    } catch (const std::exception& e) {
        ctx.err << "nephos-cli figures: the simulation failed: " << e.what() << "\n";
        return ExitFailure;
    }

    widgets::DashboardView dashboard;
    dashboard.resize(1600, 2400);
    dashboard.setRun(scenario, result);
    widgets::MapView map;
    map.resize(a.options.size);
    map.setRun(scenario, result);

    // the same figures, names and formats as File ▸ Export All Figures (one list: FigureSet)
    const QList<widgets::FigureSet::Figure> figures = widgets::FigureSet::figures(dashboard, map);
    QStringList files;
    {
        QString error;
        if (!widgets::FigureSet::write(figures, out.absolutePath(), a.options, &files, &error)) {
            ctx.err << "nephos-cli figures: " << error << "\n";
            return ExitFailure;
        }
    }
    auto written = files.size();
    QString error;
    const QString csv = out.filePath(widgets::FigureSet::kpiFileName());
    if (!widgets::ExportService::exportKpiCsv(result.kpis, csv, &error)) {
        ctx.err << "nephos-cli figures: " << error << "\n";
        return ExitFailure;
    }
    ++written;
    ctx.out << "figures: " << QString::fromStdString(scenario.name) << ", policy "
            << QString::fromStdString(result.policy) << ", seed " << result.seed << ", "
            << QString::number(result.simulatedHours, 'f', 1) << " h simulated\n"
            << "wrote " << written << " files to " << out.absolutePath() << "\n";
    return ExitOk;
}

} // namespace nephos::cli
