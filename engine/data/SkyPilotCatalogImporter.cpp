#include "data/SkyPilotCatalogImporter.h"

#include "data/CsvTable.h"
#include "data/DataPackMerge.h"

#include <cmath>
#include <map>
#include <regex>
#include <unordered_map>

namespace nephos {

namespace {

struct ZonePrice
{
    double onDemand = 0.0;
    double spot = -1.0;
};

struct Collapsed
{
    InstanceType type;
    std::string region;
    double onDemand = 0.0;
    double spot = -1.0;
};

std::string fractionName(const std::string& model, double count)
{
    const double inverse = 1.0 / count;
    if (std::fabs(inverse - std::round(inverse)) < 0.02)
        return model + ":1/" + std::to_string(static_cast<int>(std::round(inverse)));
    return model + ":" + std::to_string(count);
}

} // namespace

std::string normaliseGpuName(const std::string& name)
{
    if (name.empty() || name.rfind("tpu", 0) == 0)
        return {};
    for (const char* prefix : {"Inferentia", "Trainium", "Gaudi", "Qualcomm", "Virtex", "Xilinx"})
        if (name.rfind(prefix, 0) == 0)
            return {};
    static const std::map<std::string, std::string> renames{{"T4g", "T4G"},
                                                            {"Radeon Pro V520", "Radeon-Pro-V520"},
                                                            {"Radeon MI25", "MI25"},
                                                            {"H100-MEGA", "H100"}};
    const auto it = renames.find(name);
    return it == renames.end() ? name : it->second;
}

bool gcpMachineGpu(const std::string& machineType, std::string& model, int& count,
                   std::string& priceName)
{
    std::smatch m;
    static const std::regex a2(R"(a2-(highgpu|megagpu|ultragpu)-(\d+)g)");
    static const std::regex a3(R"(a3-(highgpu|edgegpu|megagpu|ultragpu)-(\d+)g(-nolssd)?)");
    static const std::regex g2(R"(g2-standard-(\d+))");
    if (std::regex_match(machineType, m, a2)) {
        count = std::stoi(m[2]);
        model = m[1] == "ultragpu" ? "A100-80GB" : "A100";
    } else if (std::regex_match(machineType, m, a3)) {
        count = std::stoi(m[2]);
        model = m[1] == "ultragpu" ? "H200" : "H100";
        priceName = m[1] == "megagpu" ? "H100-MEGA" : model;
        return true;
    } else if (std::regex_match(machineType, m, g2)) {
        const int vcpus = std::stoi(m[1]);
        count = vcpus == 24 ? 2 : vcpus == 48 ? 4 : vcpus == 96 ? 8 : 1;
        model = "L4";
    } else {
        return false;
    }
    priceName = model;
    return true;
}

bool importSkyPilotCatalog(const CsvTable& t, std::string provider, DataPack& into,
                           ImportReport& report, QString* error)
{
    const QStringList cols{QStringLiteral("InstanceType"),     QStringLiteral("AcceleratorName"),
                           QStringLiteral("AcceleratorCount"), QStringLiteral("vCPUs"),
                           QStringLiteral("MemoryGiB"),        QStringLiteral("Price"),
                           QStringLiteral("SpotPrice"),        QStringLiteral("Region")};
    if (!t.requireColumns(cols, error))
        return false;
    if (t.rowCount() == 0) {
        if (error)
            *error = t.origin() + QStringLiteral(": no data rows after the header");
        return false;
    }
    const int cType = t.column(cols[0]), cAcc = t.column(cols[1]), cAccN = t.column(cols[2]);
    const int cCpu = t.column(cols[3]), cMem = t.column(cols[4]), cPrice = t.column(cols[5]);
    const int cSpot = t.column(cols[6]), cRegion = t.column(cols[7]);
    const int cZone = t.column(QStringLiteral("AvailabilityZone"));
    report.layout = "skypilot";
    report.rowsRead = t.rowCount();
    if (provider.empty())
        provider = providerOfRegionCode(t.field(0, cRegion).toStdString());
    if (provider.empty()) {
        if (error)
            *error = t.where(0, cRegion) +
                     QStringLiteral(": cannot tell the provider from region \"%1\"; name the file "
                                    "aws_*, gcp_* or azure_*")
                         .arg(t.field(0, cRegion));
        return false;
    }

    auto zoneOf = [&](int r) {
        const QString zone = t.field(r, cZone);
        return (zone.isEmpty() ? t.field(r, cRegion) : zone).toStdString();
    };
    auto prices = [&](int r, ZonePrice& p, bool& skip) {
        skip = t.field(r, cPrice).isEmpty();
        if (skip)
            return true;
        if (!t.number(r, cPrice, p.onDemand, error) ||
            !t.number(r, cSpot, p.spot, error, true, -1.0))
            return false;
        if (p.onDemand < 0.0 || (!t.field(r, cSpot).isEmpty() && p.spot < 0.0)) {
            if (error)
                *error = t.where(r, p.onDemand < 0.0 ? cPrice : cSpot) +
                         QStringLiteral(": negative price");
            return false;
        }
        if (p.onDemand == 0.0)
            skip = true;
        return true;
    };

    // Pass 1: accelerator-only rows (GCP GPU prices), keyed by zone, name and count.
    std::unordered_map<std::string, ZonePrice> acceleratorPrice;
    long long acceleratorRows = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        if (!t.field(r, cType).isEmpty())
            continue;
        ++acceleratorRows;
        ZonePrice p;
        bool skip = false;
        double count = 0.0;
        if (!prices(r, p, skip) || !t.number(r, cAccN, count, error))
            return false;
        if (!skip)
            acceleratorPrice[zoneOf(r) + '|' + t.field(r, cAcc).toStdString() + '|' +
                             std::to_string(static_cast<int>(std::lround(count)))] = p;
    }

