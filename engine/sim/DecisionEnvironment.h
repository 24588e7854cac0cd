#pragma once

#include "scenario/Scenario.h"
#include "sim/ClusterState.h"
#include "sim/RunResult.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace nephos {

class Simulation;

/// Reward weights of the decision driver.
struct DecisionRewardWeights
{
    double carbonUsdPerKg = 0.1; ///< carbon priced into the reward
    double slaPenaltyUsd = 50.0; ///< per completed job that missed its SLA
};

/// Decision-by-decision driver for reinforcement learning, on the same kernel as Simulation
/// (external-decision mode: the kernel stops whenever a queued job needs a placement).
/// Actions are the (region, instance type) groups of the scenario's pool, in pool order; the
/// job goes to the first VM of the chosen group with room, or stays queued when the group
/// cannot take it (actionMask() tells which can). Reward of an action = −(Δ total cost USD +
/// carbonUsdPerKg × Δ kg CO2e + slaPenaltyUsd × Δ SLA-violating completions) over the simulated
/// time until the next decision (or the end of the episode).
///
/// Observation (featureCount() floats): per group 7 values — free vCPU share of its up VMs,
/// up VMs / slots, price / highest price, PUE × kg CO2e per kWh, can-host flag, log1p(expected
/// hours of this job there), log1p(egress USD of this job there) — then 7 job values — vcpus /
/// largest type's vcpus, memory / largest memory, gpus, log1p(PFLOP), log1p(input GB), hours
/// waited, SLA hours — then 4 global values — log1p(queued), log1p(running), sin and cos of the
/// hour of day.
class DecisionEnvironment
{
public:
    explicit DecisionEnvironment(Scenario scenario, DecisionRewardWeights weights = {});
    ~DecisionEnvironment();

    /// Starts an episode with `seed` and runs to the first decision. False if there is none.
    bool reset(std::uint64_t seed);
    bool done() const;
    int actionCount() const;
    int featureCount() const;
    std::vector<float> observe() const;
    std::vector<char> actionMask() const;
    /// Applies an action and runs to the next decision; returns the reward.
    double act(int action);
    /// Whether the last act() placed the job.
    bool lastActionPlaced() const { return m_lastPlaced; }
    RunResult result() const;
    /// Cost + priced carbon + SLA penalties accumulated so far (rewards are its negated steps).
    double objective() const;
    std::uint64_t decisions() const { return m_decisions; }

private:
    /// The VM action `g` places the pending job on: a VM with room, or a new one (on-demand).
    static int vmFor(const ClusterState& c, const JobDemand& j, int g);
    void advance();

    Scenario m_scenario;
    DecisionRewardWeights m_weights;
    std::unique_ptr<Simulation> m_sim;
    double m_maxPrice = 1.0;
    double m_maxVcpus = 1.0;
    double m_maxMem = 1.0;
    bool m_lastPlaced = false;
    std::uint64_t m_decisions = 0;
};

} // namespace nephos
