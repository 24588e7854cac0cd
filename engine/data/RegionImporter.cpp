#include "data/RegionImporter.h"

#include "data/CsvTable.h"
#include "data/DataPackMerge.h"
#include "data/DefaultDataPack.h"

#include <algorithm>
#include <unordered_map>

namespace nephos {

namespace {

double providerMedianCarbon(const DataPack& pack, const std::string& provider)
{
    std::vector<double> v;
    for (const Region& r : pack.regions)
        if (r.provider == provider && !r.carbonEstimated)
            v.push_back(r.carbonKgPerKwh);
    if (v.empty())
        return -1.0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

} // namespace

bool importRegions(const QString& path, DataPack& into, ImportReport& report, QString* error)
{
    CsvTable t;
    if (!CsvTable::read(path, t, error))
        return false;
    const QStringList cols{QStringLiteral("provider"), QStringLiteral("region"),
                           QStringLiteral("latitude"), QStringLiteral("longitude")};
    if (!t.requireColumns(cols, error))
        return false;
    if (t.rowCount() == 0) {
        if (error)
            *error = path + QStringLiteral(": no data rows after the header");
        return false;
    }
    report.file = path.toStdString();
    report.layout = "regions.csv";
    report.rowsRead = t.rowCount();
    const int cProvider = t.column(cols[0]), cRegion = t.column(cols[1]);
    const int cLat = t.column(cols[2]), cLon = t.column(cols[3]);
    const int cName = t.column(QStringLiteral("display_name"));

    const DataPack fallback = defaultDataPack();
    auto pueDefault = [&](const std::string& provider) {
        const std::string key = "pue_default:" + provider;
        if (into.constants.count(key))
            return into.constants.at(key).value;
        return fallback.constants.count(key) ? fallback.constants.at(key).value : 1.0;
    };
    std::vector<Region> regions;
    std::unordered_map<std::string, int> seen;
    for (int r = 0; r < t.rowCount(); ++r) {
        Region g;
        g.provider = t.field(r, cProvider).toStdString();
        if (g.provider.empty() || t.field(r, cRegion).isEmpty()) {
            if (error)
                *error = t.where(r, g.provider.empty() ? cProvider : cRegion) +
                         QStringLiteral(": empty");
            return false;
        }
        g.id = g.provider + ':' + t.field(r, cRegion).toStdString();
        g.name =
            cName >= 0 && !t.field(r, cName).isEmpty() ? t.field(r, cName).toStdString() : g.id;
        if (!t.number(r, cLat, g.latitude, error) || !t.number(r, cLon, g.longitude, error))
            return false;
        if (g.latitude < -90.0 || g.latitude > 90.0 || g.longitude < -180.0 ||
            g.longitude > 180.0) {
            const bool badLat = g.latitude < -90.0 || g.latitude > 90.0;
            if (error)
                *error =
                    t.where(r, badLat ? cLat : cLon) +
                    QStringLiteral(": %1 is not a %2 in degrees")
                        .arg(t.field(r, badLat ? cLat : cLon))
                        .arg(badLat ? QStringLiteral("latitude") : QStringLiteral("longitude"));
            return false;
        }
        const auto [first, fresh] = seen.emplace(g.id, t.lineOf(r));
        if (!fresh) {
            if (error)
                *error = path + QStringLiteral(": line %1: duplicate region %2 (first at line %3)")
                                    .arg(t.lineOf(r))
                                    .arg(QString::fromStdString(g.id))
                                    .arg(first->second);
            return false;
        }
        const auto energy = into.regionEnergy.find(g.id);
        const bool hasPue = energy != into.regionEnergy.end() && energy->second.pue > 0.0;
        const bool hasCarbon =
            energy != into.regionEnergy.end() && energy->second.carbonKgPerKwh >= 0.0;
        g.pue = hasPue ? energy->second.pue : pueDefault(g.provider);
        g.pueEstimated = !hasPue;
        double carbon = hasCarbon ? energy->second.carbonKgPerKwh : -1.0;
        if (!hasCarbon) {
            carbon = providerMedianCarbon(into, g.provider);
            if (carbon < 0.0)
                carbon = providerMedianCarbon(fallback, g.provider);
        }
        g.carbonKgPerKwh = std::max(0.0, carbon);
        g.carbonEstimated = !hasCarbon;
        regions.push_back(g);
    }
    DataPack add;
    add.regions = std::move(regions);
    add.provenance.push_back({"region coordinates", report.file, "see the file's documentation"});
    report.rowsUsed = t.rowCount();
    report.itemsAdded = static_cast<long long>(add.regions.size());
    long long estimatedPue = 0, estimatedCarbon = 0;
    for (const Region& g : add.regions) {
        estimatedPue += g.pueEstimated;
        estimatedCarbon += g.carbonEstimated;
    }
    if (estimatedPue > 0)
        report.warnings.push_back(std::to_string(estimatedPue) +
                                  " regions without a PUE figure use the provider default "
                                  "(flagged estimated; import energy/region_pue.csv first)");
    if (estimatedCarbon > 0)
        report.warnings.push_back(std::to_string(estimatedCarbon) +
                                  " regions without a grid factor use the provider median "
                                  "(flagged estimated; import energy/grid_emissions.csv first)");
    mergeDataPack(into, add);
    addReferencedProviders(into);
    return true;
}

} // namespace nephos
