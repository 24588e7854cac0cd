#include "data/DataPackMerge.h"

#include <algorithm>
#include <cctype>

namespace nephos {

std::string providerDisplayName(const std::string& id)
{
    if (id == "aws")
        return "Amazon Web Services";
    if (id == "gcp")
        return "Google Cloud";
    if (id == "azure")
        return "Microsoft Azure";
    return id;
}

std::string providerOfRegionCode(const std::string& code)
{
    if (code.empty())
        return {};
    if (code.find('-') == std::string::npos)
        return "azure";
    const std::size_t last = code.rfind('-');
    const std::string tail = code.substr(last + 1);
    const bool digitsOnly = !tail.empty() && std::all_of(tail.begin(), tail.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (digitsOnly)
        return "aws";
    if (std::isdigit(static_cast<unsigned char>(code.back())) != 0)
        return "gcp";
    return {};
}

void mergeDataPack(DataPack& into, const DataPack& add)
{
    if (into.name.empty())
        into.name = add.name;
    mergeBy(into.providers, add.providers, providerKey);
    mergeBy(into.regions, add.regions, regionKey);
    mergeBy(into.gpuModels, add.gpuModels, gpuModelKey);
    mergeBy(into.instanceTypes, add.instanceTypes, instanceTypeKey);
    mergeBy(into.offers, add.offers, offerKey);
    mergeBy(into.network, add.network, linkKey);
    for (const auto& [k, v] : add.constants)
        into.constants[k] = v;
    for (const auto& [k, v] : add.factSources)
        into.factSources[k] = v;
    for (const auto& [k, v] : add.regionEnergy)
        into.regionEnergy[k] = v;
    for (const Provenance& p : add.provenance) {
        const bool known =
            std::any_of(into.provenance.begin(), into.provenance.end(), [&](const Provenance& q) {
                return q.what == p.what && q.source == p.source;
            });
        if (!known)
            into.provenance.push_back(p);
    }
}

void addReferencedProviders(DataPack& pack)
{
    auto add = [&](const std::string& id) {
        if (id.empty())
            return;
        for (const Provider& p : pack.providers)
            if (p.id == id)
                return;
        Provider p;
        p.id = id;
        p.name = providerDisplayName(id);
        pack.providers.push_back(p);
    };
    for (const Region& r : pack.regions)
        add(r.provider);
    for (const InstanceType& t : pack.instanceTypes)
        add(t.provider);
    for (const Offer& o : pack.offers)
        add(o.region.substr(0, o.region.find(':')));
    for (const auto& [id, energy] : pack.regionEnergy)
        add(id.substr(0, id.find(':')));
}

} // namespace nephos
