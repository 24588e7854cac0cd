#include "data/DefaultDataPack.h"
#include "data/NetworkGapEstimator.h"
#include "data/NetworkImporter.h"
#include "data/RegionImporter.h"

#include "FuzzyCompare.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace nephos;

namespace {

const NetworkLink* findLink(const DataPack& p, const std::string& a, const std::string& b)
{
    for (const NetworkLink& l : p.network)
        if (l.src == a && l.dst == b)
            return &l;
    return nullptr;
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("network")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

DataPack importAllMeasured()
{
    DataPack pack;
    for (const char* f :
         {"network/throughput.csv", "network/latency.csv", "network/egress_cost.csv"}) {
        ImportReport report;
        QString error;
        if (!importNetworkMatrix(test::sharedDataFile(QLatin1String(f)), pack, report, &error))
            qFatal("%s", qPrintable(error));
    }
    return pack;
}

} // namespace

class TestNetworkImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThroughput();
    void mergesLatencyAndEgress();
    void fitMatchesDerivationScript();
    void defaultPackEstimatesFollowTheFit();
    void fillsGapsAndCompletesMatrix();
    void estimatesWithoutCoordinatesUseMedians();
    void greatCircleDistance();
    void malformedMatricesGiveClearErrors_data();
    void malformedMatricesGiveClearErrors();
};

void TestNetworkImporter::importsThroughput()
{
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY2(importNetworkMatrix(test::sharedDataFile(QStringLiteral("network/throughput.csv")),
                                 pack, report, &error),
             qPrintable(error));
    QCOMPARE(report.layout, std::string("throughput"));
    QCOMPARE(report.rowsRead, 4970LL);
    QCOMPARE(pack.network.size(), std::size_t(4970));
    const NetworkLink* l = findLink(pack, "aws:af-south-1", "aws:ap-east-1");
    QVERIFY(l);
    QCOMPARE(l->throughputGbps, 4.4327);
    QVERIFY(!l->throughputEstimated);
    QVERIFY(l->rttEstimated && l->egressEstimated); // not measured by this file
    double lo = 1e9, hi = 0;
    for (const NetworkLink& x : pack.network) {
        lo = std::min(lo, x.throughputGbps);
        hi = std::max(hi, x.throughputGbps);
    }
    NEPHOS_FUZZY_COMPARE(lo, 0.166, 0.01); // README: 0.166 to 33.67 Gbit/s
    NEPHOS_FUZZY_COMPARE(hi, 33.67, 0.01);
}

void TestNetworkImporter::mergesLatencyAndEgress()
{
    const DataPack pack = importAllMeasured();
    const NetworkLink* l = findLink(pack, "aws:af-south-1", "aws:ap-east-1");
    QVERIFY(l);
    QCOMPARE(l->throughputGbps, 4.4327);
    QCOMPARE(l->rttMs, 248.78);
    QCOMPARE(l->egressUsdPerGb, 0.147);
    QVERIFY(!l->throughputEstimated && !l->rttEstimated && !l->egressEstimated);
    int rtt = 0, egress = 0;
    for (const NetworkLink& x : pack.network) {
        rtt += !x.rttEstimated;
        egress += !x.egressEstimated;
    }
    QCOMPARE(rtt, 4692);         // README: 4692 latency rows, no self pairs
    QCOMPARE(egress, 3969 - 63); // 63 × 63 matrix minus the 63 self pairs
    DataPack again;
    ImportReport report;
    QString error;
    QVERIFY(importNetworkMatrix(test::sharedDataFile(QStringLiteral("network/egress_cost.csv")),
                                again, report, &error));
    QCOMPARE(report.warnings.size(), std::size_t(1));
    QVERIFY(report.warnings.front().rfind("63 self pairs", 0) == 0);
}

