#include "store/RunStore.h"

#include "scenario/ScenarioJson.h"
#include "store/KpiRecord.h"
#include "store/ProcessIdentity.h"
#include "store/SeriesCodec.h"
#include "store/SqliteStatement.h"
#include "store/StoreMigrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace nephos {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString statusKey(RunStatus s)
{
    return QLatin1String(runStatusKey(s));
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

/// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(sqlite3* db)
        : m_db(db)
    {
        m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_done;
    }

private:
    sqlite3* m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/runs.sqlite");
}

RunStore::RunStore() = default;

RunStore::~RunStore()
{
    close();
}

void RunStore::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool RunStore::exec(const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    setError(error,
             QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(message ? message : "")));
    sqlite3_free(message);
    return false;
}

bool RunStore::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_recovered = 0;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        setError(error, QStringLiteral("cannot create directory %1").arg(dir));
        return false;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        setError(error, QStringLiteral("cannot open %1: %2")
                            .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "")));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 10000);
    if (!exec("PRAGMA foreign_keys = ON", error) || !exec("PRAGMA journal_mode = WAL", error) ||
        !exec("PRAGMA synchronous = NORMAL", error) || !migrate(error) ||
        recoverInterrupted(error) < 0) {
        close();
        return false;
    }
    return true;
}

int RunStore::schemaVersion() const
{
    SqliteStatement q(m_db, "PRAGMA user_version");
    return q.step() ? static_cast<int>(q.int64(0)) : -1;
}

QString RunStore::journalMode() const
{
    SqliteStatement q(m_db, "PRAGMA journal_mode");
    return q.step() ? q.text(0) : QString();
}

bool RunStore::migrate(QString* error)
{
    Transaction tx(m_db);
    if (!tx.ok()) {
        setError(error,
                 QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return false;
    }
    const int current = schemaVersion();
    const int latest = StoreMigrations::latestVersion();
    if (current < 0 || current > latest) {
        setError(error, QStringLiteral("%1: schema version %2 is not supported (this build knows "
                                       "up to %3)")
                            .arg(m_path)
                            .arg(current)
                            .arg(latest));
        return false;
    }
    for (int v = current; v < latest; ++v) {
        if (!exec(StoreMigrations::steps()[static_cast<std::size_t>(v)], error))
            return false;
    }
    if (current != latest) {
        // PRAGMA takes no parameters; the value is an integer we control.
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(latest);
        if (!exec(pragma.constData(), error))
            return false;
    }
    if (!tx.commit()) {
        setError(error,
                 QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return false;
    }
    return true;
}

int RunStore::recoverInterrupted(QString* error)
{
    std::vector<std::int64_t> dead;
    {
        SqliteStatement q(m_db, "SELECT id, pid, start_token FROM runs WHERE status = 'running'");
        while (q.step()) {
            if (!ProcessIdentity::isAlive(q.isNull(1) ? 0 : q.int64(1), q.text(2)))
                dead.push_back(q.int64(0));
        }
        if (q.failed()) {
            setError(error, QStringLiteral("%1: %2").arg(m_path, q.error()));
            return -1;
        }
    }
    for (std::int64_t id : dead) {
        SqliteStatement u(m_db, "UPDATE runs SET status = 'interrupted', finished = ?1 "
                                "WHERE id = ?2 AND status = 'running'");
        if (!u.bind(1, nowUtc()).bind(2, id).exec()) {
            setError(error, QStringLiteral("%1: %2").arg(m_path, u.error()));
            return -1;
        }
        ++m_recovered;
    }
    return m_recovered;
}

std::int64_t RunStore::saveScenario(const Scenario& scenario, QString* error)
{
    const QByteArray json = ScenarioJson::toJson(scenario);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    SqliteStatement find(m_db, "SELECT id FROM scenarios WHERE hash = ?1");
    if (find.bind(1, hash).step())
        return find.int64(0);
    SqliteStatement insert(m_db, "INSERT INTO scenarios (name, json, hash, created) "
                                 "VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, QString::fromStdString(scenario.name))
        .bind(2, QString::fromUtf8(json))
        .bind(3, hash)
        .bind(4, nowUtc());
    if (!insert.exec()) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, insert.error()));
        return -1;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool RunStore::loadScenario(std::int64_t scenarioId, Scenario& out, QString* error) const
{
    SqliteStatement q(m_db, "SELECT json FROM scenarios WHERE id = ?1");
    if (!q.bind(1, scenarioId).step()) {
        setError(error, QStringLiteral("%1: no scenario %2").arg(m_path).arg(scenarioId));
        return false;
    }
    ScenarioProblems problems;
    if (!ScenarioJson::fromJson(q.text(0).toUtf8(), out, problems)) {
        setError(error, QStringLiteral("stored scenario %1: %2")
                            .arg(scenarioId)
                            .arg(problems.empty() ? QString() : problems.front().toString()));
        return false;
    }
    return true;
}

std::int64_t RunStore::beginRun(std::int64_t scenarioId, const std::string& policy,
                                std::uint64_t seed, QString* error)
{
    SqliteStatement q(m_db, "INSERT INTO runs (scenario_id, policy, seed, status, started, pid, "
                            "start_token) VALUES (?1, ?2, ?3, 'running', ?4, ?5, ?6)");
    q.bind(1, scenarioId)
        .bind(2, QString::fromStdString(policy))
        .bind(3, static_cast<std::int64_t>(seed))
        .bind(4, nowUtc())
        .bind(5, ProcessIdentity::currentPid())
        .bind(6, ProcessIdentity::currentToken());
    if (!q.exec()) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, q.error()));
        return -1;
    }
    return sqlite3_last_insert_rowid(m_db);
}

