// Placement decision latency of the heuristic policies on the 5000-VM scenario (default x10),
// with the cluster state of half-way through the run. Run:
//   /work/build-kernel/bench/bench_decision
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioScaling.h"
#include "sim/Kernel.h"
#include "sim/Simulation.h"

#include <benchmark/benchmark.h>

using namespace nephos;

namespace {
void decide(benchmark::State& state, const char* policy)
{
    Scenario s = scaledScenario(defaultScenario(), 10.0);
    s.policy.name = policy;
    s.settings.monitoring = false;
    Simulation sim(s);
    RunControl rc;
    rc.recordDecisions = false;
    sim.runUntil(360.0, rc);
    Simulation::Kernel& k = sim.kernel();
    std::vector<JobDemand> queries;
    for (const auto& j : k.jobs()) {
        bool seen = false;
        for (const JobDemand& q : queries)
            seen = seen || q.workloadClass == j.demand.workloadClass;
        if (!seen)
            queries.push_back(j.demand);
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(k.policy().place(k.cluster(), queries[i], nullptr));
        i = (i + 1) % queries.size();
    }
    state.counters["vms"] = s.totalVms();
}
} // namespace

BENCHMARK_CAPTURE(decide, static, "static");
BENCHMARK_CAPTURE(decide, best_fit, "best-fit");
BENCHMARK_CAPTURE(decide, least_loaded, "least-loaded");
BENCHMARK_CAPTURE(decide, cheapest, "cheapest");
BENCHMARK_CAPTURE(decide, carbon_aware, "carbon-aware");
BENCHMARK_MAIN();
