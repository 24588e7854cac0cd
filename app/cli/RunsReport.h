#pragma once

#include "store/RunStore.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace nephos::cli {

/// One stored run with its KPIs, as `nephos-cli runs show|export` prints it.
struct RunReport
{
    StoredRun run;
    std::vector<std::pair<std::string, double>> kpis;
    std::vector<RunStore::ClassKpis> classKpis;
};

/// Text, JSON and CSV forms of stored runs for `nephos-cli runs`.
class RunsReport
{
public:
    /// Loads the run's row, KPIs and per-class KPIs; false with *error ("no run N" or SQLite's).
    static bool load(const RunStore& store, std::int64_t runId, RunReport& out, QString* error);

    /// The run row: id, scenario, scenario_id, scenario_hash, policy, seed (a string above 2^53),
    /// status, started, finished, sim_wall_s, simulated_h, events.
    static QJsonObject runJson(const StoredRun& run);
    /// runJson() plus "kpis" and "kpis_by_class" {class: {key: value}}.
    static QJsonObject reportJson(const RunReport& report);
    /// One line per run: id, status, scenario, policy, seed, started, simulated h, wall s.
    static QString listTable(const std::vector<StoredRun>& runs);
    /// The run's fields, its KPI table and one KPI table per workload class.
    static QString showText(const RunReport& report);
    /// Header run_id,scenario,scenario_hash,policy,seed,status,class,<KPI keys…>; a row per run
    /// (class empty) and one per workload class.
    static QString csv(const std::vector<RunReport>& reports);
};

} // namespace nephos::cli