bool RunStore::finishRun(std::int64_t runId, const RunResult& result, QString* error)
{
    Transaction tx(m_db);
    auto fail = [&](const QString& what) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, what));
        return false;
    };
    if (!tx.ok())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    SqliteStatement u(m_db, "UPDATE runs SET status = ?1, finished = ?2, sim_wall_s = ?3, "
                            "events = ?4, simulated_h = ?5 WHERE id = ?6");
    u.bind(1, statusKey(result.status))
        .bind(2, nowUtc())
        .bind(3, result.simWallSeconds)
        .bind(4, static_cast<std::int64_t>(result.events))
        .bind(5, result.simulatedHours)
        .bind(6, runId);
    if (!u.exec())
        return fail(u.error());
    if (sqlite3_changes(m_db) != 1)
        return fail(QStringLiteral("no run %1").arg(runId));
    SqliteStatement k(m_db,
                      "INSERT OR REPLACE INTO run_kpis (run_id, key, value) VALUES (?1, ?2, ?3)");
    for (const auto& [key, value] : result.kpis.keyValues()) {
        k.reset();
        if (!k.bind(1, runId).bind(2, QString::fromStdString(key)).bind(3, value).exec())
            return fail(k.error());
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
                return fail(ck.error());
        }
    SqliteStatement s(m_db, "INSERT OR REPLACE INTO run_series (run_id, format, samples, data) "
                            "VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, runId)
        .bind(2, std::int64_t(SeriesCodec::format))
        .bind(3, static_cast<std::int64_t>(result.series.sampleCount()))
        .bindBlob(4, SeriesCodec::encode(result.series));
    if (!s.exec())
        return fail(s.error());
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
        for (const UsageTotals& u : *totals) {
            t.reset();
            t.bind(1, runId)
                .bind(2, QString::fromLatin1(kind))
                .bind(3, QString::fromStdString(u.id))
                .bind(4, u.vmHours)
                .bind(5, u.avgCpuUtilPct)
                .bind(6, u.avgMemUtilPct)
                .bind(7, u.avgGpuUtilPct)
                .bind(8, u.avgQueueLength)
                .bind(9, u.costUsd)
                .bind(10, u.energyKwh)
                .bind(11, u.carbonKg)
                .bind(12, u.usefulPflop)
                .bind(13, static_cast<std::int64_t>(u.jobsCompleted));
            if (!t.exec())
                return fail(t.error());
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
            return fail(x.error());
    }
    if (!tx.commit())
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return true;
}

