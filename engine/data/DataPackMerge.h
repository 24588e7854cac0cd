#pragma once

#include "data/DataPack.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace nephos {

/// Merges `add` into `into`: an element with the same key (keyOf) is replaced, others are
/// appended in order. Returns the number of elements appended or replaced.
template <typename T, typename KeyOf>
long long mergeBy(std::vector<T>& into, const std::vector<T>& add, KeyOf keyOf)
{
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(into.size() + add.size());
    for (std::size_t i = 0; i < into.size(); ++i)
        index.emplace(keyOf(into[i]), i);
    for (const T& item : add) {
        const auto [it, inserted] = index.emplace(keyOf(item), into.size());
        if (inserted)
            into.push_back(item);
        else
            into[it->second] = item;
    }
    return static_cast<long long>(add.size());
}

inline std::string regionKey(const Region& r)
{
    return r.id;
}
inline std::string gpuModelKey(const GpuModel& g)
{
    return g.name;
}
inline std::string instanceTypeKey(const InstanceType& t)
{
    return t.name;
}
inline std::string offerKey(const Offer& o)
{
    return o.region + '/' + o.instanceType;
}
inline std::string linkKey(const NetworkLink& l)
{
    return l.src + '>' + l.dst;
}
inline std::string providerKey(const Provider& p)
{
    return p.id;
}

/// Merges every part of `add` into `into` (by ids; constants, sources and energy by key).
void mergeDataPack(DataPack& into, const DataPack& add);

/// Display name of a provider id ("aws" -> "Amazon Web Services"); the id itself if unknown.
std::string providerDisplayName(const std::string& id);

/// Provider of a bare region code by its shape: "us-east-1" aws, "us-central1" gcp,
/// "eastus" azure; empty when unclear.
std::string providerOfRegionCode(const std::string& code);

/// Adds the providers referenced by regions, types and offers of a pack if missing.
void addReferencedProviders(DataPack& pack);

} // namespace nephos
