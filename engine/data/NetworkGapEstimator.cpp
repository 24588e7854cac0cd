#include "data/NetworkGapEstimator.h"

#include "data/DefaultDataPack.h"

#include <algorithm>
#include <cmath>

namespace nephos {

namespace {

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kPi = 3.14159265358979323846;

double radians(double deg)
{
    return deg * kPi / 180.0;
}

DistanceFit leastSquares(const std::vector<double>& xs, const std::vector<double>& ys)
{
    DistanceFit f;
    f.samples = static_cast<long long>(xs.size());
    if (xs.size() < 2)
        return f;
    double mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        mx += xs[i];
        my += ys[i];
    }
    mx /= static_cast<double>(xs.size());
    my /= static_cast<double>(xs.size());
    double sxx = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        sxx += (xs[i] - mx) * (xs[i] - mx);
        sxy += (xs[i] - mx) * (ys[i] - my);
    }
    f.slope = sxx > 0.0 ? sxy / sxx : 0.0;
    f.intercept = my - f.slope * mx;
    return f;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

std::string providerOf(const std::string& id)
{
    return id.substr(0, id.find(':'));
}

} // namespace

double greatCircleKm(double lat1, double lon1, double lat2, double lon2)
{
    const double p1 = radians(lat1), p2 = radians(lat2);
    const double dp = p2 - p1, dl = radians(lon2 - lon1);
    const double a = std::sin(dp / 2) * std::sin(dp / 2) +
                     std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

NetworkGapEstimator::Coordinates
NetworkGapEstimator::coordinatesOf(const std::vector<Region>& regions)
{
    Coordinates c;
    for (const Region& r : regions)
        c[r.id] = {r.latitude, r.longitude};
    return c;
}

NetworkGapEstimator::Coordinates NetworkGapEstimator::coordinatesOverDefaults(
    std::initializer_list<const std::vector<Region>*> regionLists)
{
    Coordinates c = coordinatesOf(defaultDataPack().regions);
    for (const std::vector<Region>* regions : regionLists)
        for (const auto& [id, point] : coordinatesOf(*regions))
            c[id] = point;
    return c;
}

void NetworkGapEstimator::fit(const std::vector<NetworkLink>& links, const Coordinates& coordinates)
{
    using Samples = std::pair<std::vector<double>, std::vector<double>>;
    std::map<std::string, Samples> thr, rtt;
    for (const NetworkLink& l : links) {
        const auto a = coordinates.find(l.src), b = coordinates.find(l.dst);
        if (a == coordinates.end() || b == coordinates.end() || l.src == l.dst)
            continue;
        const double km =
            greatCircleKm(a->second.first, a->second.second, b->second.first, b->second.second);
        const std::string pair = providerOf(l.src) + '>' + providerOf(l.dst);
        for (const std::string& key : {std::string("*"), pair}) {
            if (!l.throughputEstimated && l.throughputGbps > 0.0) {
                thr[key].first.push_back(km);
                thr[key].second.push_back(std::log(l.throughputGbps));
            }
            if (!l.rttEstimated && l.rttMs > 0.0) {
                rtt[key].first.push_back(km);
                rtt[key].second.push_back(l.rttMs);
            }
        }
    }
    m_logThroughput = m_rtt = DistanceFit();
    m_pairLogThroughput.clear();
    m_pairRtt.clear();
    auto store = [](const std::map<std::string, Samples>& samples, DistanceFit& global,
                    std::map<std::string, DistanceFit>& pairs) {
        for (const auto& [key, xy] : samples) {
            const DistanceFit f = leastSquares(xy.first, xy.second);
            if (key == "*")
                global = f;
            else if (f.samples >= kMinPairSamples)
                pairs[key] = f;
        }
    };
    store(thr, m_logThroughput, m_pairLogThroughput);
    store(rtt, m_rtt, m_pairRtt);
}

bool NetworkGapEstimator::fitFromConstants(const std::map<std::string, FactConstant>& constants)
{
    const std::string keys[] = {"network_fit_log_gbps_intercept", "network_fit_log_gbps_per_km",
                                "network_fit_rtt_ms_intercept", "network_fit_rtt_ms_per_km"};
    for (const std::string& k : keys)
        if (constants.count(k) == 0)
            return false;
    m_logThroughput = {constants.at(keys[0]).value, constants.at(keys[1]).value, 0};
    m_rtt = {constants.at(keys[2]).value, constants.at(keys[3]).value, 0};
    m_pairLogThroughput.clear();
    m_pairRtt.clear();
    for (const auto& [key, c] : constants) {
        for (int model = 0; model < 2; ++model) {
            const std::string& intercept = keys[model * 2];
            if (key.size() <= intercept.size() + 1 ||
                key.compare(0, intercept.size(), intercept) != 0 || key[intercept.size()] != ':')
                continue;
            const std::string pair = key.substr(intercept.size() + 1);
            const auto slope = constants.find(keys[model * 2 + 1] + ':' + pair);
            if (slope == constants.end())
                continue;
            (model == 0 ? m_pairLogThroughput : m_pairRtt)[pair] = {c.value, slope->second.value,
                                                                    0};
        }
    }
    return true;
}

void NetworkGapEstimator::storeFits(std::map<std::string, FactConstant>& constants) const
{
    auto put = [&](const std::string& suffix, const DistanceFit& thr, const DistanceFit& rtt) {
        const std::string what = suffix.empty() ? "all provider pairs" : suffix.substr(1);
        if (thr.samples > 1 || suffix.empty()) {
            const std::string note = "least squares ln(Gbit/s) vs great-circle km over " +
                                     std::to_string(thr.samples) + " measured links (" + what + ")";
            constants["network_fit_log_gbps_intercept" + suffix] = {thr.intercept, "ln(Gbit/s)",
                                                                    note};
            constants["network_fit_log_gbps_per_km" + suffix] = {thr.slope, "ln(Gbit/s)/km", note};
        }
        if (rtt.samples > 1 || suffix.empty()) {
            const std::string note = "least squares RTT ms vs great-circle km over " +
                                     std::to_string(rtt.samples) + " measured links (" + what + ")";
            constants["network_fit_rtt_ms_intercept" + suffix] = {rtt.intercept, "ms", note};
            constants["network_fit_rtt_ms_per_km" + suffix] = {rtt.slope, "ms/km", note};
        }
    };
    put(std::string(), m_logThroughput, m_rtt);
    for (const auto& [pair, f] : m_pairLogThroughput)
        put(':' + pair, f, DistanceFit());
    for (const auto& [pair, f] : m_pairRtt)
        put(':' + pair, DistanceFit(), f);
}

double NetworkGapEstimator::throughputGbps(const std::string& srcProvider,
                                           const std::string& dstProvider, double km) const
{
    const auto it = m_pairLogThroughput.find(srcProvider + '>' + dstProvider);
    const DistanceFit& f = it != m_pairLogThroughput.end() ? it->second : m_logThroughput;
    return std::exp(f.intercept + f.slope * km);
}

double NetworkGapEstimator::rttMs(const std::string& srcProvider, const std::string& dstProvider,
                                  double km) const
{
    const auto it = m_pairRtt.find(srcProvider + '>' + dstProvider);
    const DistanceFit& f = it != m_pairRtt.end() ? it->second : m_rtt;
    return std::max(0.1, f.intercept + f.slope * km);
}

long long NetworkGapEstimator::fillGaps(std::vector<NetworkLink>& links,
                                        const Coordinates& coordinates) const
{
    std::vector<double> thr, rtt;
    std::map<std::string, std::vector<double>> egressBySrc, egressByProvider;
    for (const NetworkLink& l : links) {
        if (!l.throughputEstimated)
            thr.push_back(l.throughputGbps);
        if (!l.rttEstimated)
            rtt.push_back(l.rttMs);
        if (!l.egressEstimated) {
            const char kind = providerOf(l.src) == providerOf(l.dst) ? 's' : 'o';
            egressBySrc[l.src + kind].push_back(l.egressUsdPerGb);
            egressByProvider[providerOf(l.src) + kind].push_back(l.egressUsdPerGb);
        }
    }
    const double thrMedian = median(thr), rttMedian = median(rtt);
    long long filled = 0;
    for (NetworkLink& l : links) {
        const auto a = coordinates.find(l.src), b = coordinates.find(l.dst);
        const bool located = a != coordinates.end() && b != coordinates.end();
        const double km = located ? greatCircleKm(a->second.first, a->second.second,
                                                  b->second.first, b->second.second)
                                  : 0.0;
        const bool fitted = m_logThroughput.samples > 1 || m_logThroughput.slope != 0.0;
        if (l.throughputEstimated) {
            l.throughputGbps = located && fitted
                                   ? throughputGbps(providerOf(l.src), providerOf(l.dst), km)
                                   : thrMedian;
            ++filled;
        }
        if (l.rttEstimated) {
            l.rttMs = located && (m_rtt.samples > 1 || m_rtt.slope != 0.0)
                          ? rttMs(providerOf(l.src), providerOf(l.dst), km)
                          : rttMedian;
            ++filled;
        }
        if (l.egressEstimated) {
            const char kind = providerOf(l.src) == providerOf(l.dst) ? 's' : 'o';
            const std::vector<double>* sample = nullptr;
            const auto bySrc = egressBySrc.find(l.src + kind);
            const auto byProvider = egressByProvider.find(providerOf(l.src) + kind);
            if (bySrc != egressBySrc.end())
                sample = &bySrc->second;
            else if (byProvider != egressByProvider.end())
                sample = &byProvider->second;
            l.egressUsdPerGb = sample ? median(*sample) : 0.0;
            ++filled;
        }
    }
    return filled;
}

long long NetworkGapEstimator::completeMatrix(std::vector<NetworkLink>& links,
                                              const std::vector<std::string>& regionIds,
                                              const Coordinates& coordinates) const
{
    std::map<std::pair<std::string, std::string>, bool> present;
    for (const NetworkLink& l : links)
        present[{l.src, l.dst}] = true;
    for (const std::string& a : regionIds)
        for (const std::string& b : regionIds) {
            if (a == b || present.count({a, b}))
                continue;
            NetworkLink l;
            l.src = a;
            l.dst = b;
            l.throughputEstimated = l.rttEstimated = l.egressEstimated = true;
            links.push_back(l);
        }
    return fillGaps(links, coordinates);
}

} // namespace nephos
