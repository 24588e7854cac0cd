#include "data/ApplyDataPack.h"

#include "data/DataPackMerge.h"

#include <set>
#include <unordered_map>

namespace nephos {

namespace {

template <typename T, typename KeyOf>
std::unordered_map<std::string, std::size_t> indexBy(const std::vector<T>& items, KeyOf keyOf)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < items.size(); ++i)
        index.emplace(keyOf(items[i]), i);
    return index;
}

} // namespace

ApplySummary applyDataPack(Scenario& scenario, const DataPack& pack, ApplyMode mode)
{
    ApplySummary s;
    const bool addMissing = mode == ApplyMode::AddMissing;

    auto providers = indexBy(scenario.providers, providerKey);
    for (const Provider& p : pack.providers) {
        const auto it = providers.find(p.id);
        if (it != providers.end())
            scenario.providers[it->second].name = p.name;
        else if (addMissing) {
            providers.emplace(p.id, scenario.providers.size());
            scenario.providers.push_back(p);
        }
    }

    auto regions = indexBy(scenario.regions, regionKey);
    for (const Region& r : pack.regions) {
        const auto it = regions.find(r.id);
        if (it != regions.end()) {
            Region& target = scenario.regions[it->second];
            const bool enabled = target.enabled;
            target = r;
            target.enabled = enabled;
            ++s.regionsUpdated;
        } else if (addMissing) {
            regions.emplace(r.id, scenario.regions.size());
            scenario.regions.push_back(r);
            ++s.regionsAdded;
        }
    }
    for (const auto& [id, energy] : pack.regionEnergy) {
        const auto it = regions.find(id);
        if (it == regions.end())
            continue;
        Region& target = scenario.regions[it->second];
        if (energy.pue > 0.0) {
            target.pue = energy.pue;
            target.pueEstimated = false;
        }
        if (energy.carbonKgPerKwh >= 0.0) {
            target.carbonKgPerKwh = energy.carbonKgPerKwh;
            target.carbonEstimated = false;
        }
        ++s.regionEnergySet;
    }

    auto gpus = indexBy(scenario.gpuModels, gpuModelKey);
    for (const GpuModel& g : pack.gpuModels) {
        const auto it = gpus.find(g.name);
        if (it != gpus.end()) {
            scenario.gpuModels[it->second] = g;
            ++s.gpuModelsSet;
        } else if (addMissing) {
            gpus.emplace(g.name, scenario.gpuModels.size());
            scenario.gpuModels.push_back(g);
            ++s.gpuModelsSet;
        }
    }

    auto types = indexBy(scenario.instanceTypes, instanceTypeKey);
    for (const InstanceType& t : pack.instanceTypes) {
        const auto it = types.find(t.name);
        if (it != types.end()) {
            scenario.instanceTypes[it->second] = t;
            ++s.instanceTypesSet;
        } else if (addMissing) {
            types.emplace(t.name, scenario.instanceTypes.size());
            scenario.instanceTypes.push_back(t);
            ++s.instanceTypesSet;
        }
    }
    for (InstanceType& t : scenario.instanceTypes) {
        if (t.cpuMaxWattsPerVcpu > 0.0)
            continue;
        const auto lo = pack.constants.find("cpu_min_watts_per_vcpu:" + t.provider);
        const auto hi = pack.constants.find("cpu_max_watts_per_vcpu:" + t.provider);
        if (lo != pack.constants.end() && hi != pack.constants.end()) {
            t.cpuMinWattsPerVcpu = lo->second.value;
            t.cpuMaxWattsPerVcpu = hi->second.value;
        }
    }

    auto offers = indexBy(scenario.offers, offerKey);
    for (const Offer& o : pack.offers) {
        if (!regions.count(o.region) || !types.count(o.instanceType))
            continue;
        const auto [it, added] = offers.emplace(offerKey(o), scenario.offers.size());
        if (added)
            scenario.offers.push_back(o);
        else
            scenario.offers[it->second] = o;
        ++s.offersSet;
    }

    auto links = indexBy(scenario.network, linkKey);
    for (const NetworkLink& l : pack.network) {
        if (!regions.count(l.src) || !regions.count(l.dst))
            continue;
        const auto [it, added] = links.emplace(linkKey(l), scenario.network.size());
        if (added)
            scenario.network.push_back(l);
        else
            scenario.network[it->second] = l;
        ++s.linksSet;
    }

    const auto memory = pack.constants.find("memory_watts_per_gib");
    if (memory != pack.constants.end()) {
        scenario.settings.memoryWattsPerGib = memory->second.value;
        ++s.constantsUsed;
    }
    const auto network = pack.constants.find("network_kwh_per_gb");
    if (network != pack.constants.end()) {
        scenario.settings.networkKwhPerGb = network->second.value;
        ++s.constantsUsed;
    }
    return s;
}

} // namespace nephos
