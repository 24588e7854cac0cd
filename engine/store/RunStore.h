#pragma once

#include "metrics/Kpis.h"
#include "scenario/Scenario.h"
#include "sim/MonitorSeries.h"
#include "sim/RunResult.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace nephos {

/// One row of the run history.
struct StoredRun
{
    std::int64_t id = 0;
    std::int64_t scenarioId = 0;
    QString scenarioName;
    QString scenarioHash; ///< SHA-256 of the stored scenario JSON (same scenario, same hash)
    QString policy;
    std::uint64_t seed = 0;
    QString status;   ///< running, completed, cancelled, failed or interrupted
    QString started;  ///< ISO 8601 UTC
    QString finished; ///< empty while running
    double simWallSeconds = 0.0;
    double simulatedHours = 0.0;
    std::uint64_t events = 0;
    QString name; ///< given by the user or the workbench; empty when none was stored
};

/// Which runs listRuns() returns; empty fields match everything.
struct RunFilter
{
    QString policy;
    QString status;
    QString scenarioName;
    int limit = -1; ///< newest first; < 0: all
};

/// The SQLite run store: scenarios, runs (status, timings, KPIs), their monitoring series and
/// totals per region, provider and instance type.
/// WAL mode, schema versioned with `PRAGMA user_version` (StoreMigrations) and marked with
/// `PRAGMA application_id` (StoreIdentity): open() refuses any other SQLite file without writing
/// to it. Prepared statements only. A run is inserted as "running" with its process id before it
/// starts; open() marks runs whose process is gone "interrupted". Completed runs are written in
/// one transaction; writes that find the database locked are retried with backoff
/// (setWriteRetry()), and a result that still cannot be written goes to a RunSideFile whose path
/// finishRun()'s error names.
/// Read functions report SQLite errors through `error` (an empty result alone means "no rows"
/// only when *error stayed empty). Seeds are stored as SQLite integers: 0 … 2^63 - 1.
/// One instance per thread; several processes may share a file.
class RunStore
{
public:
    /// <AppDataLocation>/runs.sqlite (the directory is created by open()).
    static QString defaultPath();

    RunStore();
    ~RunStore();
    RunStore(const RunStore&) = delete;
    RunStore& operator=(const RunStore&) = delete;

    /// Opens or creates the database, migrates it and recovers interrupted runs.
    bool open(const QString& path, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    /// How many runs open() marked interrupted.
    int recoveredRuns() const { return m_recovered; }
    /// `PRAGMA user_version` of the open database.
    int schemaVersion() const;
    /// `PRAGMA journal_mode` ("wal").
    QString journalMode() const;
    /// `PRAGMA application_id` (StoreIdentity::applicationId once open).
    int applicationId() const;
    /// SQLite's busy timeout per statement and how long a write keeps retrying after that
    /// (exponential backoff with jitter) before giving up; default 10 s and 120 s.
    void setWriteRetry(int busyTimeoutMs, int retryBudgetMs);
    /// The largest seed the store keeps (SQLite integers are signed 64-bit).
    static constexpr std::uint64_t maxSeed = 0x7fffffffffffffffULL;

    /// Stores a scenario (reused when the same JSON is already stored); its id, or -1.
    std::int64_t saveScenario(const Scenario& scenario, QString* error = nullptr);
    bool loadScenario(std::int64_t scenarioId, Scenario& out, QString* error = nullptr) const;

    /// Inserts a run with status "running" owned by this process; its id, or -1 (also for a seed
    /// above maxSeed).
    std::int64_t beginRun(std::int64_t scenarioId, const std::string& policy, std::uint64_t seed,
                          QString* error = nullptr);
    /// Stores status, timings, KPIs and series of a finished (or cancelled) run. When that fails
    /// even after retrying, the result is saved to a RunSideFile and *error says where.
    bool finishRun(std::int64_t runId, const RunResult& result, QString* error = nullptr);
    /// Sets the status of a run that produced no result (e.g. "failed").
    bool setRunStatus(std::int64_t runId, const QString& status, QString* error = nullptr);
    /// Names a run (empty: no name).
    bool setRunName(std::int64_t runId, const QString& name, QString* error = nullptr);

    /// Read functions: on an SQLite error they return an empty result / false and set *error
    /// (which they leave untouched on success); a missing run is "no run N" for loadRun().
    std::vector<StoredRun> listRuns(const RunFilter& filter = {}, QString* error = nullptr) const;
    bool loadRun(std::int64_t runId, StoredRun& out, QString* error = nullptr) const;
    /// KPIs in keyValues() order as stored.
    std::vector<std::pair<std::string, double>> loadKpiValues(std::int64_t runId,
                                                              QString* error = nullptr) const;
    /// KPIs per workload class (kpis_by_class), in the order the run stored them.
    struct ClassKpis
    {
        std::string workloadClass;
        std::vector<std::pair<std::string, double>> values;
    };
    std::vector<ClassKpis> loadClassKpis(std::int64_t runId, QString* error = nullptr) const;
    bool loadKpis(std::int64_t runId, Kpis& out, QString* error = nullptr) const;
    /// False without an error when the run has no series (stored by an old version).
    bool loadSeries(std::int64_t runId, MonitorSeries& out, QString* error = nullptr) const;
    /// Totals per region, provider or instance type, in the order they were stored.
    enum class TotalsKind { Region, Provider, InstanceType };
    std::vector<UsageTotals> loadTotals(std::int64_t runId, TotalsKind kind,
                                        QString* error = nullptr) const;
    std::vector<TransferTotals> loadTransfers(std::int64_t runId, QString* error = nullptr) const;
    bool deleteRun(std::int64_t runId, QString* error = nullptr);

private:
    bool exec(const char* sql, QString* error);
    bool checkIdentity(QString* error);
    /// One attempt of a write; returns SQLite's primary result code (SQLITE_OK on success).
    using WriteAttempt = std::function<int(QString* message)>;
    /// Runs `attempt` until it succeeds, fails for a reason other than a busy/locked database,
    /// or the retry budget is spent; false with "<path>: <message>" in *error.
    bool writeWithRetry(const WriteAttempt& attempt, QString* error);
    int migrateOnce(QString* message);
    int finishOnce(std::int64_t runId, const RunResult& result, QString* message);
    int recoverInterrupted(QString* error);
    /// SQLite's primary code of the connection's last error with its message.
    int lastError(QString* message) const;
    /// A read failed: sets *error to "<path>: <message>"; returns false.
    bool readFailed(const QString& message, QString* error) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_recovered = 0;
    int m_busyTimeoutMs = 10000;
    int m_retryBudgetMs = 120000;
};

} // namespace nephos
