#include "MlCommand.h"

#include "CommandLineArgs.h"

#include "ml/MlModule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nephos::cli {

QString MlCommand::name() const
{
    return QStringLiteral("ml");
}

QString MlCommand::summary() const
{
    return QStringLiteral("load the machine-learning module and check LibTorch");
}

QString MlCommand::usage() const
{
    return QStringLiteral(
        "Usage: nephos-cli ml [--json]\n\n"
        "Loads the machine-learning module (LibTorch lives only there; other commands never "
        "load it),\nprints where it was found and its LibTorch version, and runs a tiny tensor "
        "computation.\nExit code 1 with a message when the module cannot be loaded.\n"
        "The module is looked for next to nephos-cli, in ../lib/nephos relative to it, then in "
        "the\ninstalled library folder; NEPHOS_ML_MODULE=FILE overrides the search.\n"
        "  --json   print one JSON object (available, module, torch, threads, self_test, error, "
        "searched)\n");
}

int MlCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    if (!parsed.parseOptionsOnly(args, {{QStringLiteral("json"), false}}, &error)) {
        ctx.err << "nephos-cli ml: " << error << "\n" << usage();
        return ExitUsage;
    }
    const bool json = parsed.has(QStringLiteral("json"));
    std::string why;
    ml::MlBackend* backend = ml::backend(&why);
    ml::MlSelfTest test;
    if (backend)
        test = backend->selfTest();

    if (json) {
        QJsonObject o;
        o[QStringLiteral("available")] = backend != nullptr;
        QJsonArray searched;
        for (const auto& c : ml::moduleCandidates())
            searched.append(QString::fromStdString(c));
        o[QStringLiteral("searched")] = searched;
        if (backend) {
            o[QStringLiteral("module")] = QString::fromStdString(ml::loadedModulePath());
            o[QStringLiteral("torch")] = QString::fromStdString(backend->torchVersion());
            o[QStringLiteral("threads")] = backend->threadCount();
            o[QStringLiteral("self_test")] = test.ok;
            o[QStringLiteral("message")] = QString::fromStdString(test.message);
        } else {
            o[QStringLiteral("error")] = QString::fromStdString(why);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    if (!backend) {
        ctx.err << "nephos-cli ml: " << QString::fromStdString(why) << "\n";
        return ExitFailure;
    }
    if (!json) {
        ctx.out << "module     " << QString::fromStdString(ml::loadedModulePath()) << "\n"
                << "LibTorch   " << QString::fromStdString(backend->torchVersion()) << "\n"
                << "threads    " << backend->threadCount() << "\n"
                << "self-test  " << (test.ok ? "passed" : "FAILED") << " ("
                << QString::fromStdString(test.message) << ")\n";
    }
    if (!test.ok) {
        ctx.err << "nephos-cli ml: the LibTorch self-test failed: "
                << QString::fromStdString(test.message) << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace nephos::cli
