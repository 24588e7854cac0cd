#pragma once

#include "metrics/Kpis.h"

#include <string>

namespace nephos {

/// Sets a Kpis member from its keyValues() key; false for an unknown key (newer or older store).
class KpiRecord
{
public:
    static bool set(Kpis& kpis, const std::string& key, double value);
};

} // namespace nephos
