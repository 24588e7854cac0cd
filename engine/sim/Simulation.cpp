#include "sim/Simulation.h"

#include "policy/PolicyRegistry.h"
#include "sim/Kernel.h"

#include <chrono>
#include <cmath>

namespace nephos {

namespace {
using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}
} // namespace

Simulation::Simulation(const Scenario& scenario)
    : Simulation(scenario, createPolicy(scenario.policy.name, scenario.policy.params))
{}

Simulation::Simulation(const Scenario& scenario, std::unique_ptr<Policy> policy)
    : m_kernel(std::make_unique<Kernel>(scenario, std::move(policy)))
{}

Simulation::~Simulation() = default;

bool Simulation::runUntil(double hours, const RunControl& control)
{
    Kernel& k = *m_kernel;
    if (k.finished())
        return false;
    k.setRecording(control.recordDecisions, control.maxDecisionRecords);
    const auto start = Clock::now();
    auto lastCheck = start;
    auto lastProgress = start;
    std::uint32_t sinceCheck = 0;
    const double target = std::min(hours, k.horizon());
    while (!k.finished() && !k.awaitingDecision() && k.nextEventTime() <= target) {
        if (!k.step(target))
            break;
        if (++sinceCheck < 1024)
            continue;
        sinceCheck = 0;
        const auto now = Clock::now();
        if (std::chrono::duration<double>(now - lastCheck).count() < 0.002)
            continue;
        lastCheck = now;
        if (control.cancel && control.cancel->load(std::memory_order_relaxed))
            break;
        if (control.onProgress && std::chrono::duration<double>(now - lastProgress).count() >=
                                      control.progressIntervalSeconds) {
            lastProgress = now;
            control.onProgress({k.now() / k.horizon(), k.now()});
        }
    }
    if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
        k.setStatus(RunStatus::Cancelled);
        m_wallSeconds += secondsSince(start);
        return false;
    }
    if (!k.finished() && !k.awaitingDecision()) {
        if (target >= k.horizon())
            k.step(); // no events left before the horizon: finalize
        else
            k.advanceClock(target);
    }
    m_wallSeconds += secondsSince(start);
    return !k.finished();
}

RunStatus Simulation::run(const RunControl& control)
{
    runUntil(m_kernel->horizon(), control);
    if (m_kernel->finished() && control.onProgress)
        control.onProgress({1.0, m_kernel->horizon()});
    return m_kernel->status();
}

bool Simulation::step()
{
    const auto start = Clock::now();
    const bool more = m_kernel->step();
    m_wallSeconds += secondsSince(start);
    return more;
}

bool Simulation::stepDecision()
{
    const auto start = Clock::now();
    m_kernel->setTrackLastDecision(true);
    const std::uint64_t before = m_kernel->decisions();
    bool more = true;
    while (m_kernel->decisions() == before && (more = m_kernel->step()))
        if (m_kernel->awaitingDecision())
            break;
    m_wallSeconds += secondsSince(start);
    return more && !m_kernel->finished();
}

double Simulation::nowHours() const
{
    return m_kernel->now();
}
double Simulation::horizonHours() const
{
    return m_kernel->horizon();
}
bool Simulation::finished() const
{
    return m_kernel->finished();
}
std::uint64_t Simulation::eventsProcessed() const
{
    return m_kernel->events();
}

RunResult Simulation::result() const
{
    RunResult r = m_kernel->snapshot();
    r.simWallSeconds = m_wallSeconds;
    return r;
}

const DecisionRecord* Simulation::lastDecision() const
{
    return m_kernel->lastDecision();
}

Simulation::Kernel& Simulation::kernel()
{
    return *m_kernel;
}

} // namespace nephos
