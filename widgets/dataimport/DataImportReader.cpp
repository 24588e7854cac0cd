#include "dataimport/DataImportReader.h"

#include "dataimport/DataFileKind.h"

#include "data/DataPackJson.h"
#include "data/EnergyImporter.h"
#include "data/NetworkGapEstimator.h"
#include "data/NetworkImporter.h"
#include "data/PriceCatalogImporter.h"
#include "data/RegionImporter.h"

#include <algorithm>

namespace nephos::widgets {

ParsedImport DataImportReader::readDataFiles(const QStringList& files, const Scenario& scenario)
{
    ParsedImport out;
    std::vector<std::pair<DataFileKind, QString>> ordered;
    for (const QString& file : files) {
        const DataFileKind kind = detectDataFileKind(file, &out.error);
        if (kind == DataFileKind::Unknown)
            return out;
        ordered.emplace_back(kind, file);
    }
    // Regions first (energy files then update them), network last (gaps need every region).
    const auto rank = [](DataFileKind k) {
        switch (k) {
        case DataFileKind::Regions:
            return 0;
        case DataFileKind::Energy:
            return 1;
        case DataFileKind::Catalog:
            return 2;
        case DataFileKind::Network:
            return 3;
        default:
            return 4;
        }
    };
    std::stable_sort(ordered.begin(), ordered.end(), [&rank](const auto& a, const auto& b) {
        return rank(a.first) < rank(b.first);
    });

    bool network = false;
    for (const auto& [kind, file] : ordered) {
        ImportReport report;
        bool ok = true;
        switch (kind) {
        case DataFileKind::Geo: {
            WorldOutline outline;
            ok = importGeoJsonOutline(file, outline, &out.error);
            if (ok) {
                out.outline = std::move(outline);
                out.outlineFile = file;
            }
            continue;
        }
        case DataFileKind::Catalog:
            ok = importPriceCatalog(file, out.pack, report, &out.error);
            break;
        case DataFileKind::Network:
            if (!network)
                out.pack.network = scenario.network;
            network = true;
            ok = importNetworkMatrix(file, out.pack, report, &out.error);
            break;
        case DataFileKind::Regions:
            ok = importRegions(file, out.pack, report, &out.error);
            break;
        case DataFileKind::Energy:
            ok = importEnergyFile(file, out.pack, report, &out.error);
            break;
        default:
            break;
        }
        if (!ok)
            return out;
        out.hasPack = true;
        out.reports.push_back(std::move(report));
    }
    if (!out.error.isEmpty())
        return out;
    if (network) {
        const NetworkGapEstimator::Coordinates coords =
            NetworkGapEstimator::coordinatesOverDefaults({&scenario.regions, &out.pack.regions});
        NetworkGapEstimator estimator;
        estimator.fit(out.pack.network, coords);
        out.networkFieldsEstimated = estimator.fillGaps(out.pack.network, coords);
    }
    return out;
}

ParsedImport DataImportReader::readDataPack(const QString& file)
{
    ParsedImport out;
    out.hasPack = loadDataPack(file, out.pack, &out.error);
    return out;
}

ParsedImport DataImportReader::readTrace(const QString& file)
{
    ParsedImport out;
    TraceImportResult trace;
    if (importAlibabaPodTrace(file, trace, &out.error)) {
        out.trace = std::move(trace);
        out.traceFile = file;
    }
    return out;
}

} // namespace nephos::widgets
