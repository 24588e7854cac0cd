#include "store/RunSideFile.h"

#include "store/SeriesCodec.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace nephos {

namespace {

QJsonObject kpiJson(const Kpis& k)
{
    QJsonObject o;
    for (const auto& [key, value] : k.keyValues())
        o[QString::fromStdString(key)] = value;
    return o;
}

QJsonArray totalsJson(const std::vector<UsageTotals>& totals)
{
    QJsonArray a;
    for (const UsageTotals& u : totals)
        a.append(
            QJsonObject{{QStringLiteral("id"), QString::fromStdString(u.id)},
                        {QStringLiteral("vm_hours"), u.vmHours},
                        {QStringLiteral("avg_cpu_util_pct"), u.avgCpuUtilPct},
                        {QStringLiteral("avg_mem_util_pct"), u.avgMemUtilPct},
                        {QStringLiteral("avg_gpu_util_pct"), u.avgGpuUtilPct},
                        {QStringLiteral("avg_queue_length"), u.avgQueueLength},
                        {QStringLiteral("cost_usd"), u.costUsd},
                        {QStringLiteral("energy_kwh"), u.energyKwh},
                        {QStringLiteral("carbon_kg"), u.carbonKg},
                        {QStringLiteral("useful_pflop"), u.usefulPflop},
                        {QStringLiteral("jobs_completed"), static_cast<double>(u.jobsCompleted)}});
    return a;
}

bool writeTo(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

QJsonObject RunSideFile::toJson(const QString& storePath, std::int64_t runId,
                                const RunResult& result, const QString& why)
{
    QJsonObject byClass;
    for (std::size_t c = 0; c < result.classKpis.size() && c < result.classNames.size(); ++c)
        byClass[QString::fromStdString(result.classNames[c])] = kpiJson(result.classKpis[c]);
    QJsonArray transfers;
    for (const TransferTotals& t : result.transfers)
        transfers.append(
            QJsonObject{{QStringLiteral("src"), QString::fromStdString(t.src)},
                        {QStringLiteral("dst"), QString::fromStdString(t.dst)},
                        {QStringLiteral("terabytes"), t.terabytes},
                        {QStringLiteral("cost_usd"), t.costUsd},
                        {QStringLiteral("transfers"), static_cast<double>(t.transfers)}});
    return {
        {QStringLiteral("nephos_run_side_file"), 1},
        {QStringLiteral("db"), storePath},
        {QStringLiteral("run_id"), static_cast<double>(runId)},
        {QStringLiteral("why"), why},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("policy"), QString::fromStdString(result.policy)},
        // A string: JSON numbers lose integers above 2^53.
        {QStringLiteral("seed"), QString::number(static_cast<qulonglong>(result.seed))},
        {QStringLiteral("status"), QLatin1String(runStatusKey(result.status))},
        {QStringLiteral("sim_wall_s"), result.simWallSeconds},
        {QStringLiteral("simulated_h"), result.simulatedHours},
        {QStringLiteral("events"), static_cast<double>(result.events)},
        {QStringLiteral("kpis"), kpiJson(result.kpis)},
        {QStringLiteral("kpis_by_class"), byClass},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("region"), totalsJson(result.regions)},
                     {QStringLiteral("provider"), totalsJson(result.providers)},
                     {QStringLiteral("instance_type"), totalsJson(result.instanceTypes)}}},
        {QStringLiteral("transfers"), transfers},
        {QStringLiteral("series_format"), SeriesCodec::format},
        {QStringLiteral("series"),
         QString::fromLatin1(SeriesCodec::encode(result.series).toBase64())},
    };
}

QString RunSideFile::write(const QString& storePath, std::int64_t runId, const RunResult& result,
                           const QString& why, QString* error)
{
    const QByteArray data =
        QJsonDocument(toJson(storePath, runId, result, why)).toJson(QJsonDocument::Indented);
    const QFileInfo store(storePath);
    const QString name =
        QStringLiteral("%1.run-%2-%3.json")
            .arg(store.fileName().isEmpty() ? QStringLiteral("runs") : store.fileName())
            .arg(runId)
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")));
    QString besideError;
    const QString beside = store.absoluteDir().filePath(name);
    if (writeTo(beside, data, &besideError))
        return beside;
    QString tempError;
    const QString temp = QDir(QDir::tempPath()).filePath(name);
    if (writeTo(temp, data, &tempError))
        return temp;
    if (error)
        *error = besideError + QStringLiteral("; ") + tempError;
    return QString();
}

} // namespace nephos