bool RunStore::setRunStatus(std::int64_t runId, const QString& status, QString* error)
{
    SqliteStatement u(m_db, "UPDATE runs SET status = ?1, finished = ?2 WHERE id = ?3");
    if (!u.bind(1, status).bind(2, nowUtc()).bind(3, runId).exec()) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, u.error()));
        return false;
    }
    return true;
}

bool RunStore::setRunName(std::int64_t runId, const QString& name, QString* error)
{
    SqliteStatement u(m_db, "UPDATE runs SET name = ?1 WHERE id = ?2");
    if (!u.bind(1, name.trimmed().isEmpty() ? QString() : name.trimmed()).bind(2, runId).exec()) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, u.error()));
        return false;
    }
    return true;
}

namespace {
constexpr const char* kRunColumns =
    "SELECT r.id, r.scenario_id, s.name, r.policy, r.seed, r.status, r.started, r.finished, "
    "r.sim_wall_s, r.simulated_h, r.events, r.name FROM runs r "
    "JOIN scenarios s ON s.id = r.scenario_id ";

StoredRun runFromRow(const SqliteStatement& q)
{
    StoredRun r;
    r.id = q.int64(0);
    r.scenarioId = q.int64(1);
    r.scenarioName = q.text(2);
    r.policy = q.text(3);
    r.seed = static_cast<std::uint64_t>(q.int64(4));
    r.status = q.text(5);
    r.started = q.text(6);
    r.finished = q.text(7);
    r.simWallSeconds = q.real(8);
    r.simulatedHours = q.real(9);
    r.events = static_cast<std::uint64_t>(q.int64(10));
    r.name = q.text(11);
    return r;
}
} // namespace

std::vector<StoredRun> RunStore::listRuns(const RunFilter& filter) const
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
    return runs;
}

bool RunStore::loadRun(std::int64_t runId, StoredRun& out) const
{
    const QByteArray sql = QByteArray(kRunColumns) + "WHERE r.id = ?1";
    SqliteStatement q(m_db, sql.constData());
    if (!q.bind(1, runId).step())
        return false;
    out = runFromRow(q);
    return true;
}

std::vector<RunStore::ClassKpis> RunStore::loadClassKpis(std::int64_t runId) const
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
    return out;
}

std::vector<std::pair<std::string, double>> RunStore::loadKpiValues(std::int64_t runId) const
{
    SqliteStatement q(m_db, "SELECT key, value FROM run_kpis WHERE run_id = ?1");
    q.bind(1, runId);
    std::vector<std::pair<std::string, double>> stored;
    while (q.step())
        stored.emplace_back(q.text(0).toStdString(), q.real(1));
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

bool RunStore::loadKpis(std::int64_t runId, Kpis& out) const
{
    const auto values = loadKpiValues(runId);
    out = Kpis();
    for (const auto& [key, value] : values)
        KpiRecord::set(out, key, value);
    return !values.empty();
}

bool RunStore::loadSeries(std::int64_t runId, MonitorSeries& out) const
{
    SqliteStatement q(m_db, "SELECT format, data FROM run_series WHERE run_id = ?1");
    if (!q.bind(1, runId).step() || q.int64(0) != SeriesCodec::format)
        return false;
    return SeriesCodec::decode(q.blob(1), out);
}

std::vector<UsageTotals> RunStore::loadTotals(std::int64_t runId, TotalsKind kind) const
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
    return totals;
}

std::vector<TransferTotals> RunStore::loadTransfers(std::int64_t runId) const
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
    return transfers;
}

bool RunStore::deleteRun(std::int64_t runId, QString* error)
{
    SqliteStatement d(m_db, "DELETE FROM runs WHERE id = ?1");
    if (!d.bind(1, runId).exec()) {
        setError(error, QStringLiteral("%1: %2").arg(m_path, d.error()));
        return false;
    }
    if (sqlite3_changes(m_db) != 1) {
        setError(error, QStringLiteral("%1: no run %2").arg(m_path).arg(runId));
        return false;
    }
    return true;
}

} // namespace nephos
