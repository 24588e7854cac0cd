#pragma once

#include "data/DataPack.h"
#include "data/ImportReport.h"

#include <QString>

#include <string>

namespace nephos {

class CsvTable;

/// Imports SkyPilot's catalog layout (InstanceType, AcceleratorName, AcceleratorCount, vCPUs,
/// MemoryGiB, GpuInfo, Price, SpotPrice, Region, AvailabilityZone | Generation; any order).
/// One row per zone is collapsed per (type, region) to the lowest on-demand and lowest spot
/// price. GCP quirk: a2/a3/g2 host rows carry the host price only; the GPU price sits in rows
/// with an empty InstanceType and is added per zone, as SkyPilot does. Rows with an empty
/// price are skipped (counted in warnings); GpuInfo (a Python-literal dict) is ignored;
/// TPU host shapes (*-tpu) are skipped; non-GPU accelerators (Inferentia, Trainium, Gaudi,
/// FPGAs) count as no GPU.
/// `provider` is "aws", "gcp" or "azure"; empty: guessed from the region codes.
bool importSkyPilotCatalog(const CsvTable& table, std::string provider, DataPack& into,
                           ImportReport& report, QString* error);

/// The GPU a GCP machine type carries by its name (a2-highgpu-4g -> A100 x 4); empty if none.
/// `priceName` is the accelerator row that prices it (H100-MEGA for a3-megagpu).
bool gcpMachineGpu(const std::string& machineType, std::string& model, int& count,
                   std::string& priceName);

/// GPU name as spelled in prices.csv ("T4g" -> "T4G", "Radeon MI25" -> "MI25"); empty for
/// TPUs and non-GPU accelerators.
std::string normaliseGpuName(const std::string& acceleratorName);

} // namespace nephos
