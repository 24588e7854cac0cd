#include "analysis/CostAdvisor.h"

#include "scenario/Scenario.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace nephos {

namespace {

/// "$12.34" below $1000, else whole dollars with thousands separators ("$145,457").
std::string money(double usd)
{
    char buf[64];
    if (std::fabs(usd) < 1000.0) {
        std::snprintf(buf, sizeof buf, "$%.2f", usd);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(usd));
    std::string digits(buf);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return (usd < 0 ? "-$" : "$") + grouped;
}

std::string number(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

int typeIndex(const Scenario& s, const std::string& name)
{
    for (std::size_t i = 0; i < s.instanceTypes.size(); ++i)
        if (s.instanceTypes[i].name == name)
            return static_cast<int>(i);
    return -1;
}

bool fitsOn(const WorkloadClass& w, const InstanceType& t)
{
    return w.vcpus <= t.vcpus && w.memoryGib <= t.memoryGib && w.gpus <= t.gpuCount;
}

/// Work on a type is interruptible when every class that fits on it checkpoints or is short.
bool interruptibleOn(const Scenario& s, const InstanceType& t)
{
    bool any = false;
    for (const WorkloadClass& w : s.workloads) {
        if (!fitsOn(w, t))
            continue;
        any = true;
        const bool shortJobs = w.durationHours.mean <= 1.0;
        if (w.checkpointHours <= 0.0 && !shortJobs)
            return false;
    }
    return any;
}

bool equivalentOrBetter(const InstanceType& alt, const InstanceType& t)
{
    return alt.name != t.name && alt.provider == t.provider && alt.vcpus >= t.vcpus &&
           alt.memoryGib >= t.memoryGib && alt.gpuCount == t.gpuCount && alt.gpuModel == t.gpuModel;
}

} // namespace

CostAdvisor::CostAdvisor(const Settings& settings)
    : m_settings(settings)
{}

std::vector<CostSuggestion> CostAdvisor::advise(const Scenario& scenario,
                                                const RunResult& result) const
{
    std::vector<CostSuggestion> out;
    if (result.instanceTypes.size() != scenario.instanceTypes.size())
        return out;

    std::map<std::string, int> typePoolCount;
    for (const VmPoolEntry& g : scenario.pool)
        typePoolCount[g.instanceType] += g.count;

    for (const VmPoolEntry& g : scenario.pool) {
        const int t = typeIndex(scenario, g.instanceType);
        const Offer* offer = scenario.findOffer(g.region, g.instanceType);
        if (t < 0 || !offer || g.count <= 0 || typePoolCount[g.instanceType] <= 0)
            continue;
        const InstanceType& type = scenario.instanceTypes[static_cast<std::size_t>(t)];
        const UsageTotals& usage = result.instanceTypes[static_cast<std::size_t>(t)];
        const double share = static_cast<double>(g.count) / typePoolCount[g.instanceType];
        const double groupHours = usage.vmHours * share;
        const bool spotPriced = g.spot && offer->spotUsdPerHour >= 0.0;
        const double price = spotPriced ? offer->spotUsdPerHour : offer->onDemandUsdPerHour;
        if (groupHours <= 0.0)
            continue;

        const double util =
            std::max({usage.avgCpuUtilPct, usage.avgMemUtilPct, usage.avgGpuUtilPct});
        if (util < m_settings.idleUtilPct) {
            const int needed =
                std::max(g.minCount, static_cast<int>(std::ceil(g.count * util / 100.0)));
            const int removable = g.count - needed;
            if (removable > 0) {
                CostSuggestion s;
                s.kind = CostSuggestion::Kind::IdleGroup;
                s.region = g.region;
                s.instanceType = g.instanceType;
                s.vmHours = groupHours;
                s.savingUsd = groupHours * removable / g.count * price;
                s.text = "Idle: " + std::to_string(g.count) + " × " + g.instanceType + " in " +
                         g.region + " averaged " + number(util, 1) + " % utilisation; " +
                         std::to_string(removable) + " could be released, saving about " +
                         money(s.savingUsd) + ".";
                out.push_back(s);
            }
        }

        if (!g.spot) {
            // Cheapest equivalent-or-larger type offered in the same region.
            const Offer* best = nullptr;
            for (const Offer& o : scenario.offers) {
                if (o.region != g.region || o.onDemandUsdPerHour >= offer->onDemandUsdPerHour)
                    continue;
                const InstanceType* alt = scenario.findInstanceType(o.instanceType);
                if (!alt || !equivalentOrBetter(*alt, type))
                    continue;
                if (!best || o.onDemandUsdPerHour < best->onDemandUsdPerHour)
                    best = &o;
            }
            if (best) {
                CostSuggestion s;
                s.kind = CostSuggestion::Kind::CheaperType;
                s.region = g.region;
                s.instanceType = g.instanceType;
                s.alternative = best->instanceType;
                s.vmHours = groupHours;
                s.savingUsd = groupHours * (offer->onDemandUsdPerHour - best->onDemandUsdPerHour);
                s.text = "Cheaper type: " + best->instanceType +
                         " offers at least the capacity of " + g.instanceType + " in " + g.region +
                         " for " + money(best->onDemandUsdPerHour) + "/h instead of " +
                         money(offer->onDemandUsdPerHour) + "/h, saving about " +
                         money(s.savingUsd) + ".";
                out.push_back(s);
            }

            if (offer->spotUsdPerHour >= 0.0 && offer->spotUsdPerHour < offer->onDemandUsdPerHour &&
                interruptibleOn(scenario, type)) {
                CostSuggestion s;
                s.kind = CostSuggestion::Kind::SpotCandidate;
                s.region = g.region;
                s.instanceType = g.instanceType;
                s.alternative = "spot";
                s.vmHours = groupHours;
                s.savingUsd = groupHours * (offer->onDemandUsdPerHour - offer->spotUsdPerHour);
                s.text = "Spot: work on " + g.instanceType + " in " + g.region +
                         " checkpoints or is short; spot at " + money(offer->spotUsdPerHour) +
                         "/h instead of " + money(offer->onDemandUsdPerHour) +
                         "/h would save about " + money(s.savingUsd) + " over " +
                         number(groupHours, 0) + " VM-hours.";
                out.push_back(s);
            }
        }
    }

    out.erase(std::remove_if(out.begin(), out.end(),
                             [this](const CostSuggestion& s) {
                                 return s.savingUsd < m_settings.minSavingUsd;
                             }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const CostSuggestion& a, const CostSuggestion& b) {
        return a.savingUsd > b.savingUsd;
    });
    if (m_settings.maxSuggestions >= 0 &&
        out.size() > static_cast<std::size_t>(m_settings.maxSuggestions))
        out.resize(static_cast<std::size_t>(m_settings.maxSuggestions));
    return out;
}

} // namespace nephos
