#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace nephos::cli {

/// Streams and terminal facts a command writes to.
struct CliContext
{
    QTextStream& out;
    QTextStream& err;
    bool stdoutIsTerminal = false;
    bool stderrIsTerminal = false;
};

/// Exit codes shared by all commands.
enum ExitCode : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// One `nephos-cli NAME …` sub-command.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Full usage text for `nephos-cli NAME --help`.
    virtual QString usage() const = 0;
    /// Runs with the arguments after the command name; returns an ExitCode.
    virtual int run(const QStringList& args, CliContext& ctx) = 0;
};

/// All commands, in the order `--help` lists them (defined in CliCommands.cpp).
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace nephos::cli
