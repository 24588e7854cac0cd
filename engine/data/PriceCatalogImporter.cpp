#include "data/PriceCatalogImporter.h"

#include "data/CsvTable.h"
#include "data/DataPackMerge.h"
#include "data/SkyPilotCatalogImporter.h"

#include <QFileInfo>

#include <cmath>
#include <unordered_map>

namespace nephos {

namespace {

bool positive(const CsvTable& t, int row, int col, double& v, QString* error)
{
    if (!t.number(row, col, v, error))
        return false;
    if (v <= 0.0) {
        if (error)
            *error =
                t.where(row, col) + QStringLiteral(": %1 must be positive").arg(t.field(row, col));
        return false;
    }
    return true;
}

std::string guessProviderFromName(const QString& path)
{
    const QString base = QFileInfo(path).fileName().toLower();
    for (const char* p : {"aws", "gcp", "azure"})
        if (base.contains(QLatin1String(p)))
            return p;
    return {};
}

} // namespace

bool importPriceCatalog(const QString& path, DataPack& into, ImportReport& report, QString* error)
{
    CsvTable table;
    if (!CsvTable::read(path, table, error))
        return false;
    report.file = path.toStdString();
    if (table.column(QStringLiteral("InstanceType")) >= 0)
        return importSkyPilotCatalog(table, guessProviderFromName(path), into, report, error);
    return importFlatPriceCatalog(table, into, report, error);
}

bool importFlatPriceCatalog(const CsvTable& t, DataPack& into, ImportReport& report, QString* error)
{
    const QStringList cols{QStringLiteral("provider"),
                           QStringLiteral("region"),
                           QStringLiteral("instance_type"),
                           QStringLiteral("vcpus"),
                           QStringLiteral("memory_gib"),
                           QStringLiteral("gpu_model"),
                           QStringLiteral("gpu_count"),
                           QStringLiteral("price_usd_per_hour"),
                           QStringLiteral("spot_price_usd_per_hour")};
    if (!t.requireColumns(cols, error))
        return false;
    if (t.rowCount() == 0) {
        if (error)
            *error = t.origin() + QStringLiteral(": no data rows after the header");
        return false;
    }
    int c[9];
    for (int i = 0; i < 9; ++i)
        c[i] = t.column(cols[i]);
    report.layout = "prices.csv";
    report.rowsRead = t.rowCount();

    DataPack add;
    std::unordered_map<std::string, int> firstLine;
    std::unordered_map<std::string, std::size_t> typeIndex;
    long long spotAbove = 0;
    long long specConflicts = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        const std::string provider = t.field(r, c[0]).toStdString();
        if (provider != "aws" && provider != "gcp" && provider != "azure") {
            if (error)
                *error = t.where(r, c[0]) +
                         QStringLiteral(": unknown provider \"%1\" (expected aws, gcp or azure)")
                             .arg(t.field(r, c[0]));
            return false;
        }
        InstanceType type;
        type.provider = provider;
        type.name = t.field(r, c[2]).toStdString();
        const std::string region = provider + ':' + t.field(r, c[1]).toStdString();
        for (int k : {1, 2})
            if (t.field(r, c[k]).isEmpty()) {
                if (error)
                    *error = t.where(r, c[k]) + QStringLiteral(": empty");
                return false;
            }
        long long gpus = 0;
        Offer offer;
        if (!positive(t, r, c[3], type.vcpus, error) ||
            !positive(t, r, c[4], type.memoryGib, error) || !t.integer(r, c[6], gpus, error) ||
            !positive(t, r, c[7], offer.onDemandUsdPerHour, error) ||
            !t.number(r, c[8], offer.spotUsdPerHour, error, true, -1.0))
            return false;
        if (gpus < 0 || gpus > 1024) {
            if (error)
                *error = t.where(r, c[6]) + QStringLiteral(": %1 is out of range").arg(gpus);
            return false;
        }
        if (!t.field(r, c[8]).isEmpty() && offer.spotUsdPerHour <= 0.0) {
            if (error)
                *error = t.where(r, c[8]) + QStringLiteral(": spot price must be positive");
            return false;
        }
        type.gpuCount = static_cast<int>(gpus);
        type.gpuModel = t.field(r, c[5]).toStdString();
        if (type.gpuCount > 0 && type.gpuModel.empty()) {
            if (error)
                *error = t.where(r, c[5]) + QStringLiteral(": empty for %1 GPUs").arg(gpus);
            return false;
        }
        offer.region = region;
        offer.instanceType = type.name;
        const std::string key = offerKey(offer);
        const auto [seen, fresh] = firstLine.emplace(key, t.lineOf(r));
        if (!fresh) {
            if (error)
                *error = t.origin() +
                         QStringLiteral(": line %1: duplicate row for %2 in %3 (first at line %4)")
                             .arg(t.lineOf(r))
                             .arg(t.field(r, c[2]), QString::fromStdString(region))
                             .arg(seen->second);
            return false;
        }
        if (offer.spotUsdPerHour > offer.onDemandUsdPerHour)
            ++spotAbove;
        const auto [ti, newType] = typeIndex.emplace(type.name, add.instanceTypes.size());
        if (newType) {
            add.instanceTypes.push_back(type);
        } else {
            const InstanceType& known = add.instanceTypes[ti->second];
            if (known.vcpus != type.vcpus || known.memoryGib != type.memoryGib ||
                known.gpuCount != type.gpuCount || known.provider != type.provider)
                ++specConflicts;
        }
        add.offers.push_back(offer);
    }
    if (spotAbove > 0)
        report.warnings.push_back(std::to_string(spotAbove) +
                                  " offers have a spot price above on-demand (kept as given)");
    if (specConflicts > 0)
        report.warnings.push_back(std::to_string(specConflicts) +
                                  " rows disagree with the first row of their type on vCPUs, "
                                  "memory or GPUs (the first row wins)");
    report.rowsUsed = t.rowCount();
    report.itemsAdded = static_cast<long long>(add.offers.size());
    add.provenance.push_back({"instance prices", t.origin().toStdString() + " (prices.csv layout)",
                              "see the file's documentation"});
    mergeDataPack(into, add);
    addReferencedProviders(into);
    return true;
}

} // namespace nephos
