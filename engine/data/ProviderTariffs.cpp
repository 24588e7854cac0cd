#include "data/ProviderTariffs.h"

namespace nephos {

namespace {
struct Tariff
{
    const char* provider;
    double storageUsdPerGbMonth;
    std::vector<EgressTier> tiers; ///< from TB per month, USD per GB
};

/// One table, one source of truth (list prices, USD; see resources/data/SOURCES.md).
const std::vector<Tariff>& tariffs()
{
    static const std::vector<Tariff> table = {
        {"aws", 0.023, {{0, 0.09}, {10, 0.085}, {50, 0.07}, {150, 0.05}}},
        {"gcp", 0.020, {{0, 0.12}, {1, 0.11}, {10, 0.08}}},
        {"azure", 0.018, {{0, 0.087}, {10, 0.083}, {50, 0.07}, {150, 0.05}}},
    };
    return table;
}
} // namespace

void applyProviderTariffs(std::vector<Provider>& providers)
{
    for (Provider& p : providers)
        for (const Tariff& t : tariffs()) {
            if (p.id != t.provider)
                continue;
            if (p.storageUsdPerGbMonth <= 0.0)
                p.storageUsdPerGbMonth = t.storageUsdPerGbMonth;
            if (p.egressTiers.empty())
                p.egressTiers = t.tiers;
        }
}

} // namespace nephos
