#include "ScenarioCommand.h"

#include "CommandLineArgs.h"

#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"
#include "scenario/ScenarioScaling.h"

#include <cmath>

namespace nephos::cli {

QString ScenarioCommand::name() const
{
    return QStringLiteral("scenario");
}

QString ScenarioCommand::summary() const
{
    return QStringLiteral("print the embedded default scenario as JSON");
}

QString ScenarioCommand::usage() const
{
    return QStringLiteral(
        "Usage: nephos-cli scenario --default [--scale K]\n\n"
        "Prints the embedded default scenario (the paper's setup: AWS, GCP, Azure, 500 VMs,\n"
        "the paper's three AI workload classes (its Table 6) plus three CPU-only pipeline classes, "
        "30 days) as JSON on stdout.\n\n"
        "  --scale K   multiply the VM pool (count, min, max) and every arrival rate by K > 0\n"
        "              (K = 10 gives 5000 VMs)\n");
}

int ScenarioCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    if (!parsed.parse(args, {{QStringLiteral("default"), false}, {QStringLiteral("scale"), true}},
                      &error)) {
        ctx.err << "nephos-cli scenario: " << error << "\n" << usage();
        return ExitUsage;
    }
    if (!parsed.has(QStringLiteral("default")) || !parsed.positional().isEmpty()) {
        ctx.err << "nephos-cli scenario: nothing to print (use --default)\n" << usage();
        return ExitUsage;
    }
    double k = 1.0;
    if (parsed.has(QStringLiteral("scale"))) {
        bool ok = false;
        k = parsed.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !std::isfinite(k) || k <= 0 || k > 1000) {
            ctx.err << "nephos-cli scenario: --scale: expected a number in (0, 1000], got '"
                    << parsed.value(QStringLiteral("scale")) << "'\n";
            return ExitUsage;
        }
    }
    Scenario s = defaultScenario();
    if (k != 1.0)
        s = scaledScenario(s, k);
    ctx.out << QString::fromUtf8(ScenarioJson::toJson(s));
    return ExitOk;
}

} // namespace nephos::cli
