// RunSideFile: a result the store could not take is written beside the store, or to the
// temporary directory when that is not writable, with everything needed to recover it.
#include "store/RunSideFile.h"
#include "store/SeriesCodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace nephos;

namespace {

RunResult sampleResult()
{
    RunResult r;
    r.status = RunStatus::Cancelled;
    r.policy = "carbon-aware";
    r.seed = 18446744073709551615ULL;
    r.simulatedHours = 12.5;
    r.simWallSeconds = 0.25;
    r.events = 77;
    r.kpis.energyKwh = 9.75;
    r.classKpis = {r.kpis};
    r.classNames = {"inference"};
    UsageTotals p;
    p.id = "gcp";
    p.vmHours = 3;
    r.providers = {p};
    r.transfers = {{"gcp:a", "aws:b", 0.5, 4.0, 1}};
    r.series.entities = {"total"};
    r.series.timesHours = {0.0};
    r.series.capacity = 1;
    r.series.values.assign(static_cast<std::size_t>(SeriesMetric::Count), 1.5f);
    return r;
}

} // namespace

class TestRunSideFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsTheWholeResult()
    {
        const QJsonObject o =
            RunSideFile::toJson(QStringLiteral("/x/runs.sqlite"), 12, sampleResult(),
                                QStringLiteral("database is locked"));
        QCOMPARE(o.value(QStringLiteral("run_id")).toInteger(), 12);
        QCOMPARE(o.value(QStringLiteral("why")).toString(), QStringLiteral("database is locked"));
        QCOMPARE(o.value(QStringLiteral("seed")).toString(),
                 QStringLiteral("18446744073709551615"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(o.value(QStringLiteral("kpis"))[QStringLiteral("energy_kwh")].toDouble(), 9.75);
        QCOMPARE(o.value(QStringLiteral(
                     "kpis_by_class"))[QStringLiteral("inference")][QStringLiteral("energy_kwh")]
                     .toDouble(),
                 9.75);
        QCOMPARE(o.value(QStringLiteral(
                     "totals"))[QStringLiteral("provider")][0][QStringLiteral("vm_hours")]
                     .toDouble(),
                 3.0);
        QCOMPARE(o.value(QStringLiteral("transfers"))[0][QStringLiteral("dst")].toString(),
                 QStringLiteral("aws:b"));
        MonitorSeries series;
        QVERIFY(SeriesCodec::decode(
            QByteArray::fromBase64(o.value(QStringLiteral("series")).toString().toLatin1()),
            series));
        QCOMPARE(series.entities, sampleResult().series.entities);
    }

    void writtenBesideTheStore()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("runs.sqlite"));
        QString error;
        const QString path =
            RunSideFile::write(store, 3, sampleResult(), QStringLiteral("locked"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(store).absolutePath());
        QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("runs.sqlite.run-3-")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll())
                     .object()
                     .value(QStringLiteral("policy"))
                     .toString(),
                 QStringLiteral("carbon-aware"));
    }

    void fallsBackToTheTemporaryDirectory()
    {
        const QString store = QStringLiteral("/nonexistent-nephos-dir/runs.sqlite");
        QString error;
        const QString path =
            RunSideFile::write(store, 4, sampleResult(), QStringLiteral("locked"), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestRunSideFile)
#include "tst_run_side_file.moc"
