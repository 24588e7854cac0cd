#pragma once

#include "scenario/Scenario.h"

namespace nephos {

/// Multiplies the VM pool (count, min, max) and every arrival rate by k (k = 10 turns the
/// default scenario's 500 VMs into the paper's 5000). Trace jobs are left as they are.
Scenario scaledScenario(const Scenario& scenario, double k);

} // namespace nephos
