#pragma once

#include "scenario/Scenario.h"

#include <vector>

namespace nephos {

/// Fills each known provider's storage price and internet-egress volume tiers (when it has none)
/// from the providers' public list prices, credited in resources/data/SOURCES.md: AWS S3
/// Standard and EC2 data transfer out, GCP Cloud Storage Standard and Premium Tier internet
/// egress, Azure Blob Hot LRS and internet egress (routing preference Microsoft network).
void applyProviderTariffs(std::vector<Provider>& providers);

} // namespace nephos
