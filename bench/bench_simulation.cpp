// Speed of whole simulation runs: the default scenario (500 VMs, 30 days), the same scaled to
// 5000 VMs with 10x arrivals, and the CloudSim Plus scalability shape. Run:
//   /work/build-kernel/bench/bench_simulation --benchmark_counters_tabular=true
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioScaling.h"
#include "sim/BenchmarkSuite.h"
#include "sim/Simulation.h"

#include <benchmark/benchmark.h>

using namespace nephos;

namespace {
void runScenario(benchmark::State& state, const Scenario& s)
{
    std::uint64_t events = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto sim = std::make_unique<Simulation>(s);
        RunControl rc;
        rc.recordDecisions = false;
        state.ResumeTiming();
        sim->run(rc);
        events = sim->eventsProcessed();
        state.PauseTiming();
        sim.reset();
        state.ResumeTiming();
    }
    state.counters["events"] = static_cast<double>(events);
    state.counters["events_per_s"] = benchmark::Counter(
        static_cast<double>(events) * state.iterations(), benchmark::Counter::kIsRate);
    state.counters["peak_rss_mb"] = BenchmarkSuite::peakRssMb();
}

void BM_Default500Vms30Days(benchmark::State& state)
{
    runScenario(state, defaultScenario());
}
void BM_Scaled5000Vms30Days(benchmark::State& state)
{
    runScenario(state, scaledScenario(defaultScenario(), 10.0));
}
void BM_CloudSimPlusShape(benchmark::State& state)
{
    runScenario(state, BenchmarkSuite::cloudsimPlusShape());
}
} // namespace

BENCHMARK(BM_Default500Vms30Days)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Scaled5000Vms30Days)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(BM_CloudSimPlusShape)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
