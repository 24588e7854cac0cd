#include "sim/DecisionEnvironment.h"

#include "policy/PolicySupport.h"
#include "policy/StaticPolicy.h"
#include "sim/Kernel.h"
#include "sim/Simulation.h"

#include <algorithm>
#include <cmath>

namespace nephos {

DecisionEnvironment::DecisionEnvironment(Scenario scenario, DecisionRewardWeights weights)
    : m_scenario(std::move(scenario))
    , m_weights(weights)
{
    for (const Offer& o : m_scenario.offers)
        m_maxPrice = std::max(m_maxPrice, o.onDemandUsdPerHour);
    for (const InstanceType& t : m_scenario.instanceTypes) {
        m_maxVcpus = std::max(m_maxVcpus, t.vcpus);
        m_maxMem = std::max(m_maxMem, t.memoryGib);
    }
}

DecisionEnvironment::~DecisionEnvironment() = default;

bool DecisionEnvironment::reset(std::uint64_t seed)
{
    Scenario s = m_scenario;
    s.settings.seed = seed;
    // the policy object is unused in external mode except for scaling, which stays off
    m_sim = std::make_unique<Simulation>(s, std::make_unique<StaticPolicy>());
    m_sim->kernel().setExternalDecisions(true);
    m_sim->kernel().setRecording(false, 0);
    m_decisions = 0;
    advance();
    return !done();
}

void DecisionEnvironment::advance()
{
    Simulation::Kernel& k = m_sim->kernel();
    while (!k.awaitingDecision() && k.step()) {
    }
}

bool DecisionEnvironment::done() const
{
    return !m_sim || m_sim->kernel().finished();
}

int DecisionEnvironment::actionCount() const
{
    return static_cast<int>(m_scenario.pool.size());
}

int DecisionEnvironment::featureCount() const
{
    return 7 * actionCount() + 7 + 4;
}

int DecisionEnvironment::vmFor(const ClusterState& c, const JobDemand& j, int g)
{
    // a running (or booting) VM with room, else a new VM under on-demand scaling
    if (policysupport::eligible(c, j, g)) {
        const int vm = c.index.firstFit(g, j.vcpus, j.memoryGib, j.gpus);
        if (vm >= 0)
            return vm;
    }
    if (c.typeCanHost(j, g) && c.reachable(j, c.groups[static_cast<std::size_t>(g)].region))
        return c.provisionSlot(g);
    return -1;
}

double DecisionEnvironment::objective() const
{
    Simulation::Kernel& k = m_sim->kernel();
    return k.totalCostUsd() + m_weights.carbonUsdPerKg * k.totalCarbonKg() +
           m_weights.slaPenaltyUsd * static_cast<double>(k.slaViolationsCompleted());
}

std::vector<char> DecisionEnvironment::actionMask() const
{
    std::vector<char> mask(static_cast<std::size_t>(actionCount()), 0);
    if (done())
        return mask;
    const Simulation::Kernel& k = m_sim->kernel();
    const ClusterState& c = k.cluster();
    const JobDemand& j = k.pendingJob();
    for (int g = 0; g < actionCount(); ++g)
        mask[static_cast<std::size_t>(g)] = vmFor(c, j, g) >= 0;
    return mask;
}

std::vector<float> DecisionEnvironment::observe() const
{
    std::vector<float> f;
    f.reserve(static_cast<std::size_t>(featureCount()));
    const Simulation::Kernel& k = m_sim->kernel();
    const ClusterState& c = k.cluster();
    const bool pending = !done() && k.awaitingDecision();
    JobDemand j;
    if (pending)
        j = k.pendingJob();
    for (int g = 0; g < actionCount(); ++g) {
        const VmGroup& grp = c.groups[static_cast<std::size_t>(g)];
        const auto ug = static_cast<std::size_t>(g);
        const double capacity = c.groupUp[ug] * grp.vcpus;
        f.push_back(
            static_cast<float>(capacity > 0 ? 1.0 - c.groupReservedVcpus[ug] / capacity : 0.0));
        f.push_back(static_cast<float>(grp.slots > 0 ? double(c.groupUp[ug]) / grp.slots : 0.0));
        f.push_back(static_cast<float>(grp.priceUsdPerHour / m_maxPrice));
        const auto r = static_cast<std::size_t>(grp.region);
        f.push_back(static_cast<float>(c.regionPue[r] * c.regionCarbonKgPerKwh[r]));
        const bool host = pending && c.typeCanHost(j, g) && c.reachable(j, grp.region);
        f.push_back(host ? 1.0f : 0.0f);
        f.push_back(static_cast<float>(host ? std::log1p(c.expectedHours(j, g)) : 0.0));
        f.push_back(static_cast<float>(host ? std::log1p(c.egressUsd(j, grp.region)) : 0.0));
    }
    f.push_back(static_cast<float>(j.vcpus / m_maxVcpus));
    f.push_back(static_cast<float>(j.memoryGib / m_maxMem));
    f.push_back(static_cast<float>(j.gpus));
    f.push_back(static_cast<float>(std::log1p(j.workPflop)));
    f.push_back(static_cast<float>(std::log1p(j.dataGb)));
    f.push_back(static_cast<float>(pending ? k.now() - j.arrivalHours : 0.0));
    f.push_back(static_cast<float>(j.slaHours));
    f.push_back(static_cast<float>(std::log1p(c.queuedJobs)));
    f.push_back(static_cast<float>(std::log1p(c.runningJobs)));
    const double angle = 2.0 * 3.14159265358979323846 * std::fmod(k.now(), 24.0) / 24.0;
    f.push_back(static_cast<float>(std::sin(angle)));
    f.push_back(static_cast<float>(std::cos(angle)));
    return f;
}

double DecisionEnvironment::act(int action)
{
    if (done())
        return 0.0;
    Simulation::Kernel& k = m_sim->kernel();
    const double before = objective();
    int vm = -1;
    if (action >= 0 && action < actionCount()) {
        vm = vmFor(k.cluster(), k.pendingJob(), action);
    }
    m_lastPlaced = k.decide(vm);
    ++m_decisions;
    advance();
    return -(objective() - before);
}

RunResult DecisionEnvironment::result() const
{
    return m_sim ? m_sim->result() : RunResult{};
}

} // namespace nephos
