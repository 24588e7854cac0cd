#include "RunsReport.h"

#include "KpiTable.h"

#include <QStringList>

#include <algorithm>

namespace nephos::cli {

namespace {

QJsonValue seedJson(std::uint64_t seed)
{
    if (seed <= (std::uint64_t(1) << 53))
        return static_cast<double>(seed);
    return QString::number(static_cast<qulonglong>(seed));
}

QJsonObject kpiObject(const std::vector<std::pair<std::string, double>>& kpis)
{
    QJsonObject o;
    for (const auto& [key, value] : kpis)
        o[QString::fromStdString(key)] = value;
    return o;
}

/// RFC 4180 quoting when needed.
QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString quoted = s;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool RunsReport::load(const RunStore& store, std::int64_t runId, RunReport& out, QString* error)
{
    QString readError;
    if (!store.loadRun(runId, out.run, &readError)) {
        *error = readError;
        return false;
    }
    out.kpis = store.loadKpiValues(runId, &readError);
    out.classKpis = store.loadClassKpis(runId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    return true;
}

QJsonObject RunsReport::runJson(const StoredRun& r)
{
    return {{QStringLiteral("id"), static_cast<double>(r.id)},
            {QStringLiteral("scenario"), r.scenarioName},
            {QStringLiteral("scenario_id"), static_cast<double>(r.scenarioId)},
            {QStringLiteral("scenario_hash"), r.scenarioHash},
            {QStringLiteral("policy"), r.policy},
            {QStringLiteral("seed"), seedJson(r.seed)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("started"), r.started},
            {QStringLiteral("finished"), r.finished.isEmpty() ? QJsonValue() : r.finished},
            {QStringLiteral("sim_wall_s"), r.simWallSeconds},
            {QStringLiteral("simulated_h"), r.simulatedHours},
            {QStringLiteral("events"), static_cast<double>(r.events)}};
}

QJsonObject RunsReport::reportJson(const RunReport& report)
{
    QJsonObject o = runJson(report.run);
    o[QStringLiteral("kpis")] = kpiObject(report.kpis);
    QJsonObject byClass;
    for (const auto& c : report.classKpis)
        byClass[QString::fromStdString(c.workloadClass)] = kpiObject(c.values);
    o[QStringLiteral("kpis_by_class")] = byClass;
    return o;
}

QString RunsReport::listTable(const std::vector<StoredRun>& runs)
{
    const QStringList header{QStringLiteral("id"),       QStringLiteral("status"),
                             QStringLiteral("scenario"), QStringLiteral("policy"),
                             QStringLiteral("seed"),     QStringLiteral("started"),
                             QStringLiteral("sim h"),    QStringLiteral("wall s")};
    std::vector<QStringList> rows{header};
    for (const StoredRun& r : runs)
        rows.push_back({QString::number(r.id), r.status, r.scenarioName, r.policy,
                        QString::number(static_cast<qulonglong>(r.seed)), r.started,
                        QString::number(r.simulatedHours, 'f', 1),
                        QString::number(r.simWallSeconds, 'f', 3)});
    std::vector<qsizetype> width(static_cast<std::size_t>(header.size()), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            width[static_cast<std::size_t>(c)] =
                std::max(width[static_cast<std::size_t>(c)], row[c].size());
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const qsizetype w = width[static_cast<std::size_t>(c)];
            // Numbers right-aligned, text left-aligned.
            const bool numeric = c == 0 || c == 4 || c >= 6;
            cells << (numeric ? row[c].rightJustified(w) : row[c].leftJustified(w));
        }
        text += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    if (runs.empty())
        text += QStringLiteral("(no runs)\n");
    return text;
}

QString RunsReport::showText(const RunReport& report)
{
    const StoredRun& r = report.run;
    QString text = QStringLiteral("Run %1: %2\n").arg(r.id).arg(r.status) +
                   QStringLiteral("Scenario: %1 (id %2, sha256 %3)\n")
                       .arg(r.scenarioName)
                       .arg(r.scenarioId)
                       .arg(r.scenarioHash.left(12)) +
                   QStringLiteral("Policy:   %1    seed %2\n")
                       .arg(r.policy, QString::number(static_cast<qulonglong>(r.seed))) +
                   QStringLiteral("Started:  %1\nFinished: %2\n")
                       .arg(r.started, r.finished.isEmpty() ? QStringLiteral("-") : r.finished) +
                   QStringLiteral("Simulated %1 h in %2 s (%3 events)\n\n")
                       .arg(QString::number(r.simulatedHours, 'f', 1),
                            QString::number(r.simWallSeconds, 'f', 3),
                            QString::number(static_cast<qulonglong>(r.events)));
    text +=
        report.kpis.empty() ? QStringLiteral("(no KPIs stored)\n") : KpiTable::format(report.kpis);
    for (const auto& c : report.classKpis)
        text += QStringLiteral("\nClass %1\n").arg(QString::fromStdString(c.workloadClass)) +
                KpiTable::format(c.values);
    return text;
}

QString RunsReport::csv(const std::vector<RunReport>& reports)
{
    // The union of the KPI keys, in the order they first appear.
    std::vector<std::string> keys;
    auto addKeys = [&](const std::vector<std::pair<std::string, double>>& kpis) {
        for (const auto& kv : kpis)
            if (std::find(keys.begin(), keys.end(), kv.first) == keys.end())
                keys.push_back(kv.first);
    };
    for (const RunReport& r : reports) {
        addKeys(r.kpis);
        for (const auto& c : r.classKpis)
            addKeys(c.values);
    }
    QStringList header{QStringLiteral("run_id"),        QStringLiteral("scenario"),
                       QStringLiteral("scenario_hash"), QStringLiteral("policy"),
                       QStringLiteral("seed"),          QStringLiteral("status"),
                       QStringLiteral("class")};
    for (const std::string& k : keys)
        header << QString::fromStdString(k);
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    auto row = [&](const RunReport& r, const QString& cls,
                   const std::vector<std::pair<std::string, double>>& kpis) {
        QStringList cells{QString::number(r.run.id),
                          csvField(r.run.scenarioName),
                          r.run.scenarioHash,
                          csvField(r.run.policy),
                          QString::number(static_cast<qulonglong>(r.run.seed)),
                          r.run.status,
                          csvField(cls)};
        for (const std::string& k : keys) {
            QString cell;
            for (const auto& kv : kpis)
                if (kv.first == k)
                    cell = QString::number(kv.second, 'g', 17);
            cells << cell;
        }
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    for (const RunReport& r : reports) {
        row(r, QString(), r.kpis);
        for (const auto& c : r.classKpis)
            row(r, QString::fromStdString(c.workloadClass), c.values);
    }
    return text;
}

} // namespace nephos::cli
