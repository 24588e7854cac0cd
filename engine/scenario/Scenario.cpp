#include "scenario/Scenario.h"

#include <algorithm>

namespace nephos {

namespace {
template <typename T, typename Pred> const T* findIf(const std::vector<T>& v, Pred pred)
{
    auto it = std::find_if(v.begin(), v.end(), pred);
    return it == v.end() ? nullptr : &*it;
}
} // namespace

const Provider* Scenario::findProvider(const std::string& id) const
{
    return findIf(providers, [&](const Provider& p) { return p.id == id; });
}

const Region* Scenario::findRegion(const std::string& id) const
{
    return findIf(regions, [&](const Region& r) { return r.id == id; });
}

const GpuModel* Scenario::findGpuModel(const std::string& name) const
{
    return findIf(gpuModels, [&](const GpuModel& g) { return g.name == name; });
}

const InstanceType* Scenario::findInstanceType(const std::string& name) const
{
    return findIf(instanceTypes, [&](const InstanceType& t) { return t.name == name; });
}

const Offer* Scenario::findOffer(const std::string& region, const std::string& instanceType) const
{
    return findIf(offers, [&](const Offer& o) {
        return o.region == region && o.instanceType == instanceType;
    });
}

const NetworkLink* Scenario::findLink(const std::string& src, const std::string& dst) const
{
    return findIf(network, [&](const NetworkLink& l) { return l.src == src && l.dst == dst; });
}

const Dataset* Scenario::findDataset(const std::string& name) const
{
    return findIf(datasets, [&](const Dataset& d) { return d.name == name; });
}

int Scenario::totalVms() const
{
    int n = 0;
    for (const auto& p : pool)
        n += p.count;
    return n;
}

} // namespace nephos