void TestNetworkImporter::fitMatchesDerivationScript()
{
    DataPack pack = importAllMeasured();
    ImportReport report;
    QString error;
    QVERIFY(importRegions(test::sharedDataFile(QStringLiteral("geo/regions.csv")), pack, report,
                          &error));
    NetworkGapEstimator estimator;
    estimator.fit(pack.network, NetworkGapEstimator::coordinatesOf(pack.regions));
    QCOMPARE(estimator.logThroughputFit().samples, 4970LL);
    QCOMPARE(estimator.rttFit().samples, 4692LL);
    QVERIFY(estimator.logThroughputFit().slope < 0); // farther is slower
    QVERIFY(estimator.rttFit().slope > 0);           // and later
    // scripts/derive_facts.py fits the same models on the same files.
    const DataPack def = defaultDataPack();
    NEPHOS_FUZZY_COMPARE(estimator.logThroughputFit().intercept,
                         def.constants.at("network_fit_log_gbps_intercept").value, 1e-5);
    NEPHOS_FUZZY_COMPARE(estimator.logThroughputFit().slope,
                         def.constants.at("network_fit_log_gbps_per_km").value, 1e-5);
    NEPHOS_FUZZY_COMPARE(estimator.rttFit().intercept,
                         def.constants.at("network_fit_rtt_ms_intercept").value, 1e-5);
    NEPHOS_FUZZY_COMPARE(estimator.rttFit().slope,
                         def.constants.at("network_fit_rtt_ms_per_km").value, 1e-5);
    // Per provider pair: all nine pairs are measured often enough.
    QCOMPARE(estimator.pairLogThroughputFits().size(), std::size_t(9));
    QCOMPARE(estimator.pairRttFits().size(), std::size_t(9));
    for (const auto& [pair, f] : estimator.pairLogThroughputFits()) {
        NEPHOS_FUZZY_COMPARE(
            f.intercept, def.constants.at("network_fit_log_gbps_intercept:" + pair).value, 1e-5);
        NEPHOS_FUZZY_COMPARE(f.slope, def.constants.at("network_fit_log_gbps_per_km:" + pair).value,
                             1e-5);
    }
    for (const auto& [pair, f] : estimator.pairRttFits())
        NEPHOS_FUZZY_COMPARE(f.slope, def.constants.at("network_fit_rtt_ms_per_km:" + pair).value,
                             1e-5);
    // Per-pair fits explain the measurements better than one global line.
    double globalError = 0.0, pairError = 0.0;
    const auto coords = NetworkGapEstimator::coordinatesOf(pack.regions);
    NetworkGapEstimator global;
    global.fitFromConstants(
        {{"network_fit_log_gbps_intercept", {estimator.logThroughputFit().intercept, "", ""}},
         {"network_fit_log_gbps_per_km", {estimator.logThroughputFit().slope, "", ""}},
         {"network_fit_rtt_ms_intercept", {0, "", ""}},
         {"network_fit_rtt_ms_per_km", {0, "", ""}}});
    for (const NetworkLink& l : pack.network) {
        if (l.throughputEstimated)
            continue;
        const auto a = coords.at(l.src), b = coords.at(l.dst);
        const double km = greatCircleKm(a.first, a.second, b.first, b.second);
        const std::string sp = l.src.substr(0, l.src.find(':'));
        const std::string dp = l.dst.substr(0, l.dst.find(':'));
        pairError += std::pow(std::log(estimator.throughputGbps(sp, dp, km) / l.throughputGbps), 2);
        globalError += std::pow(std::log(global.throughputGbps(sp, dp, km) / l.throughputGbps), 2);
    }
    QVERIFY(pairError < 0.5 * globalError);
}

