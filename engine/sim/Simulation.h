#pragma once

#include "core/Progress.h"
#include "sim/RunResult.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace nephos {

struct Scenario;
class Policy;

/// How a run reports progress and is stopped.
struct RunControl
{
    ProgressCallback onProgress;        ///< called at most every progressIntervalSeconds
    const CancelFlag* cancel = nullptr; ///< polled every few milliseconds of wall time
    double progressIntervalSeconds = 0.05;
    bool recordDecisions = true;
    static constexpr std::size_t kDefaultMaxDecisionRecords = 20000;
    std::size_t maxDecisionRecords = kDefaultMaxDecisionRecords;
};

/// One discrete-event simulation of a scenario under a policy. Independent instances may run
/// concurrently in different threads; one instance is used by one thread at a time.
/// Same scenario + seed + policy gives identical results.
///
/// Model (full text: docs/simulation-model.md): jobs arrive from each workload class's
/// non-homogeneous Poisson process (plus trace jobs), wait in per-class FIFO queues, are placed by
/// the Policy on a VM with enough free vCPU/memory/GPU, stage their input data over shared links
/// when they run away from their home region, then run at a speed given by the VM's hardware
/// (work in PFLOP). VMs are billed per second while provisioned; power follows idle/max watts
/// with utilisation, × PUE, × grid carbon intensity; all integrated exactly between events.
/// Failures re-queue jobs with checkpoint loss; the autoscaler adds/removes VMs within the pool
/// bounds. The run always ends at the horizon.
class Simulation
{
public:
    /// Throws std::invalid_argument when the scenario is inconsistent (validate it first).
    explicit Simulation(const Scenario& scenario);
    Simulation(const Scenario& scenario, std::unique_ptr<Policy> policy);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Runs to the horizon (or until cancelled).
    RunStatus run(const RunControl& control = {});
    /// Processes one event; false when the run is over.
    bool step();
    /// Runs until the next placement decision has been taken; false when the run is over.
    bool stepDecision();
    /// Runs until the simulation clock reaches `hours` (or the end); false when the run is over.
    bool runUntil(double hours, const RunControl& control = {});

    double nowHours() const;
    double horizonHours() const;
    bool finished() const;
    std::uint64_t eventsProcessed() const;
    /// Wall time spent simulating so far (run/runUntil/step/stepDecision), seconds.
    double wallSeconds() const { return m_wallSeconds; }
    /// Snapshot of the results so far (complete once finished()).
    RunResult result() const;
    /// The most recent decision (valid after stepDecision()); nullptr before the first.
    const DecisionRecord* lastDecision() const;

    class Kernel;
    /// Access for the decision-by-decision driver and policies in the engine.
    Kernel& kernel();

private:
    std::unique_ptr<Kernel> m_kernel;
    double m_wallSeconds = 0.0; ///< wall time spent inside run/runUntil/step/stepDecision
};

} // namespace nephos
