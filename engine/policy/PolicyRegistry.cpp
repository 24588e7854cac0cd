#include "policy/PolicyRegistry.h"

#include "policy/BestFitPolicy.h"
#include "policy/CarbonAwarePolicy.h"
#include "policy/CheapestPolicy.h"
#include "policy/LeastLoadedPolicy.h"
#include "policy/StaticPolicy.h"
#include "policy/ThresholdPolicy.h"

namespace nephos {

namespace {
double param(const std::map<std::string, double>& params,
             const std::map<std::string, double>& defaults, const std::string& key)
{
    auto it = params.find(key);
    return it != params.end() ? it->second : defaults.at(key);
}
} // namespace

std::vector<PolicyInfo> policyInfos()
{
    return {
        {"static",
         "The paper's static allocation: fixed pool (no scaling), first fit in pool order",
         {}},
        {"threshold",
         "First fit; scales a group out above / in below a reserved-share utilisation threshold "
         "(ignores settings.scaling)",
         {{"upper", 0.8}, {"lower", 0.3}, {"step", 0.25}}},
        {"best-fit", "Tightest VM: fewest free vCPUs left after placement", {}},
        {"least-loaded",
         "Heuristic load balancing (the paper's comparison baseline C): the VM least loaded after "
         "placement",
         {}},
        {"cheapest", "Cost greedy across clouds: VM share x price x run time + egress", {}},
        {"carbon-aware", "Lowest expected kg CO2e per PFLOP (PUE, grid intensity, staging)", {}},
    };
}

std::vector<std::string> policyNames()
{
    std::vector<std::string> names;
    for (const PolicyInfo& p : policyInfos())
        names.push_back(p.name);
    return names;
}

std::unique_ptr<Policy> createPolicy(const std::string& name,
                                     const std::map<std::string, double>& params)
{
    if (name == "static")
        return std::make_unique<StaticPolicy>();
    if (name == "threshold") {
        const auto defaults = policyInfos()[1].defaultParams;
        return std::make_unique<ThresholdPolicy>(param(params, defaults, "upper"),
                                                 param(params, defaults, "lower"),
                                                 param(params, defaults, "step"));
    }
    if (name == "best-fit")
        return std::make_unique<BestFitPolicy>();
    if (name == "least-loaded")
        return std::make_unique<LeastLoadedPolicy>();
    if (name == "cheapest")
        return std::make_unique<CheapestPolicy>();
    if (name == "carbon-aware")
        return std::make_unique<CarbonAwarePolicy>();
    return nullptr;
}

} // namespace nephos
