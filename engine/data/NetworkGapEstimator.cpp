#include "data/NetworkGapEstimator.h"

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

void NetworkGapEstimator::fit(const std::vector<NetworkLink>& links, const Coordinates& coordinates)
{
    std::vector<double> tx, ty, rx, ry;
    for (const NetworkLink& l : links) {
        const auto a = coordinates.find(l.src), b = coordinates.find(l.dst);
        if (a == coordinates.end() || b == coordinates.end() || l.src == l.dst)
            continue;
        const double km =
            greatCircleKm(a->second.first, a->second.second, b->second.first, b->second.second);
        if (!l.throughputEstimated && l.throughputGbps > 0.0) {
            tx.push_back(km);
            ty.push_back(std::log(l.throughputGbps));
        }
        if (!l.rttEstimated && l.rttMs > 0.0) {
            rx.push_back(km);
            ry.push_back(l.rttMs);
        }
    }
    m_logThroughput = leastSquares(tx, ty);
    m_rtt = leastSquares(rx, ry);
}

bool NetworkGapEstimator::fitFromConstants(const std::map<std::string, FactConstant>& constants)
{
    const char* keys[] = {"network_fit_log_gbps_intercept", "network_fit_log_gbps_per_km",
                          "network_fit_rtt_ms_intercept", "network_fit_rtt_ms_per_km"};
    for (const char* k : keys)
        if (constants.count(k) == 0)
            return false;
    m_logThroughput = {constants.at(keys[0]).value, constants.at(keys[1]).value, 0};
    m_rtt = {constants.at(keys[2]).value, constants.at(keys[3]).value, 0};
    return true;
}

void NetworkGapEstimator::storeFits(std::map<std::string, FactConstant>& constants) const
{
    const std::string note = " least squares over " + std::to_string(m_logThroughput.samples) +
                             " measured throughput / " + std::to_string(m_rtt.samples) +
                             " RTT pairs vs great-circle km";
    constants["network_fit_log_gbps_intercept"] = {m_logThroughput.intercept, "ln(Gbit/s)", note};
    constants["network_fit_log_gbps_per_km"] = {m_logThroughput.slope, "ln(Gbit/s)/km", note};
    constants["network_fit_rtt_ms_intercept"] = {m_rtt.intercept, "ms", note};
    constants["network_fit_rtt_ms_per_km"] = {m_rtt.slope, "ms/km", note};
}

double NetworkGapEstimator::throughputGbps(double km) const
{
    return std::exp(m_logThroughput.intercept + m_logThroughput.slope * km);
}

double NetworkGapEstimator::rttMs(double km) const
{
    return std::max(0.1, m_rtt.intercept + m_rtt.slope * km);
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
            l.throughputGbps = located && fitted ? throughputGbps(km) : thrMedian;
            ++filled;
        }
        if (l.rttEstimated) {
            l.rttMs = located && (m_rtt.samples > 1 || m_rtt.slope != 0.0) ? rttMs(km) : rttMedian;
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
