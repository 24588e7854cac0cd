#pragma once

#include "data/DataPack.h"
#include "scenario/Scenario.h"

namespace nephos {

/// How applyDataPack treats pack entries the scenario does not have.
enum class ApplyMode {
    Overlay,   ///< update what the scenario has; add offers/links only among its regions and types
    AddMissing ///< also add the pack's other providers, regions, GPU models and instance types
};

/// Counts of facts written into the scenario.
struct ApplySummary
{
    int regionsUpdated = 0;
    int regionsAdded = 0;
    int gpuModelsSet = 0;
    int instanceTypesSet = 0;
    int offersSet = 0;
    int linksSet = 0;
    int regionEnergySet = 0;
    int constantsUsed = 0;
};

/// Overlays pack facts onto a scenario by id (Region::id, GpuModel::name, InstanceType::name,
/// region + type for offers, src -> dst for links). The scenario keeps its own choices (enabled
/// flags, pool, workloads, policy). pack.regionEnergy sets PUE and carbon of matching regions
/// (clearing the estimated flags); constants set settings.memoryWattsPerGib and
/// networkKwhPerGb; instance types without CPU watts get cpu_{min,max}_watts_per_vcpu:<provider>.
ApplySummary applyDataPack(Scenario& scenario, const DataPack& pack,
                           ApplyMode mode = ApplyMode::Overlay);

} // namespace nephos
