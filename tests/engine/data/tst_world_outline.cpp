#include "data/WorldOutline.h"

#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace nephos;

namespace {

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = test::testOutputDir(QStringLiteral("geo")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

const CountryOutline* find(const WorldOutline& w, const std::string& iso)
{
    for (const CountryOutline& c : w.countries)
        if (c.isoA3 == iso)
            return &c;
    return nullptr;
}

} // namespace

class TestWorldOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsNaturalEarth();
    void embeddedOutlineIsCompactAndComplete();
    void roundTripsCompactFormat();
    void malformedGeoJsonGivesPath_data();
    void malformedGeoJsonGivesPath();
};

void TestWorldOutline::importsNaturalEarth()
{
    WorldOutline w;
    QString error;
    QVERIFY2(importGeoJsonOutline(
                 test::sharedDataFile(QStringLiteral("geo/world_countries.geojson")), w, &error),
             qPrintable(error));
    QCOMPARE(w.countries.size(), std::size_t(177)); // README: 177 features
    const CountryOutline* fra = find(w, "FRA");     // README: FRA set from ADM0_A3
    QVERIFY(fra);
    QCOMPARE(fra->name, std::string("France"));
    QVERIFY(fra->rings.size() >= 2); // mainland, Corsica, French Guiana
    for (const CountryOutline& c : w.countries)
        for (const auto& ring : c.rings)
            for (const auto& [lon, lat] : ring)
                QVERIFY(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
}

void TestWorldOutline::embeddedOutlineIsCompactAndComplete()
{
    const WorldOutline w = defaultWorldOutline();
    QCOMPARE(w.countries.size(), std::size_t(177));
    QVERIFY(w.source.find("Natural Earth") != std::string::npos);
    QVERIFY(w.pointCount() > 2000 && w.pointCount() < 20000);
    // Every country keeps a ring; the USA keeps Alaska and the mainland.
    for (const CountryOutline& c : w.countries)
        QVERIFY2(!c.rings.empty() && c.rings.front().size() >= 3, c.name.c_str());
    const CountryOutline* usa = find(w, "USA");
    QVERIFY(usa && usa->rings.size() >= 2);
    QFile f(QStringLiteral(":/data/world-110m.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() < 150 * 1024);
}

void TestWorldOutline::roundTripsCompactFormat()
{
    const WorldOutline w = defaultWorldOutline();
    WorldOutline again;
    QString error;
    QVERIFY2(worldOutlineFromJson(worldOutlineToJson(w), again, &error), qPrintable(error));
    QCOMPARE(again.countries.size(), w.countries.size());
    QCOMPARE(again.pointCount(), w.pointCount());
    QCOMPARE(again.countries[5].rings, w.countries[5].rings);
}

void TestWorldOutline::malformedGeoJsonGivesPath_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column 1: invalid JSON");
    QTest::newRow("truncated") << QByteArray(
                                      "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":")
                               << QStringLiteral("line 2, column");
    QTest::newRow("not a collection") << QByteArray("{\"type\":\"Feature\"}")
                                      << QStringLiteral("type: expected \"FeatureCollection\"");
    QTest::newRow("point geometry")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
           "properties":{"NAME":"X"},"geometry":{"type":"Point","coordinates":[1,2]}}]})")
        << QStringLiteral("features[0].geometry.type: expected Polygon or MultiPolygon");
    QTest::newRow("bad point")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
           "properties":{"NAME":"X"},"geometry":{"type":"MultiPolygon","coordinates":
           [[[[0,0],[1,0],[1,1]]],[[[0,0],[500,0],[1,1]]]]}}]})")
        << QStringLiteral("features[0].geometry.coordinates[1][0][1]: expected [longitude, "
                          "latitude]");
    QTest::newRow("short ring")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature",
           "properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1]]]}}]})")
        << QStringLiteral("features[0].geometry.coordinates[0]: a ring needs at least 3 points");
    QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                 << QStringLiteral("no country outline");
}

void TestWorldOutline::malformedGeoJsonGivesPath()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = writeFile(QStringLiteral("bad.geojson"), bytes);
    WorldOutline w;
    QString error;
    QVERIFY(!importGeoJsonOutline(path, w, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!importGeoJsonOutline(path + QStringLiteral(".none"), w, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestWorldOutline)
#include "tst_world_outline.moc"
