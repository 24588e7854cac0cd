#pragma once

#include "scenario/Scenario.h"

#include <map>
#include <string>
#include <vector>

namespace nephos {

/// A named fact with its unit and where it came from (e.g. CCF memory coefficient).
struct FactConstant
{
    double value = 0.0;
    std::string unit;
    std::string source;
};

/// Where a group of facts came from; shown in the UI and credited in exports.
struct Provenance
{
    std::string what;    ///< e.g. "network throughput"
    std::string source;  ///< e.g. "skyplane-project/skyplane whole_throughput_11_28.csv"
    std::string licence; ///< e.g. "Apache-2.0"
};

/// Energy facts for one region, as the energy importer reads them (regions.csv is not needed):
/// applyDataPack() overlays them onto the scenario region of the same id.
struct RegionEnergy
{
    double pue = -1.0;            ///< < 0: unknown
    int pueYear = 0;              ///< reporting year of the PUE figure
    double carbonKgPerKwh = -1.0; ///< < 0: unknown
    std::string carbonSource;     ///< e.g. "ccf-coefficients:EPA"
};

/// Facts about clouds, independent of any workload: what importers produce, what the app
/// embeds (resources/data/default-pack.json) and what scenarios are built from.
/// JSON I/O: data/DataPackJson.h. Any member may be empty in a partial pack.
struct DataPack
{
    std::string name;
    std::vector<Provider> providers;
    std::vector<Region> regions;
    std::vector<GpuModel> gpuModels;
    std::vector<InstanceType> instanceTypes;
    std::vector<Offer> offers;
    std::vector<NetworkLink> network;
    /// Keys used by the engine: "memory_watts_per_gib", "network_kwh_per_gb",
    /// "pue_default:<provider>", "cpu_min_watts_per_vcpu:<provider>",
    /// "cpu_max_watts_per_vcpu:<provider>".
    std::map<std::string, FactConstant> constants;
    std::vector<Provenance> provenance;
    /// Where single facts came from, e.g. "offer:aws:us-east-1/m5.large" -> "od: prices.csv …",
    /// "gpu:H100" -> "watts: estimated from TDP …", "region:aws:us-east-1" -> "pue: GSF 2024 …".
    std::map<std::string, std::string> factSources;
    /// Region::id -> energy facts (filled by the energy importer; JSON "region_energy").
    std::map<std::string, RegionEnergy> regionEnergy;
};

} // namespace nephos
