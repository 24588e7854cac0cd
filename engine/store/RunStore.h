#pragma once

#include "metrics/Kpis.h"
#include "scenario/Scenario.h"
#include "sim/MonitorSeries.h"
#include "sim/RunResult.h"

#include <QString>

#include <cstdint>
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
/// WAL mode, schema versioned with `PRAGMA user_version` (StoreMigrations), prepared statements
/// only. A run is inserted as "running" with its process id before it starts; open() marks runs
/// whose process is gone "interrupted". Completed runs are written in one transaction.
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

    /// Stores a scenario (reused when the same JSON is already stored); its id, or -1.
    std::int64_t saveScenario(const Scenario& scenario, QString* error = nullptr);
    bool loadScenario(std::int64_t scenarioId, Scenario& out, QString* error = nullptr) const;

    /// Inserts a run with status "running" owned by this process; its id, or -1.
    std::int64_t beginRun(std::int64_t scenarioId, const std::string& policy, std::uint64_t seed,
                          QString* error = nullptr);
    /// Stores status, timings, KPIs and series of a finished (or cancelled) run.
    bool finishRun(std::int64_t runId, const RunResult& result, QString* error = nullptr);
    /// Sets the status of a run that produced no result (e.g. "failed").
    bool setRunStatus(std::int64_t runId, const QString& status, QString* error = nullptr);
    /// Names a run (empty: no name).
    bool setRunName(std::int64_t runId, const QString& name, QString* error = nullptr);

    std::vector<StoredRun> listRuns(const RunFilter& filter = {}) const;
    bool loadRun(std::int64_t runId, StoredRun& out) const;
    /// KPIs in keyValues() order as stored.
    std::vector<std::pair<std::string, double>> loadKpiValues(std::int64_t runId) const;
    /// KPIs per workload class (kpis_by_class), in the order the run stored them.
    struct ClassKpis
    {
        std::string workloadClass;
        std::vector<std::pair<std::string, double>> values;
    };
    std::vector<ClassKpis> loadClassKpis(std::int64_t runId) const;
    bool loadKpis(std::int64_t runId, Kpis& out) const;
    bool loadSeries(std::int64_t runId, MonitorSeries& out) const;
    /// Totals per region, provider or instance type, in the order they were stored.
    enum class TotalsKind { Region, Provider, InstanceType };
    std::vector<UsageTotals> loadTotals(std::int64_t runId, TotalsKind kind) const;
    std::vector<TransferTotals> loadTransfers(std::int64_t runId) const;
    bool deleteRun(std::int64_t runId, QString* error = nullptr);

private:
    bool exec(const char* sql, QString* error);
    bool migrate(QString* error);
    int recoverInterrupted(QString* error);

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_recovered = 0;
};

} // namespace nephos