    // Pass 2: machine rows, collapsed per (type, region).
    std::map<std::string, Collapsed> collapsed;
    long long emptyPrice = 0, noGpuPrice = 0, hostPlusGpu = 0, tpuHosts = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.field(r, cType).isEmpty())
            continue;
        InstanceType type;
        type.provider = provider;
        type.name = t.field(r, cType).toStdString();
        if (type.name.size() > 4 && type.name.compare(type.name.size() - 4, 4, "-tpu") == 0) {
            ++tpuHosts;
            continue;
        }
        double accCount = 0.0;
        if (!t.number(r, cCpu, type.vcpus, error) || !t.number(r, cMem, type.memoryGib, error) ||
            !t.number(r, cAccN, accCount, error, true, 0.0))
            return false;
        ZonePrice p;
        bool skip = false;
        if (!prices(r, p, skip))
            return false;
        if (skip) {
            ++emptyPrice;
            continue;
        }
        const std::string accName = t.field(r, cAcc).toStdString();
        const std::string gpu = normaliseGpuName(accName);
        std::string priceName;
        int gpuCount = 0;
        if (!gpu.empty() && accCount >= 1.0) {
            type.gpuModel = gpu;
            type.gpuCount = static_cast<int>(std::lround(accCount));
        } else if (!gpu.empty() && accCount > 0.0) {
            type.gpuModel = fractionName(gpu, accCount);
        } else if (accName.empty() && provider == "gcp" &&
                   gcpMachineGpu(type.name, type.gpuModel, gpuCount, priceName)) {
            type.gpuCount = gpuCount;
            const auto it =
                acceleratorPrice.find(zoneOf(r) + '|' + priceName + '|' + std::to_string(gpuCount));
            if (it == acceleratorPrice.end()) {
                ++noGpuPrice;
                continue;
            }
            p.spot = (p.spot >= 0.0 && it->second.spot >= 0.0) ? p.spot + it->second.spot : -1.0;
            p.onDemand += it->second.onDemand;
            ++hostPlusGpu;
        }
        const std::string region = provider + ':' + t.field(r, cRegion).toStdString();
        const std::string key = region + '/' + type.name;
        auto [it, fresh] = collapsed.emplace(key, Collapsed{type, region, p.onDemand, p.spot});
        if (!fresh) {
            it->second.onDemand = std::min(it->second.onDemand, p.onDemand);
            if (p.spot >= 0.0)
                it->second.spot =
                    it->second.spot < 0.0 ? p.spot : std::min(it->second.spot, p.spot);
        }
    }

    DataPack add;
    std::unordered_map<std::string, bool> typeSeen;
    long long spotAbove = 0;
    for (const auto& [key, c] : collapsed) {
        if (typeSeen.emplace(c.type.name, true).second)
            add.instanceTypes.push_back(c.type);
        Offer o;
        o.region = c.region;
        o.instanceType = c.type.name;
        o.onDemandUsdPerHour = c.onDemand;
        o.spotUsdPerHour = c.spot;
        if (c.spot > c.onDemand)
            ++spotAbove;
        add.offers.push_back(o);
    }
    if (add.offers.empty()) {
        if (error)
            *error = t.origin() + QStringLiteral(": no priced machine row");
        return false;
    }
    auto warn = [&](long long n, const std::string& text) {
        if (n > 0)
            report.warnings.push_back(std::to_string(n) + ' ' + text);
    };
    warn(emptyPrice, "machine rows skipped: empty or zero Price");
    warn(noGpuPrice, "GPU machine zone rows skipped: no GPU price row in the same zone");
    warn(hostPlusGpu, "GPU machine zone rows priced as host + GPU row of the same zone");
    warn(acceleratorRows, "accelerator-only rows (empty InstanceType) used as GPU prices only");
    warn(tpuHosts, "TPU host rows (*-tpu) skipped: TPUs are not modelled");
    warn(spotAbove, "offers have a spot price above on-demand (kept as given)");
    report.rowsUsed = report.rowsRead - emptyPrice - noGpuPrice - tpuHosts;
    report.itemsAdded = static_cast<long long>(add.offers.size());
    add.provenance.push_back({"instance prices",
                              t.origin().toStdString() + " (SkyPilot catalog layout)",
                              "Apache-2.0 (skypilot-org/skypilot-catalog)"});
    mergeDataPack(into, add);
    addReferencedProviders(into);
    return true;
}

} // namespace nephos
