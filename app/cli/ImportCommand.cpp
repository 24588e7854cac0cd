#include "ImportCommand.h"

#include "CommandLineArgs.h"
#include "TraceOptions.h"

#include "data/DataPackJson.h"
#include "data/EnergyImporter.h"
#include "data/NetworkGapEstimator.h"
#include "data/NetworkImporter.h"
#include "data/PriceCatalogImporter.h"
#include "data/RegionImporter.h"
#include "data/TraceImporter.h"
#include "data/TraceWorkloadJson.h"
#include "data/WorldOutline.h"
#include "scenario/DefaultScenario.h"

#include <QSaveFile>

namespace nephos::cli {

namespace {

const QStringList kKinds{QStringLiteral("catalog"), QStringLiteral("network"),
                         QStringLiteral("regions"), QStringLiteral("energy"),
                         QStringLiteral("geo"),     QStringLiteral("trace")};

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

void printReport(const ImportReport& r, CliContext& ctx)
{
    ctx.out << QString::fromStdString(r.file) << ": " << QString::fromStdString(r.layout) << ", "
            << r.rowsRead << " rows read, " << r.rowsUsed << " used, " << r.itemsAdded
            << " facts\n";
    for (const std::string& w : r.warnings)
        ctx.out << "  note: " << QString::fromStdString(w) << "\n";
}

/// Estimates the network fields no file measured; coordinates from the pack's regions, then the
/// embedded pack's.
void fillNetworkGaps(DataPack& pack, const std::vector<Region>& extraRegions, CliContext& ctx)
{
    const NetworkGapEstimator::Coordinates coords =
        NetworkGapEstimator::coordinatesOverDefaults({&extraRegions, &pack.regions});
    long long unlocated = 0;
    for (const NetworkLink& l : pack.network)
        unlocated += !coords.count(l.src) || !coords.count(l.dst);
    if (unlocated > 0)
        ctx.out << "  note: " << unlocated
                << " links join a region without coordinates; their gaps get the median "
                   "measured value (pass --regions regions.csv)\n";
    NetworkGapEstimator estimator;
    estimator.fit(pack.network, coords);
    estimator.fillGaps(pack.network, coords);
    estimator.storeFits(pack.constants);
    long long thr = 0, rtt = 0, egress = 0;
    for (const NetworkLink& l : pack.network) {
        thr += l.throughputEstimated;
        rtt += l.rttEstimated;
        egress += l.egressEstimated;
    }
    ctx.out << "network gaps estimated (flagged in the pack): throughput " << thr << ", RTT " << rtt
            << ", egress " << egress << " of " << pack.network.size() << " links\n";
    pack.provenance.push_back({"network gap estimates",
                               "great-circle regression fitted on the measured links "
                               "(docs/data.md)",
                               "derived"});
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return QStringLiteral("check public data files and convert them into a data pack");
}

QString ImportCommand::usage() const
{
    return QStringLiteral(
               "Usage: nephos-cli import KIND FILE... --out FILE [--base PACK] [--regions FILE]\n"
               "       nephos-cli import trace FILE [--format openb|csv] [--mapping M] [--map K=V "
               "...]\n"
               "                               [--out FILE]\n\n"
               "Checks public data files and converts them (formats: docs/data.md).\n"
               "KIND is one of:\n"
               "  catalog  price catalogs: prices.csv layout or SkyPilot vms.csv (any number of "
               "files)\n"
               "  network  throughput.csv, latency.csv, egress_cost.csv; unmeasured fields are\n"
               "           estimated from great-circle distance and flagged estimated\n"
               "  regions  regions.csv (provider, region, display_name, latitude, longitude)\n"
               "  energy   region_pue.csv, grid_emissions.csv, cpu_power_coefficients.csv,\n"
               "           gpu_specs.csv\n"
               "  geo      a GeoJSON FeatureCollection of country polygons -> outline JSON\n"
               "  trace    a job trace -> workload JSON: an Alibaba GPU pod list\n"
               "           (openb_pod_list_*.csv) or, with --format csv, any job or request log;\n"
               "           without --out it is only checked and summed up. Rows without resources\n"
               "           take the defaults of the embedded default scenario's classes\n\n"
               "Options:\n"
               "  --out FILE   file to write (a data pack, docs/data-pack-format.md, for catalog,\n"
               "               network, regions and energy)\n"
               "  --base PACK  start from this data pack and merge the imported facts into it\n"
               "  --regions FILE  (network) region coordinates (regions.csv layout) for the\n"
               "               great-circle estimates; the embedded regions are always known\n\n") +
           TraceOptions::usage() +
           QStringLiteral("\n"
                          "Exit status: 0 ok, 1 a file cannot be read, is malformed or cannot be "
                          "written (the\n"
                          "message names file, line, column and problem), 2 bad usage.\n");
}

int ImportCommand::run(const QStringList& args, CliContext& ctx)
{
    CommandLineArgs parsed;
    QString error;
    std::vector<CommandLineArgs::Option> options{{QStringLiteral("out"), true},
                                                 {QStringLiteral("base"), true},
                                                 {QStringLiteral("regions"), true}};
    for (const CommandLineArgs::Option& o : TraceOptions::options())
        options.push_back(o);
    if (!parsed.parse(args, options, &error)) {
        ctx.err << "nephos-cli import: " << error << "\n" << usage();
        return ExitUsage;
    }
    QStringList files = parsed.positional();
    if (files.isEmpty() || !kKinds.contains(files.first())) {
        ctx.err << "nephos-cli import: expected KIND (one of " << kKinds.join(QStringLiteral(", "))
                << ")"
                << (files.isEmpty()
                        ? QString()
                        : QStringLiteral(", got \"") + files.first() + QStringLiteral("\""))
                << "\n"
                << usage();
        return ExitUsage;
    }
    const QString kind = files.takeFirst();
    const bool isTrace = kind == QStringLiteral("trace");
    if (files.isEmpty() || (!isTrace && !parsed.has(QStringLiteral("out")))) {
        ctx.err << "nephos-cli import: "
                << (files.isEmpty() ? "expected at least one FILE" : "--out FILE is required")
                << "\n"
                << usage();
        return ExitUsage;
    }
    const QString out = parsed.value(QStringLiteral("out"));
    if (!isTrace && TraceOptions::given(parsed)) {
        ctx.err << "nephos-cli import: --format, --mapping and --map are for KIND trace\n"
                << usage();
        return ExitUsage;
    }
    if ((kind == QStringLiteral("geo") || isTrace) && files.size() != 1) {
        ctx.err << "nephos-cli import: " << kind << " takes exactly one FILE\n" << usage();
        return ExitUsage;
    }

    if (isTrace) {
        TraceImportResult trace;
        const TraceOptions::Result loaded =
            TraceOptions::load(parsed, files.first(), defaultScenario().workloads, trace, &error);
        if (loaded == TraceOptions::Result::Usage) {
            ctx.err << "nephos-cli import: " << error << "\n" << usage();
            return ExitUsage;
        }
        if (loaded != TraceOptions::Result::Ok ||
            (!out.isEmpty() &&
             !writeBytes(out, traceWorkloadToJson(trace, files.first()), &error))) {
            ctx.err << "nephos-cli import: " << error << "\n";
            return ExitFailure;
        }
        const bool openb = !TraceOptions::given(parsed) ||
                           parsed.value(QStringLiteral("format")) == QStringLiteral("openb");
        ctx.out << TraceOptions::summaryLine(files.first(), trace,
                                             openb ? QStringLiteral("pods")
                                                   : QStringLiteral("rows"))
                << "\n";
        const TraceSummary& s = trace.summary;
        for (const std::string& w : trace.warnings)
            ctx.out << "  note: " << QString::fromStdString(w) << "\n";
        ctx.out << QStringLiteral("  %1 GPU-hours, arrivals over %2 h (%3 per hour on average)\n")
                       .arg(s.gpuHours, 0, 'f', 1)
                       .arg(s.spanHours, 0, 'f', 1)
                       .arg(s.spanHours > 0 ? double(s.jobsImported) / s.spanHours : 0.0, 0, 'f',
                            2);
        if (!out.isEmpty())
            ctx.out << "wrote " << out << "\n";
        return ExitOk;
    }
    if (kind == QStringLiteral("geo")) {
        WorldOutline outline;
        if (!importGeoJsonOutline(files.first(), outline, &error) ||
            !writeBytes(out, worldOutlineToJson(outline), &error)) {
            ctx.err << "nephos-cli import: " << error << "\n";
            return ExitFailure;
        }
        ctx.out << files.first() << ": " << outline.countries.size() << " countries, "
                << outline.pointCount() << " points\nwrote " << out << "\n";
        return ExitOk;
    }

    DataPack pack;
    if (parsed.has(QStringLiteral("base")) &&
        !loadDataPack(parsed.value(QStringLiteral("base")), pack, &error)) {
        ctx.err << "nephos-cli import: " << error << "\n";
        return ExitFailure;
    }
    if (pack.name.empty())
        pack.name = "Imported " + kind.toStdString();
    for (const QString& file : files) {
        ImportReport report;
        bool ok = false;
        if (kind == QStringLiteral("catalog"))
            ok = importPriceCatalog(file, pack, report, &error);
        else if (kind == QStringLiteral("network"))
            ok = importNetworkMatrix(file, pack, report, &error);
        else if (kind == QStringLiteral("regions"))
            ok = importRegions(file, pack, report, &error);
        else
            ok = importEnergyFile(file, pack, report, &error);
        if (!ok) {
            ctx.err << "nephos-cli import: " << error << "\n";
            return ExitFailure;
        }
        printReport(report, ctx);
    }
    if (kind == QStringLiteral("network")) {
        DataPack located;
        ImportReport regionReport;
        if (parsed.has(QStringLiteral("regions")) &&
            !importRegions(parsed.value(QStringLiteral("regions")), located, regionReport,
                           &error)) {
            ctx.err << "nephos-cli import: " << error << "\n";
            return ExitFailure;
        }
        fillNetworkGaps(pack, located.regions, ctx);
    }
    if (!saveDataPack(out, pack, &error)) {
        ctx.err << "nephos-cli import: " << error << "\n";
        return ExitFailure;
    }
    ctx.out << "wrote " << out << ": " << pack.regions.size() << " regions, "
            << pack.instanceTypes.size() << " instance types, " << pack.offers.size() << " offers, "
            << pack.network.size() << " links, " << pack.gpuModels.size() << " GPU models, "
            << pack.constants.size() << " constants\n";
    return ExitOk;
}

} // namespace nephos::cli
