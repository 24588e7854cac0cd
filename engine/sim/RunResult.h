#pragma once

#include "metrics/Kpis.h"
#include "sim/MonitorSeries.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

enum class RunStatus { NotStarted, Running, Completed, Cancelled, Failed };

const char* runStatusKey(RunStatus s); ///< "completed", "cancelled", …

/// Accumulated totals for one region, one provider or one instance type over a run.
struct UsageTotals
{
    std::string id;             ///< Region::id, Provider::id or InstanceType::name
    double vmHours = 0.0;       ///< provisioned VM time
    double avgCpuUtilPct = 0.0; ///< time-weighted over provisioned capacity
    double avgMemUtilPct = 0.0;
    double avgGpuUtilPct = 0.0;
    double avgQueueLength = 0.0; ///< regions and providers only
    double costUsd = 0.0;        ///< VM billing (+ egress leaving it, for regions and providers)
    double energyKwh = 0.0;      ///< facility energy
    double carbonKg = 0.0;
    double usefulPflop = 0.0;
    std::int64_t jobsCompleted = 0;
};

/// Data moved between two regions.
struct TransferTotals
{
    std::string src;
    std::string dst;
    double terabytes = 0.0;
    double costUsd = 0.0;
    std::int64_t transfers = 0;
};

/// What happened to one job.
struct JobRecord
{
    std::uint32_t id = 0;
    int workloadClass = -1; ///< index into Scenario::workloads
    double arrivalHours = 0.0;
    double startHours = -1.0;  ///< last start (after staging); < 0 never started
    double finishHours = -1.0; ///< < 0 not finished
    int vm = -1;               ///< last VM (index into the run's VM list)
    int region = -1;           ///< index into Scenario::regions of that VM
    double workPflop = 0.0;
    double stagingHours = 0.0;
    int requeues = 0;
    bool slaViolated = false;
};

/// One candidate the policy looked at for a decision.
struct CandidateRecord
{
    int region = -1;       ///< index into Scenario::regions
    int instanceType = -1; ///< index into Scenario::instanceTypes
    int poolEntry = -1;    ///< index into Scenario::pool: the VM group of this candidate
    int vm = -1;           ///< chosen VM of that group, -1 when none fits
    double score = 0.0;    ///< policy-specific, lower is better
    bool feasible = false;
    bool newVm = false;        ///< the VM would be provisioned for the job (on-demand scaling)
    double stagingHours = 0.0; ///< expected time for the job's data to reach the region
    std::string why;           ///< short reason, e.g. "cheapest: $3.06/h + $0.90 egress"
};

/// Why a job went where it went: the teaching view's data.
struct DecisionRecord
{
    std::uint32_t job = 0;
    double timeHours = 0.0;
    std::string policy;
    std::vector<CandidateRecord> candidates;
    int chosen = -1;    ///< index into candidates, -1: job left queued
    std::string reason; ///< one sentence on why the chosen one won
};

/// Jobs that no pool type in an enabled region can ever host (skipped at load, not simulated).
struct UnhostableReport
{
    std::int64_t count = 0;
    std::vector<std::string> examples; ///< up to 20 "trace_jobs[12] (arrival 3.2 h): why"
    std::vector<std::pair<std::string, std::int64_t>> reasons; ///< reason -> count
};

/// Everything a finished (or cancelled, or in-progress) run produced.
struct RunResult
{
    RunStatus status = RunStatus::NotStarted;
    std::string policy;
    std::uint64_t seed = 0;
    double simulatedHours = 0.0;
    double simWallSeconds = 0.0; ///< simulation alone, without start-up and I/O
    std::uint64_t events = 0;
    Kpis kpis;
    std::vector<Kpis> classKpis; ///< parallel to Scenario::workloads (same keys, class share)
    std::vector<std::string> classNames; ///< the workload classes' names, parallel to classKpis
    UnhostableReport unhostable;
    MonitorSeries series;
    std::vector<UsageTotals> regions;       ///< parallel to Scenario::regions
    std::vector<UsageTotals> providers;     ///< parallel to Scenario::providers
    std::vector<UsageTotals> instanceTypes; ///< parallel to Scenario::instanceTypes
    std::vector<TransferTotals> transfers;  ///< only pairs that moved data
    std::vector<JobRecord> jobs;
    std::vector<DecisionRecord> decisions; ///< capped at RunControl::maxDecisionRecords
};

} // namespace nephos
