#pragma once

#include "scenario/Scenario.h"

namespace nephos {

/// The embedded default scenario reproducing the paper's setup (section 4.1): AWS, GCP and Azure,
/// 500 VMs from small (2 vCPU, 4 GB) to HPC (64 vCPU, 512 GB, 4 GPUs), the three workload classes
/// of Table 6, 30 days. Its facts come from defaultDataPack().
Scenario defaultScenario();

} // namespace nephos
