#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"

#include <QString>

namespace nephos {

/// Imports one energy or carbon file into `into`; the layout is detected from the header:
/// - "region_pue": provider, region, pue[, year] -> regionEnergy and matching regions;
/// - "grid_emissions": provider, region, kg_co2e_per_kwh[, source] -> regionEnergy, regions;
/// - "cpu_power_coefficients": provider, microarchitecture, min_watts_per_vcpu,
///   max_watts_per_vcpu -> constants cpu_{min,max}_watts_per_vcpu:<provider> (mean over
///   microarchitectures) and :<provider>:<microarchitecture>; fills instance types lacking watts;
/// - "gpu_specs": gpu_model, fp32_tflops, fp16_tensor_tflops_dense, memory_gb, tdp_w ->
///   gpuModels; idle/max watts are kept when `into` knows them, else taken from the embedded
///   pack's CCF figures (energy/constants.md), else estimated from TDP with
///   the CCF ratios (constants gpu_max_watts_per_tdp_watt, gpu_idle_per_max_watts).
bool importEnergyFile(const QString& path, DataPack& into, ImportReport& report, QString* error);

} // namespace nephos
