#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace nephos {

class Policy;

/// Names and one-line descriptions of the built-in policies, in a stable order:
/// static, threshold, best-fit, least-loaded, cheapest, carbon-aware (later: learned ones).
struct PolicyInfo
{
    std::string name;
    std::string description;
    std::map<std::string, double> defaultParams;
};

std::vector<PolicyInfo> policyInfos();
std::vector<std::string> policyNames();

/// Creates a policy by name with parameters (missing ones take defaults); nullptr if unknown.
std::unique_ptr<Policy> createPolicy(const std::string& name,
                                     const std::map<std::string, double>& params = {});

} // namespace nephos
