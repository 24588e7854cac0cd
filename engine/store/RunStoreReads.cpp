#include "store/RunStore.h"

#include "scenario/ScenarioJson.h"
#include "store/KpiRecord.h"
#include "store/SeriesCodec.h"
#include "store/SqliteStatement.h"

// RunStore: the reads. Each checks SqliteStatement::failed() after its last step(), so an SQLite
// error (a damaged file, a missing table, a lock) is reported instead of looking like "no rows".
namespace nephos {

namespace {

constexpr const char* kRunColumns =
    "SELECT r.id, r.scenario_id, s.name, r.policy, r.seed, r.status, r.started, r.finished, "
    "r.sim_wall_s, r.simulated_h, r.events, s.hash, r.name FROM runs r "
    "JOIN scenarios s ON s.id = r.scenario_id ";

StoredRun runFromRow(const SqliteStatement& q)
{
    StoredRun r;
    r.id = q.int64(0);
    r.scenarioId = q.int64(1);
    r.scenarioName = q.text(2);
    r.policy = q.text(3);
    // Stores written before seeds were limited to 2^63 - 1 hold larger ones as negatives.
    r.seed = static_cast<std::uint64_t>(q.int64(4));
    r.status = q.text(5);
    r.started = q.text(6);
    r.finished = q.text(7);
    r.simWallSeconds = q.real(8);
    r.simulatedHours = q.real(9);
    r.events = static_cast<std::uint64_t>(q.int64(10));
    r.scenarioHash = q.text(11);
    r.name = q.text(12);
    return r;
}

} // namespace

bool RunStore::loadScenario(std::int64_t scenarioId, Scenario& out, QString* error) const
{
    SqliteStatement q(m_db, "SELECT json FROM scenarios WHERE id = ?1");
    if (!q.bind(1, scenarioId).step())
        return readFailed(q.failed() ? q.error() : QStringLiteral("no scenario %1").arg(scenarioId),
                          error);
    ScenarioProblems problems;
    if (!ScenarioJson::fromJson(q.text(0).toUtf8(), out, problems))
        return readFailed(QStringLiteral("stored scenario %1: %2")
                              .arg(scenarioId)
                              .arg(problems.empty() ? QString() : problems.front().toString()),
                          error);
    return true;
}

std::vector<StoredRun> RunStore::listRuns(const RunFilter& filter, QString* error) const
{
    const QByteArray sql = QByteArray(kRunColumns) +
                           "WHERE (?1 = '' OR r.policy = ?1) AND (?2 = '' OR r.status = ?2) "
                           "AND (?3 = '' OR s.name = ?3) ORDER BY r.id DESC LIMIT ?4";
    SqliteStatement q(m_db, sql.constData());
    q.bind(1, filter.policy.isNull() ? QStringLiteral("") : filter.policy)
        .bind(2, filter.status.isNull() ? QStringLiteral("") : filter.status)
        .bind(3, filter.scenarioName.isNull() ? QStringLiteral("") : filter.scenarioName)
        .bind(4, std::int64_t(filter.limit));
    std::vector<StoredRun> runs;
    while (q.step())
        runs.push_back(runFromRow(q));
    if (q.failed()) {
        readFailed(q.error(), error);
        return {};
    }
    return runs;
}

bool RunStore::loadRun(std::int64_t runId, StoredRun& out, QString* error) const
{
    const QByteArray sql = QByteArray(kRunColumns) + "WHERE r.id = ?1";
    SqliteStatement q(m_db, sql.constData());
    if (!q.bind(1, runId).step())
        return readFailed(q.failed() ? q.error() : QStringLiteral("no run %1").arg(runId), error);
    out = runFromRow(q);
    return true;
}

std::vector<RunStore::ClassKpis> RunStore::loadClassKpis(std::int64_t runId, QString* error) const
{
    SqliteStatement q(m_db, "SELECT class, key, value FROM run_class_kpis WHERE run_id = ?1 "
                            "ORDER BY rowid");
    q.bind(1, runId);
    std::vector<ClassKpis> out;
    while (q.step()) {
        const std::string cls = q.text(0).toStdString();
        if (out.empty() || out.back().workloadClass != cls)
            out.push_back({cls, {}});
        out.back().values.emplace_back(q.text(1).toStdString(), q.real(2));
    }
    if (q.failed()) {
        readFailed(q.error(), error);
        return {};
    }
    return out;
}

std::vector<std::pair<std::string, double>> RunStore::loadKpiValues(std::int64_t runId,
                                                                    QString* error) const
{
    SqliteStatement q(m_db, "SELECT key, value FROM run_kpis WHERE run_id = ?1");
    q.bind(1, runId);
    std::vector<std::pair<std::string, double>> stored;
    while (q.step())
        stored.emplace_back(q.text(0).toStdString(), q.real(1));
    if (q.failed()) {
        readFailed(q.error(), error);
        return {};
    }
    // keyValues() order first, then keys this build does not know.
    std::vector<std::pair<std::string, double>> ordered;
    for (const auto& [key, unused] : Kpis().keyValues()) {
        Q_UNUSED(unused);
        for (const auto& kv : stored)
            if (kv.first == key)
                ordered.push_back(kv);
    }
    for (const auto& kv : stored) {
        bool known = false;
        for (const auto& o : ordered)
            known = known || o.first == kv.first;
        if (!known)
            ordered.push_back(kv);
    }
    return ordered;
}

bool RunStore::loadKpis(std::int64_t runId, Kpis& out, QString* error) const
{
    const auto values = loadKpiValues(runId, error);
    out = Kpis();
    for (const auto& [key, value] : values)
        KpiRecord::set(out, key, value);
    return !values.empty();
}

bool RunStore::loadSeries(std::int64_t runId, MonitorSeries& out, QString* error) const
{
    SqliteStatement q(m_db, "SELECT format, data FROM run_series WHERE run_id = ?1");
    if (!q.bind(1, runId).step())
        return q.failed() ? readFailed(q.error(), error) : false;
    if (q.int64(0) != SeriesCodec::format)
        return readFailed(QStringLiteral("run %1: series format %2 is unknown to this build")
                              .arg(runId)
                              .arg(q.int64(0)),
                          error);
    if (!SeriesCodec::decode(q.blob(1), out))
        return readFailed(QStringLiteral("run %1: the stored series is damaged").arg(runId), error);
    return true;
}

std::vector<UsageTotals> RunStore::loadTotals(std::int64_t runId, TotalsKind kind,
                                              QString* error) const
{
    const QString key = kind == TotalsKind::Region     ? QStringLiteral("region")
                        : kind == TotalsKind::Provider ? QStringLiteral("provider")
                                                       : QStringLiteral("instance_type");
    SqliteStatement q(m_db, "SELECT entity, vm_hours, avg_cpu_util_pct, avg_mem_util_pct, "
                            "avg_gpu_util_pct, avg_queue_length, cost_usd, energy_kwh, carbon_kg, "
                            "useful_pflop, jobs_completed FROM run_totals WHERE run_id = ?1 AND "
                            "kind = ?2 ORDER BY rowid");
    q.bind(1, runId).bind(2, key);
    std::vector<UsageTotals> totals;
    while (q.step()) {
        UsageTotals u;
        u.id = q.text(0).toStdString();
        u.vmHours = q.real(1);
        u.avgCpuUtilPct = q.real(2);
        u.avgMemUtilPct = q.real(3);
        u.avgGpuUtilPct = q.real(4);
        u.avgQueueLength = q.real(5);
        u.costUsd = q.real(6);
        u.energyKwh = q.real(7);
        u.carbonKg = q.real(8);
        u.usefulPflop = q.real(9);
        u.jobsCompleted = q.int64(10);
        totals.push_back(std::move(u));
    }
    if (q.failed()) {
        readFailed(q.error(), error);
        return {};
    }
    return totals;
}

std::vector<TransferTotals> RunStore::loadTransfers(std::int64_t runId, QString* error) const
{
    SqliteStatement q(m_db, "SELECT src, dst, terabytes, cost_usd, transfers FROM run_transfers "
                            "WHERE run_id = ?1 ORDER BY rowid");
    q.bind(1, runId);
    std::vector<TransferTotals> transfers;
    while (q.step()) {
        TransferTotals t;
        t.src = q.text(0).toStdString();
        t.dst = q.text(1).toStdString();
        t.terabytes = q.real(2);
        t.costUsd = q.real(3);
        t.transfers = q.int64(4);
        transfers.push_back(std::move(t));
    }
    if (q.failed()) {
        readFailed(q.error(), error);
        return {};
    }
    return transfers;
}

} // namespace nephos
