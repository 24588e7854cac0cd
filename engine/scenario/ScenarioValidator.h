#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioProblem.h"

#include <string>
#include <vector>

namespace nephos {

/// Checks an in-memory scenario's values and references (what JSON types cannot express): ranges,
/// units, unknown or duplicate ids, pool bounds, classes no pool entry can host. Paths are the
/// JSON paths of docs/scenario-format.md, e.g. "workloads[2].duration.mean_h". The GUI uses it
/// on the scenario it edits; ScenarioJson::fromJson runs it after parsing.
class ScenarioValidator
{
public:
    /// Every problem found (empty: valid). `knownPolicies`, when given, also checks policy.name.
    static ScenarioProblems validate(const Scenario& scenario,
                                     const std::vector<std::string>* knownPolicies = nullptr);
};

} // namespace nephos
