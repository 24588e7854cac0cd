#pragma once

#include <array>
#include <vector>

namespace nephos {

/// Quantities whose rates are piecewise constant between events.
enum class Rate : int {
    ProvVcpus, ///< provisioned vCPUs (booting, up or failed VMs)
    UsedVcpus, ///< Σ running jobs' vcpus × cpuUtil
    ProvMemGib,
    UsedMemGib, ///< Σ memoryGib × memUtil
    ProvGpus,
    UsedGpus,   ///< Σ gpus × gpuUtil
    FacilityKw, ///< IT power × PUE
    CarbonKgPerHour,
    CostUsdPerHour,
    Vms,               ///< provisioned VMs (integral: VM hours)
    Queue,             ///< jobs waiting for placement
    StorageUsdPerHour, ///< dataset replicas kept in the region's storage
    Count
};

/// Exact time integration of piecewise-constant rates for a set of entities (regions, instance
/// types, …): each entity keeps its current rates, their integrals and the time they were last
/// integrated; a rate change first integrates that entity up to now (O(1) per change).
class Accounting
{
public:
    static constexpr int kRates = static_cast<int>(Rate::Count);
    using Values = std::array<double, kRates>;

    void resize(int entities);
    int entityCount() const { return static_cast<int>(m_rates.size()); }

    /// Integrates entity e up to `now`, then adds `delta` to its rates.
    void change(int e, double now, const Values& delta);
    void change(int e, double now, Rate r, double delta);
    /// Current rate.
    double rate(int e, Rate r) const { return m_rates[static_cast<std::size_t>(e)][idx(r)]; }
    /// Integral up to `now` without changing state.
    double integral(int e, Rate r, double now) const;
    Values integrals(int e, double now) const;

private:
    static std::size_t idx(Rate r) { return static_cast<std::size_t>(r); }
    void advance(std::size_t e, double now);
    std::vector<Values> m_rates;
    std::vector<Values> m_integrals;
    std::vector<double> m_last;
};

} // namespace nephos
