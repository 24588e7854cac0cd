#include "BenchCommand.h"

#include "sim/BenchmarkSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <exception>

namespace nephos::cli {

QString BenchCommand::name() const
{
    return QStringLiteral("bench");
}

QString BenchCommand::summary() const
{
    return QStringLiteral("Run the simulator speed benchmarks");
}

QString BenchCommand::usage() const
{
    QString cases;
    for (const std::string& c : BenchmarkSuite::caseNames())
        cases += QStringLiteral("  ") + QString::fromStdString(c) + QLatin1Char('\n');
    return QStringLiteral(
               "Usage: nephos-cli bench [--json] [--case NAME]...\n"
               "Runs each benchmark case in a child process of its own and reports the wall time\n"
               "of the simulation alone (sim_wall_s), processed events, and the child's peak\n"
               "resident memory (peak_rss_mb, VmHWM; baseline_rss_mb is what the process held\n"
               "before the case). sim_cpu_s is the run's thread CPU time (robust when the machine\n"
               "is busy). decision_us is the mean time of one placement decision.\n"
               "Cases:\n") +
           cases;
}

int BenchCommand::run(const QStringList& args, CliContext& ctx)
{
    bool json = false;
    std::vector<std::string> cases;
    const std::vector<std::string> known = BenchmarkSuite::caseNames();
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--case") && i + 1 < args.size()) {
            const std::string c = args[++i].toStdString();
            if (std::find(known.begin(), known.end(), c) == known.end()) {
                ctx.err << "nephos-cli bench: unknown case '" << QString::fromStdString(c) << "'\n"
                        << usage();
                return ExitUsage;
            }
            cases.push_back(c);
        } else if (args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
            ctx.out << usage();
            return ExitOk;
        } else {
            ctx.err << "nephos-cli bench: unexpected argument '" << args[i] << "'\n" << usage();
            return ExitUsage;
        }
    }
    if (cases.empty())
        cases = known;
    QJsonArray out;
    if (!json)
        ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("case"), -28)
                       .arg(QStringLiteral("sim_wall_s"), 11)
                       .arg(QStringLiteral("sim_cpu_s"), 10)
                       .arg(QStringLiteral("events"), 10)
                       .arg(QStringLiteral("events/s"), 11)
                       .arg(QStringLiteral("peak_rss_mb"), 12)
                       .arg(QStringLiteral("decision_us"), 12);
    for (const std::string& c : cases) {
        BenchmarkMeasurement m;
        try {
            m = BenchmarkSuite::runIsolated(c);
        } catch (const std::exception& e) {
            ctx.err << "nephos-cli bench: " << QString::fromStdString(e.what()) << '\n';
            return ExitFailure;
        }
        QJsonObject o;
        o[QStringLiteral("name")] = QString::fromStdString(m.name);
        o[QStringLiteral("sim_wall_s")] = m.simWallSeconds;
        o[QStringLiteral("events")] = static_cast<double>(m.events);
        o[QStringLiteral("peak_rss_mb")] = m.peakRssMb;
        o[QStringLiteral("baseline_rss_mb")] = m.baselineRssMb;
        o[QStringLiteral("setup_wall_s")] = m.setupWallSeconds;
        o[QStringLiteral("sim_cpu_s")] = m.simCpuSeconds;
        o[QStringLiteral("jobs")] = static_cast<double>(m.jobs);
        o[QStringLiteral("vms")] = m.vms;
        if (m.simWallSeconds > 0)
            o[QStringLiteral("events_per_s")] = static_cast<double>(m.events) / m.simWallSeconds;
        if (m.decisionMicros >= 0)
            o[QStringLiteral("decision_us")] = m.decisionMicros;
        out.append(o);
        if (!json) {
            ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                           .arg(QString::fromStdString(m.name), -28)
                           .arg(m.simWallSeconds, 11, 'f', 4)
                           .arg(m.simCpuSeconds, 10, 'f', 4)
                           .arg(static_cast<qulonglong>(m.events), 10)
                           .arg(m.simWallSeconds > 0 ? m.events / m.simWallSeconds : 0.0, 11, 'f',
                                0)
                           .arg(m.peakRssMb, 12, 'f', 1)
                           .arg(m.decisionMicros, 12, 'f', 3);
            ctx.out.flush();
        }
    }
    if (json)
        ctx.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace nephos::cli
