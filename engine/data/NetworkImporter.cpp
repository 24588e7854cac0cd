#include "data/NetworkImporter.h"

#include "data/CsvTable.h"
#include "data/DataPackMerge.h"

#include <unordered_map>

namespace nephos {

namespace {

enum class Matrix { Throughput, Latency, Egress };

bool regionId(const CsvTable& t, int row, int col, std::string& id, QString* error)
{
    const QString text = t.field(row, col);
    const int colon = static_cast<int>(text.indexOf(QLatin1Char(':')));
    if (colon <= 0 || colon == text.size() - 1) {
        if (error)
            *error =
                t.where(row, col) +
                QStringLiteral(": \"%1\" is not a region id (expected provider:region)").arg(text);
        return false;
    }
    id = text.toStdString();
    return true;
}

} // namespace

bool importNetworkMatrix(const QString& path, DataPack& into, ImportReport& report, QString* error)
{
    CsvTable t;
    if (!CsvTable::read(path, t, error))
        return false;
    if (!t.requireColumns({QStringLiteral("src_region"), QStringLiteral("dst_region")}, error))
        return false;
    Matrix kind;
    int cValue = -1;
    if ((cValue = t.column(QStringLiteral("throughput_gbps"))) >= 0) {
        kind = Matrix::Throughput;
        report.layout = "throughput";
    } else if ((cValue = t.column(QStringLiteral("rtt_ms_avg"))) >= 0 ||
               (cValue = t.column(QStringLiteral("rtt_ms"))) >= 0) {
        kind = Matrix::Latency;
        report.layout = "latency";
    } else if ((cValue = t.column(QStringLiteral("usd_per_gb"))) >= 0) {
        kind = Matrix::Egress;
        report.layout = "egress";
    } else {
        if (error)
            *error = path + QStringLiteral(": line 1: no value column: expected throughput_gbps, "
                                           "rtt_ms_avg, rtt_ms or usd_per_gb (found: %1)")
                                .arg(t.header().join(QStringLiteral(", ")));
        return false;
    }
    if (t.rowCount() == 0) {
        if (error)
            *error = path + QStringLiteral(": no data rows after the header");
        return false;
    }
    report.file = path.toStdString();
    report.rowsRead = t.rowCount();
    const int cSrc = t.column(QStringLiteral("src_region"));
    const int cDst = t.column(QStringLiteral("dst_region"));

    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < into.network.size(); ++i)
        index.emplace(linkKey(into.network[i]), i);
    std::vector<NetworkLink> links = into.network;
    std::unordered_map<std::string, int> seen;
    long long selfPairs = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        NetworkLink probe;
        double value = 0.0;
        if (!regionId(t, r, cSrc, probe.src, error) || !regionId(t, r, cDst, probe.dst, error) ||
            !t.number(r, cValue, value, error))
            return false;
        if (value < 0.0 || (kind == Matrix::Throughput && value <= 0.0)) {
            if (error)
                *error = t.where(r, cValue) + QStringLiteral(": %1 must be %2")
                                                  .arg(t.field(r, cValue))
                                                  .arg(kind == Matrix::Throughput
                                                           ? QStringLiteral("positive")
                                                           : QStringLiteral("zero or more"));
            return false;
        }
        if (probe.src == probe.dst) {
            ++selfPairs;
            continue;
        }
        const std::string key = linkKey(probe);
        const auto [dup, fresh] = seen.emplace(key, t.lineOf(r));
        if (!fresh) {
            if (error)
                *error = path + QStringLiteral(": line %1: duplicate pair %2 -> %3 (first at line "
                                               "%4)")
                                    .arg(t.lineOf(r))
                                    .arg(t.field(r, cSrc), t.field(r, cDst))
                                    .arg(dup->second);
            return false;
        }
        auto [it, added] = index.emplace(key, links.size());
        if (added) {
            probe.throughputEstimated = probe.rttEstimated = probe.egressEstimated = true;
            links.push_back(probe);
        }
        NetworkLink& l = links[it->second];
        switch (kind) {
        case Matrix::Throughput:
            l.throughputGbps = value;
            l.throughputEstimated = false;
            break;
        case Matrix::Latency:
            l.rttMs = value;
            l.rttEstimated = false;
            break;
        case Matrix::Egress:
            l.egressUsdPerGb = value;
            l.egressEstimated = false;
            break;
        }
        ++report.itemsAdded;
    }
    if (selfPairs > 0)
        report.warnings.push_back(std::to_string(selfPairs) +
                                  " self pairs (src == dst) skipped: links join two regions");
    report.rowsUsed = report.rowsRead - selfPairs;
    into.network = std::move(links);
    into.provenance.push_back(
        {"network " + report.layout, path.toStdString(), "see the file's documentation"});
    return true;
}

} // namespace nephos
