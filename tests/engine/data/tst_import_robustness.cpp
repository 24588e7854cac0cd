#include "data/EnergyImporter.h"
#include "data/NetworkImporter.h"
#include "data/PriceCatalogImporter.h"
#include "data/RegionImporter.h"
#include "data/TraceImporter.h"
#include "data/WorldOutline.h"

#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <functional>

using namespace nephos;

namespace {

using Importer = std::function<bool(const QString&, QString*)>;

struct Case
{
    const char* file;
    Importer import;
};

std::vector<Case> cases()
{
    auto pack = [](auto fn) {
        return [fn](const QString& path, QString* error) {
            DataPack p;
            ImportReport r;
            return fn(path, p, r, error);
        };
    };
    return {
        {"catalog/prices.csv", pack(importPriceCatalog)},
        {"catalog/skypilot/gcp_vms.csv", pack(importPriceCatalog)},
        {"network/latency.csv", pack(importNetworkMatrix)},
        {"geo/regions.csv", pack(importRegions)},
        {"energy/gpu_specs.csv", pack(importEnergyFile)},
        {"energy/grid_emissions.csv", pack(importEnergyFile)},
        {"traces/openb_pod_list_default.csv",
         [](const QString& path, QString* error) {
             TraceImportResult r;
             return importAlibabaPodTrace(path, r, error);
         }},
        {"geo/world_countries.geojson",
         [](const QString& path, QString* error) {
             WorldOutline w;
             return importGeoJsonOutline(path, w, error);
         }},
    };
}

QByteArray readShared(const char* rel)
{
    QFile f(test::sharedDataFile(QLatin1String(rel)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", rel);
    return f.readAll().left(200000); // enough rows, keeps the test quick
}

QString writeCopy(const QByteArray& bytes)
{
    const QString path =
        test::testOutputDir(QStringLiteral("robustness")) + QStringLiteral("/copy.dat");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

/// xorshift64*: our own deterministic generator.
std::uint64_t next(std::uint64_t& s)
{
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 2685821657736338717ULL;
}

} // namespace

class TestImportRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truncatedCopiesNeverCrash();
    void corruptedCopiesNeverCrash();
};

void TestImportRobustness::truncatedCopiesNeverCrash()
{
    for (const Case& c : cases()) {
        const QByteArray bytes = readShared(c.file);
        for (int cut : {0, 1, 7, 40, 41, 333, 4096, 65537, int(bytes.size()) - 3}) {
            if (cut < 0 || cut > bytes.size())
                continue;
            const QString path = writeCopy(bytes.left(cut));
            QString error;
            const bool ok = c.import(path, &error);
            if (!ok)
                QVERIFY2(error.startsWith(path + QStringLiteral(": ")) &&
                             error.size() > path.size() + 8,
                         qPrintable(QStringLiteral("%1 cut at %2: %3")
                                        .arg(QLatin1String(c.file))
                                        .arg(cut)
                                        .arg(error)));
            if (cut == 0)
                QVERIFY2(!ok, c.file);
        }
    }
}

void TestImportRobustness::corruptedCopiesNeverCrash()
{
    std::uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (const Case& c : cases()) {
        const QByteArray original = readShared(c.file);
        for (int round = 0; round < 6; ++round) {
            QByteArray bytes = original.left(20000);
            for (int k = 0; k < 5; ++k) {
                const auto at = static_cast<int>(next(seed) % std::uint64_t(bytes.size()));
                const char garbage[] = {',', '"', '\n', '\r', 'x', '-', '\xE9', '\0', '9', ' '};
                bytes[at] = garbage[next(seed) % sizeof(garbage)];
            }
            const QString path = writeCopy(bytes);
            QString error;
            if (!c.import(path, &error))
                QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        }
    }
}

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_import_robustness.moc"
