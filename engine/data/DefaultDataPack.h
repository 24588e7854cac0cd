#pragma once

#include "data/DataPack.h"

namespace nephos {

/// The facts the app embeds (resources/data/default-pack.json, derived from public data by
/// scripts/derive_facts.py). Parsed once per call; cheap enough for start-up and tests.
DataPack defaultDataPack();

} // namespace nephos
