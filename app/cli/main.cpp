#include "CliCommand.h"

#include "core/Version.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace nephos::cli;

namespace {

QString generalHelp(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QStringLiteral(
        "Usage: nephos-cli [--version] [--help] COMMAND [ARGS…]\n\n"
        "Headless front end of the Nephos multi-cloud AI workload engine.\n\nCommands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name(), -10).arg(c->summary());
    text += QStringLiteral("\n`nephos-cli COMMAND --help` describes one command.\n"
                           "Exit codes: 0 success, 1 failure (message on stderr), 2 bad usage.\n");
    return text;
}

bool needsGui(const QString& command)
{
    return command == QLatin1String("figures");
}

} // namespace

int main(int argc, char* argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(command)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Nephos"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nephos"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(nephos::engineVersion()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext ctx{out, err, isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1};
    auto commands = allCommands();

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        err << generalHelp(commands);
        return ExitUsage;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-V")) {
        const auto libs = nephos::libraryVersions();
        out << "nephos-cli " << QString::fromStdString(nephos::engineVersion()) << "\n"
            << "Qt " << QString::fromStdString(libs.qt) << ", SQLite "
            << QString::fromStdString(libs.sqlite) << ", "
            << QString::fromStdString(nephos::torchVersionLine(libs)) << "\n";
        return ExitOk;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        out << generalHelp(commands);
        return ExitOk;
    }
    for (auto& c : commands) {
        if (c->name() != args.first())
            continue;
        const QStringList rest = args.mid(1);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << c->usage();
            return ExitOk;
        }
        const int rc = c->run(rest, ctx);
        out.flush();
        err.flush();
        return rc;
    }
    err << "nephos-cli: unknown command '" << args.first() << "'\n\n" << generalHelp(commands);
    return ExitUsage;
}
