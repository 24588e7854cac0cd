#include "ValidateCommand.h"

#include "CommandLineArgs.h"

#include "policy/PolicyRegistry.h"
#include "scenario/ScenarioJson.h"

namespace nephos::cli {

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return QStringLiteral("check a scenario file and list every problem");
}

QString ValidateCommand::usage() const
{
    return QStringLiteral("Usage: nephos-cli validate FILE\n\n"
                          "Checks a scenario JSON file (docs/scenario-format.md). Prints \"FILE: "
                          "ok\" and exits 0,\n"
                          "or prints every problem as \"FILE: path: problem\" on stderr and exits "
                          "1.\n");
}

int ValidateCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    if (!parsed.parse(args, {}, &error)) {
        ctx.err << "nephos-cli validate: " << error << "\n" << usage();
        return ExitUsage;
    }
    if (parsed.positional().size() != 1) {
        ctx.err << "nephos-cli validate: expected exactly one FILE\n" << usage();
        return ExitUsage;
    }
    const QString file = parsed.positional().first();
    Scenario scenario;
    ScenarioProblems problems;
    const std::vector<std::string> policies = policyNames();
    if (ScenarioJson::load(file, scenario, problems, &policies)) {
        ctx.out << file << ": ok\n";
        return ExitOk;
    }
    for (const auto& p : problems)
        ctx.err << file << ": " << p.toString() << "\n";
    return ExitFailure;
}

} // namespace nephos::cli
