#pragma once

#include "scenario/Scenario.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

/// One measured benchmark case.
struct BenchmarkMeasurement
{
    std::string name;
    double simWallSeconds = 0.0;   ///< Simulation::run() alone (scenario build and set-up excluded)
    double setupWallSeconds = 0.0; ///< Simulation construction (workload generation, indices)
    double simCpuSeconds = 0.0;    ///< thread CPU time of run(): robust on a loaded machine
    std::uint64_t events = 0;
    std::int64_t jobs = 0;
    int vms = 0;
    double peakRssMb = 0.0;       ///< process peak resident set (VmHWM) after the case; -1 unknown
    double baselineRssMb = 0.0;   ///< resident set before the case was built
    double decisionMicros = -1.0; ///< mean placement decision, where measured
    bool isolated = false;        ///< ran in a forked child process of its own
};

/// The speed benchmarks shared by bench/ and `nephos-cli bench`:
/// - "default-500vm-30d": defaultScenario(), single thread;
/// - "scaled-5000vm-30d": scaledScenario(defaultScenario(), 10) (10× VMs and arrivals);
/// - "cloudsim-plus-shape": 40,000 VMs of 4 vCPU, 50,000 jobs of 2 vCPU at t = 0, equal work,
///   first fit (static), no monitoring, no data staging;
/// - "decision-<policy>-5000vm": mean time of one placement decision of a heuristic policy on the
///   5000-VM scenario's cluster state half-way through the run (events = the 200,000 timed
///   queries, sim_wall_s = their total time; the run up to half-way is not timed).
/// Peak memory: each case runs in a forked child (Linux) whose VmHWM is read at its end, so cases
/// do not inherit each other's peaks; baselineRssMb is what the process held before the case.
class BenchmarkSuite
{
public:
    static std::vector<std::string> caseNames();
    static Scenario cloudsimPlusShape();
    /// Runs one case in this process.
    static BenchmarkMeasurement runInProcess(const std::string& name);
    /// Runs one case in a forked child and reports its memory; falls back to in-process.
    static BenchmarkMeasurement runIsolated(const std::string& name);
    /// Mean µs of `policy`'s decision for `iterations` placement queries on the scenario's
    /// state at `atHours` (the queries do not change the state).
    static double decisionMicros(const Scenario& scenario, const std::string& policy,
                                 double atHours, int iterations);
    /// Current VmRSS / VmHWM of this process in MB (-1 when unavailable).
    static double currentRssMb();
    static double peakRssMb();
};

} // namespace nephos
