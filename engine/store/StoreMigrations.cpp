#include "store/StoreMigrations.h"

namespace nephos {

const std::vector<const char*>& StoreMigrations::steps()
{
    static const std::vector<const char*> kSteps = {
        // 0 -> 1: scenarios, runs and their KPIs.
        "CREATE TABLE scenarios ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL,"
        "  json TEXT NOT NULL,"
        "  hash TEXT NOT NULL UNIQUE,"
        "  created TEXT NOT NULL);"
        "CREATE TABLE runs ("
        "  id INTEGER PRIMARY KEY,"
        "  scenario_id INTEGER NOT NULL REFERENCES scenarios(id),"
        "  policy TEXT NOT NULL,"
        "  seed INTEGER NOT NULL,"
        "  status TEXT NOT NULL,"
        "  started TEXT NOT NULL,"
        "  finished TEXT,"
        "  sim_wall_s REAL,"
        "  events INTEGER);"
        "CREATE INDEX runs_by_status ON runs(status);"
        "CREATE TABLE run_kpis ("
        "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
        "  key TEXT NOT NULL,"
        "  value REAL NOT NULL,"
        "  PRIMARY KEY (run_id, key));",
        // 1 -> 2: owner process of a running run (kill recovery), simulated hours, series.
        "ALTER TABLE runs ADD COLUMN pid INTEGER;"
        "ALTER TABLE runs ADD COLUMN start_token TEXT;"
        "ALTER TABLE runs ADD COLUMN simulated_h REAL;"
        "CREATE TABLE run_series ("
        "  run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,"
        "  format INTEGER NOT NULL,"
        "  samples INTEGER NOT NULL,"
        "  data BLOB NOT NULL);",
        // 2 -> 3: per region / provider / instance type totals and region-pair transfers.
        "CREATE TABLE run_totals ("
        "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
        "  kind TEXT NOT NULL,"
        "  entity TEXT NOT NULL,"
        "  vm_hours REAL NOT NULL,"
        "  avg_cpu_util_pct REAL NOT NULL,"
        "  avg_mem_util_pct REAL NOT NULL,"
        "  avg_gpu_util_pct REAL NOT NULL,"
        "  avg_queue_length REAL NOT NULL,"
        "  cost_usd REAL NOT NULL,"
        "  energy_kwh REAL NOT NULL,"
        "  carbon_kg REAL NOT NULL,"
        "  useful_pflop REAL NOT NULL,"
        "  jobs_completed INTEGER NOT NULL,"
        "  PRIMARY KEY (run_id, kind, entity));"
        "CREATE TABLE run_transfers ("
        "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
        "  src TEXT NOT NULL,"
        "  dst TEXT NOT NULL,"
        "  terabytes REAL NOT NULL,"
        "  cost_usd REAL NOT NULL,"
        "  transfers INTEGER NOT NULL,"
        "  PRIMARY KEY (run_id, src, dst));",
        // 3 -> 4: KPIs per workload class (the same keys as run_kpis).
        "CREATE TABLE run_class_kpis ("
        "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
        "  class TEXT NOT NULL,"
        "  key TEXT NOT NULL,"
        "  value REAL NOT NULL,"
        "  PRIMARY KEY (run_id, class, key));",
        // 4 -> 5: the name a user gave a run (NULL: the workbench shows a made-up one).
        "ALTER TABLE runs ADD COLUMN name TEXT;",
    };
    return kSteps;
}

} // namespace nephos
