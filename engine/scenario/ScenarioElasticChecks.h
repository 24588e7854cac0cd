#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioProblem.h"

namespace nephos {

/// Checks of the elastic-pool, dataset and tariff parts of a scenario (docs/scenario-format.md):
/// scaling strategy and its settings, reserved VMs, datasets and the classes' references to
/// them, MFU and timing, egress tiers and storage prices. Called by ScenarioValidator.
void checkElasticModel(const Scenario& s, ScenarioProblems& problems);

} // namespace nephos
