#include "PoliciesCommand.h"

#include "CommandLineArgs.h"

#include "policy/PolicyRegistry.h"

#include <algorithm>

namespace nephos::cli {

QString PoliciesCommand::name() const
{
    return QStringLiteral("policies");
}

QString PoliciesCommand::summary() const
{
    return QStringLiteral("list the allocation policies");
}

QString PoliciesCommand::usage() const
{
    return QStringLiteral("Usage: nephos-cli policies [--verbose]\n\n"
                          "Lists the policy names accepted by `run --policy`, one per line.\n"
                          "  --verbose   add each policy's description and default parameters\n");
}

int PoliciesCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    if (!parsed.parseOptionsOnly(args, {{QStringLiteral("verbose"), false}}, &error)) {
        ctx.err << "nephos-cli policies: " << error << "\n" << usage();
        return ExitUsage;
    }
    if (!parsed.has(QStringLiteral("verbose"))) {
        for (const auto& name : policyNames())
            ctx.out << QString::fromStdString(name) << "\n";
        return ExitOk;
    }
    const auto infos = policyInfos();
    qsizetype width = 0;
    for (const auto& info : infos)
        width = std::max<qsizetype>(width, static_cast<qsizetype>(info.name.size()));
    for (const auto& info : infos) {
        ctx.out << QString::fromStdString(info.name).leftJustified(width) << "  "
                << QString::fromStdString(info.description) << "\n";
        for (const auto& [key, value] : info.defaultParams)
            ctx.out << QString(width + 2, QLatin1Char(' ')) << QString::fromStdString(key) << " = "
                    << value << "\n";
    }
    return ExitOk;
}

} // namespace nephos::cli
