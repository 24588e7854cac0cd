#include "store/RunStore.h"

#include "scenario/ScenarioJson.h"
#include "store/ProcessIdentity.h"
#include "store/RunSideFile.h"
#include "store/SeriesCodec.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <sqlite3.h>

// RunStore: the writes (scenarios, run rows, finished results, deletion). Every write goes
// through writeWithRetry(), so a database that another process holds locked is waited for.
namespace nephos {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

std::int64_t RunStore::saveScenario(const Scenario& scenario, QString* error)
{
    const QByteArray json = ScenarioJson::toJson(scenario);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    std::int64_t id = -1;
    const bool ok = writeWithRetry(
        [&](QString* message) {
            SqliteTransaction tx(m_db);
            if (!tx.ok())
                return lastError(message);
            SqliteStatement find(m_db, "SELECT id FROM scenarios WHERE hash = ?1");
            if (find.bind(1, hash).step()) {
                id = find.int64(0);
                return int(SQLITE_OK);
            }
            if (find.failed())
                return lastError(message);
            SqliteStatement insert(m_db, "INSERT INTO scenarios (name, json, hash, created) "
                                         "VALUES (?1, ?2, ?3, ?4)");
            insert.bind(1, QString::fromStdString(scenario.name))
                .bind(2, QString::fromUtf8(json))
                .bind(3, hash)
                .bind(4, nowUtc());
            if (!insert.exec())
                return lastError(message);
            id = sqlite3_last_insert_rowid(m_db);
            return tx.commit() ? int(SQLITE_OK) : lastError(message);
        },
        error);
    return ok ? id : -1;
}

std::int64_t RunStore::beginRun(std::int64_t scenarioId, const std::string& policy,
                                std::uint64_t seed, QString* error)
{
    if (seed > maxSeed) {
        setError(error, QStringLiteral("%1: seed %2 is above %3 (2^63 - 1), the largest seed the "
                                       "run store keeps")
                            .arg(m_path)
                            .arg(static_cast<qulonglong>(seed))
                            .arg(static_cast<qulonglong>(maxSeed)));
        return -1;
    }
    std::int64_t id = -1;
    const bool ok = writeWithRetry(
        [&](QString* message) {
            SqliteStatement q(m_db, "INSERT INTO runs (scenario_id, policy, seed, status, "
                                    "started, pid, start_token) "
                                    "VALUES (?1, ?2, ?3, 'running', ?4, ?5, ?6)");
            q.bind(1, scenarioId)
                .bind(2, QString::fromStdString(policy))
                .bind(3, static_cast<std::int64_t>(seed))
                .bind(4, nowUtc())
                .bind(5, ProcessIdentity::currentPid())
                .bind(6, ProcessIdentity::currentToken());
            if (!q.exec())
                return lastError(message);
            id = sqlite3_last_insert_rowid(m_db);
            return int(SQLITE_OK);
        },
        error);
    return ok ? id : -1;
}

bool RunStore::finishRun(std::int64_t runId, const RunResult& result, QString* error)
{
    QString why;
    if (writeWithRetry([&](QString* m) { return finishOnce(runId, result, m); }, &why))
        return true;
    QString sideError;
    const QString side = RunSideFile::write(m_path, runId, result, why, &sideError);
    if (!side.isEmpty())
        setError(error, QStringLiteral("%1; the result of run %2 is saved to %3 instead")
                            .arg(why)
                            .arg(runId)
                            .arg(side));
    else
        setError(error, QStringLiteral("%1; saving the result of run %2 to a side file failed "
                                       "too: %3")
                            .arg(why)
                            .arg(runId)
                            .arg(sideError));
    return false;
}

int RunStore::finishOnce(std::int64_t runId, const RunResult& result, QString* message)
{
    if (!m_db)
        return lastError(message);
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return lastError(message);
    SqliteStatement u(m_db, "UPDATE runs SET status = ?1, finished = ?2, sim_wall_s = ?3, "
                            "events = ?4, simulated_h = ?5 WHERE id = ?6");
    u.bind(1, QString::fromLatin1(runStatusKey(result.status)))
        .bind(2, nowUtc())
        .bind(3, result.simWallSeconds)
        .bind(4, static_cast<std::int64_t>(result.events))
        .bind(5, result.simulatedHours)
        .bind(6, runId);
    if (!u.exec())
        return lastError(message);
    if (sqlite3_changes(m_db) != 1) {
        *message = QStringLiteral("no run %1").arg(runId);
        return SQLITE_NOTFOUND;
    }
    SqliteStatement k(m_db,
                      "INSERT OR REPLACE INTO run_kpis (run_id, key, value) VALUES (?1, ?2, ?3)");
    for (const auto& [key, value] : result.kpis.keyValues()) {
        k.reset();
        if (!k.bind(1, runId).bind(2, QString::fromStdString(key)).bind(3, value).exec())
            return lastError(message);
    }
    SqliteStatement ck(m_db, "INSERT OR REPLACE INTO run_class_kpis (run_id, class, key, value) "
                             "VALUES (?1, ?2, ?3, ?4)");
    for (std::size_t c = 0; c < result.classKpis.size() && c < result.classNames.size(); ++c)
        for (const auto& [key, value] : result.classKpis[c].keyValues()) {
            ck.reset();
            if (!ck.bind(1, runId)
                     .bind(2, QString::fromStdString(result.classNames[c]))
                     .bind(3, QString::fromStdString(key))
                     .bind(4, value)
                     .exec())
                return lastError(message);
        }
    SqliteStatement s(m_db, "INSERT OR REPLACE INTO run_series (run_id, format, samples, data) "
                            "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, runId)
        .bind(2, std::int64_t(SeriesCodec::format))
        .bind(3, static_cast<std::int64_t>(result.series.sampleCount()))
        .bindBlob(4, SeriesCodec::encode(result.series));
    if (!s.exec())
        return lastError(message);
    SqliteStatement t(m_db, "INSERT OR REPLACE INTO run_totals (run_id, kind, entity, vm_hours, "
                            "avg_cpu_util_pct, avg_mem_util_pct, avg_gpu_util_pct, "
                            "avg_queue_length, cost_usd, energy_kwh, carbon_kg, useful_pflop, "
                            "jobs_completed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                            "?12, ?13)");
    const std::pair<const char*, const std::vector<UsageTotals>*> groups[] = {
        {"region", &result.regions},
        {"provider", &result.providers},
        {"instance_type", &result.instanceTypes}};
    for (const auto& [kind, totals] : groups) {
        for (const UsageTotals& ut : *totals) {
            t.reset();
            t.bind(1, runId)
                .bind(2, QString::fromLatin1(kind))
                .bind(3, QString::fromStdString(ut.id))
                .bind(4, ut.vmHours)
                .bind(5, ut.avgCpuUtilPct)
                .bind(6, ut.avgMemUtilPct)
                .bind(7, ut.avgGpuUtilPct)
                .bind(8, ut.avgQueueLength)
                .bind(9, ut.costUsd)
                .bind(10, ut.energyKwh)
                .bind(11, ut.carbonKg)
                .bind(12, ut.usefulPflop)
                .bind(13, static_cast<std::int64_t>(ut.jobsCompleted));
            if (!t.exec())
                return lastError(message);
        }
    }
    SqliteStatement x(m_db, "INSERT OR REPLACE INTO run_transfers (run_id, src, dst, terabytes, "
                            "cost_usd, transfers) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const TransferTotals& tr : result.transfers) {
        x.reset();
        x.bind(1, runId)
            .bind(2, QString::fromStdString(tr.src))
            .bind(3, QString::fromStdString(tr.dst))
            .bind(4, tr.terabytes)
            .bind(5, tr.costUsd)
            .bind(6, static_cast<std::int64_t>(tr.transfers));
        if (!x.exec())
            return lastError(message);
    }
    return tx.commit() ? int(SQLITE_OK) : lastError(message);
}

bool RunStore::setRunStatus(std::int64_t runId, const QString& status, QString* error)
{
    return writeWithRetry(
        [&](QString* message) {
            SqliteStatement u(m_db, "UPDATE runs SET status = ?1, finished = ?2 WHERE id = ?3");
            return u.bind(1, status).bind(2, nowUtc()).bind(3, runId).exec() ? int(SQLITE_OK)
                                                                             : lastError(message);
        },
        error);
}

bool RunStore::setRunName(std::int64_t runId, const QString& name, QString* error)
{
    const QString trimmed = name.trimmed();
    return writeWithRetry(
        [&](QString* message) {
            SqliteStatement u(m_db, "UPDATE runs SET name = ?1 WHERE id = ?2");
            return u.bind(1, trimmed.isEmpty() ? QString() : trimmed).bind(2, runId).exec()
                       ? int(SQLITE_OK)
                       : lastError(message);
        },
        error);
}

bool RunStore::deleteRun(std::int64_t runId, QString* error)
{
    return writeWithRetry(
        [&](QString* message) {
            SqliteStatement d(m_db, "DELETE FROM runs WHERE id = ?1");
            if (!d.bind(1, runId).exec())
                return lastError(message);
            if (sqlite3_changes(m_db) != 1) {
                *message = QStringLiteral("no run %1").arg(runId);
                return int(SQLITE_NOTFOUND);
            }
            return int(SQLITE_OK);
        },
        error);
}

} // namespace nephos
