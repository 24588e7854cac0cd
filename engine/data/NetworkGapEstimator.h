#pragma once

#include "data/DataPack.h"

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace nephos {

/// Great-circle distance in km between two points given in degrees (mean Earth radius).
double greatCircleKm(double lat1, double lon1, double lat2, double lon2);

/// y = intercept + slope * km, fitted by least squares.
struct DistanceFit
{
    double intercept = 0.0;
    double slope = 0.0;
    long long samples = 0;
};

/// Estimates unmeasured network facts (docs/data.md, "Network gaps"):
/// throughput: ln(Gbit/s) = a + b * km; RTT: ms = a + b * km, both fitted by least squares on
/// the measured links of each provider pair ("aws>gcp"), with the fit over all pairs as the
/// fallback for provider pairs with fewer than kMinPairSamples measurements;
/// egress: median measured price from the same source region to regions of the same kind
/// (same provider / other provider), else the provider's median for that kind.
/// Links whose ends have no coordinates get the median measured throughput / RTT.
/// A field is "measured" when its *Estimated flag is false.
class NetworkGapEstimator
{
public:
    using Coordinates = std::map<std::string, std::pair<double, double>>; ///< id -> (lat, lon)

    static constexpr long long kMinPairSamples = 10;

    /// Fits both distance models on the measured links whose ends have coordinates.
    void fit(const std::vector<NetworkLink>& links, const Coordinates& coordinates);
    /// Uses fits stored in a pack's constants ("network_fit_*", per pair with a ":aws>gcp"
    /// suffix); false if the global ones are absent.
    bool fitFromConstants(const std::map<std::string, FactConstant>& constants);
    /// Stores the current fits as "network_fit_*" constants.
    void storeFits(std::map<std::string, FactConstant>& constants) const;

    /// The global fits (all provider pairs).
    const DistanceFit& logThroughputFit() const { return m_logThroughput; }
    const DistanceFit& rttFit() const { return m_rtt; }
    /// Per provider pair ("aws>gcp"); only pairs with enough samples.
    const std::map<std::string, DistanceFit>& pairLogThroughputFits() const
    {
        return m_pairLogThroughput;
    }
    const std::map<std::string, DistanceFit>& pairRttFits() const { return m_pairRtt; }

    /// Estimates between regions of two providers (provider ids) `km` apart.
    double throughputGbps(const std::string& srcProvider, const std::string& dstProvider,
                          double km) const;
    double rttMs(const std::string& srcProvider, const std::string& dstProvider, double km) const;

    /// Replaces every estimated field of `links` by an estimate; returns the number of fields set.
    long long fillGaps(std::vector<NetworkLink>& links, const Coordinates& coordinates) const;
    /// Adds the missing directed links between `regionIds` (all fields estimated), then fills gaps.
    long long completeMatrix(std::vector<NetworkLink>& links,
                             const std::vector<std::string>& regionIds,
                             const Coordinates& coordinates) const;

    static Coordinates coordinatesOf(const std::vector<Region>& regions);
    /// Coordinates of the embedded default pack's regions, overridden by those of each list in
    /// `regionLists` in turn (later lists win): where importers locate a file's regions.
    static Coordinates
    coordinatesOverDefaults(std::initializer_list<const std::vector<Region>*> regionLists);

private:
    DistanceFit m_logThroughput;
    DistanceFit m_rtt;
    std::map<std::string, DistanceFit> m_pairLogThroughput;
    std::map<std::string, DistanceFit> m_pairRtt;
};

} // namespace nephos