void TestNetworkImporter::defaultPackEstimatesFollowTheFit()
{
    const DataPack def = defaultDataPack();
    NetworkGapEstimator estimator;
    QVERIFY(estimator.fitFromConstants(def.constants));
    const auto coords = NetworkGapEstimator::coordinatesOf(def.regions);
    int checked = 0;
    for (const NetworkLink& l : def.network) {
        const auto a = coords.at(l.src), b = coords.at(l.dst);
        const double km = greatCircleKm(a.first, a.second, b.first, b.second);
        const std::string sp = l.src.substr(0, l.src.find(':'));
        const std::string dp = l.dst.substr(0, l.dst.find(':'));
        if (l.throughputEstimated) {
            NEPHOS_FUZZY_COMPARE(l.throughputGbps, estimator.throughputGbps(sp, dp, km), 1e-3);
            ++checked;
        }
        if (l.rttEstimated) {
            NEPHOS_FUZZY_COMPARE(l.rttMs, estimator.rttMs(sp, dp, km), 1e-3);
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestNetworkImporter::fillsGapsAndCompletesMatrix()
{
    NetworkGapEstimator::Coordinates coords{
        {"aws:a", {0.0, 0.0}}, {"aws:b", {0.0, 10.0}}, {"gcp:c", {0.0, 90.0}}};
    std::vector<NetworkLink> links(2);
    links[0].src = "aws:a";
    links[0].dst = "aws:b";
    links[0].throughputGbps = 10.0;
    links[0].rttMs = 20.0;
    links[0].egressUsdPerGb = 0.02;
    links[1].src = "aws:a";
    links[1].dst = "gcp:c";
    links[1].throughputGbps = 2.0;
    links[1].rttMs = 150.0;
    links[1].egressUsdPerGb = 0.09;
    NetworkGapEstimator estimator;
    estimator.fit(links, coords);
    const long long filled = estimator.completeMatrix(links, {"aws:a", "aws:b", "gcp:c"}, coords);
    QCOMPARE(links.size(), std::size_t(6));
    QCOMPARE(filled, 4LL * 3);
    const NetworkLink& ba = links[2]; // first added: aws:b -> aws:a, 1112 km like a -> b
    QCOMPARE(ba.src, std::string("aws:b"));
    QVERIFY(ba.throughputEstimated && ba.rttEstimated && ba.egressEstimated);
    NEPHOS_FUZZY_COMPARE(ba.throughputGbps, 10.0, 1e-9); // exact fit through two points
    NEPHOS_FUZZY_COMPARE(ba.rttMs, 20.0, 1e-9);
    QCOMPARE(ba.egressUsdPerGb, 0.02); // aws provider median, same-provider destination
    const NetworkLink& bc = links[3];  // aws:b -> gcp:c, cross provider
    QCOMPARE(bc.dst, std::string("gcp:c"));
    QCOMPARE(bc.egressUsdPerGb, 0.09);
}

void TestNetworkImporter::estimatesWithoutCoordinatesUseMedians()
{
    std::vector<NetworkLink> links(3);
    const double gbps[] = {1.0, 3.0, 0.0};
    for (int i = 0; i < 3; ++i) {
        links[i].src = "aws:x" + std::to_string(i);
        links[i].dst = "aws:y";
        links[i].throughputGbps = gbps[i];
        links[i].rttMs = 10.0 * (i + 1);
    }
    links[2].throughputEstimated = links[2].rttEstimated = true;
    NetworkGapEstimator estimator;
    estimator.fillGaps(links, {});
    QCOMPARE(links[2].throughputGbps, 2.0);
    QCOMPARE(links[2].rttMs, 15.0);
}

void TestNetworkImporter::greatCircleDistance()
{
    // A quarter of the equator and London -> New York (about 5570 km).
    NEPHOS_FUZZY_COMPARE(greatCircleKm(0, 0, 0, 90), 6371.0088 * M_PI / 2, 1e-12);
    NEPHOS_FUZZY_COMPARE(greatCircleKm(51.5074, -0.1278, 40.7128, -74.006), 5570.0, 0.005);
    QCOMPARE(greatCircleKm(10, 20, 10, 20), 0.0);
}

void TestNetworkImporter::malformedMatricesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray h = "src_region,dst_region,throughput_gbps\n";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
    QTest::newRow("header only") << h << QStringLiteral("no data rows");
    QTest::newRow("bad id") << h + "us-east-1,aws:us-west-2,5\n"
                            << QStringLiteral("line 2, column 1 (src_region): \"us-east-1\" is "
                                              "not a region id");
    QTest::newRow("bad number") << h + "aws:a,aws:b,fast\n"
                                << QStringLiteral("line 2, column 3 (throughput_gbps): \"fast\" "
                                                  "is not a number");
    QTest::newRow("zero") << h + "aws:a,aws:b,0\n"
                          << QStringLiteral("column 3 (throughput_gbps): 0 must be positive");
    QTest::newRow("negative egress") << QByteArray("src_region,dst_region,usd_per_gb\naws:a,aws:b,"
                                                   "-0.1\n")
                                     << QStringLiteral("must be zero or more");
    QTest::newRow("duplicate") << h + "aws:a,aws:b,1\naws:a,aws:b,2\n"
                               << QStringLiteral("line 3: duplicate pair aws:a -> aws:b (first at "
                                                 "line 2)");
    QTest::newRow("truncated") << h + "aws:a,aws:b\n" << QStringLiteral("line 2: truncated row");
    QTest::newRow("no value column") << QByteArray("src_region,dst_region,speed\na:b,a:c,1\n")
                                     << QStringLiteral("line 1: no value column");
    QTest::newRow("missing dst") << QByteArray("src_region,throughput_gbps\na:b,1\n")
                                 << QStringLiteral("missing column \"dst_region\"");
    QTest::newRow("latin1") << QByteArray("src_region,dst_region,throughput_gbps\naws:s\xE3o,aws:b,"
                                          "1\n")
                            << QStringLiteral("line 2, column 6: invalid UTF-8");
}

void TestNetworkImporter::malformedMatricesGiveClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("bad_network.csv"), bytes);
    DataPack pack;
    ImportReport report;
    QString error;
    QVERIFY(!importNetworkMatrix(path, pack, report, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(pack.network.empty());
}

QTEST_GUILESS_MAIN(TestNetworkImporter)
#include "tst_network_importer.moc"
