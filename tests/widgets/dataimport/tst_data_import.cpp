#include "app/MainWindow.h"
#include "dataimport/DataImportController.h"
#include "dataimport/DataImportService.h"
#include "dataimport/ImportSummaryDialog.h"
#include "editor/ScenarioDocument.h"

#include "data/DataPackJson.h"
#include "data/WorldOutline.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include "TestPaths.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <map>

Q_DECLARE_METATYPE(nephos::WorldOutline)

using namespace nephos;
using namespace nephos::widgets;

namespace {

/// Rows of a simple CSV file (no quoted commas), header excluded.
QList<QStringList> csvRows(const QString& relative)
{
    QFile f(test::sharedDataFile(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    QList<QStringList> rows;
    f.readLine();
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty())
            rows << line.split(QLatin1Char(','));
    }
    return rows;
}

/// The default scenario with every price, PUE and throughput replaced by an absurd value, so
/// the import visibly restores real figures.
Scenario scrambledScenario()
{
    Scenario s = defaultScenario();
    for (Offer& o : s.offers)
        o.onDemandUsdPerHour = 999.0;
    for (Region& r : s.regions) {
        r.pue = 3.0;
        r.pueEstimated = false;
    }
    for (NetworkLink& l : s.network) {
        l.throughputGbps = 0.001;
        l.throughputEstimated = false;
    }
    return s;
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path =
        test::testOutputDir(QStringLiteral("dataimport")) + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

bool waitFinished(DataImportService& service)
{
    QSignalSpy finished(&service, &DataImportService::finished);
    return finished.count() > 0 || finished.wait(60000);
}

} // namespace

class TestDataImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void realFilesChangeScenarioAndOneUndoRestores();
    void malformedFileLeavesScenarioUntouched();
    void unknownLayoutIsRefused();
    void dataPackIsAppliedUndoably();
    void traceReplacesWorkloadAndUndoRestores();
    void geoJsonOutlineGoesToMap();
    void mainWindowImportMenuShowsErrorAndSummary();

private:
    std::unique_ptr<ScenarioDocument> m_doc;
};

void TestDataImport::init()
{
    m_doc = std::make_unique<ScenarioDocument>();
    m_doc->reset(scrambledScenario());
}

void TestDataImport::realFilesChangeScenarioAndOneUndoRestores()
{
    DataImportService service(m_doc.get());
    QSignalSpy succeeded(&service, &DataImportService::succeeded);
    QSignalSpy failed(&service, &DataImportService::failed);
    const QByteArray before = ScenarioJson::toJson(m_doc->scenario());
    QVERIFY(service.importDataFiles({test::sharedDataFile(QStringLiteral("catalog/prices.csv")),
                                     test::sharedDataFile(QStringLiteral("energy/region_pue.csv")),
                                     test::sharedDataFile(QStringLiteral("network/throughput.csv")),
                                     test::sharedDataFile(QStringLiteral("network/latency.csv"))}));
    QVERIFY(service.isBusy());
    QVERIFY(!service.importTrace(QStringLiteral("x.csv"))); // one import at a time
    QVERIFY(waitFinished(service));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const QByteArray after = ScenarioJson::toJson(m_doc->scenario());
    QVERIFY(after != before);

    // Values now are the files' values.
    const Scenario& s = m_doc->scenario();
    int pricesChecked = 0;
    for (const QStringList& row : csvRows(QStringLiteral("catalog/prices.csv"))) {
        const Offer* o = s.findOffer(QString(row[0] + QLatin1Char(':') + row[1]).toStdString(),
                                     row[2].toStdString());
        if (o) {
            QCOMPARE(o->onDemandUsdPerHour, row[7].toDouble());
            ++pricesChecked;
        }
    }
    QVERIFY(pricesChecked > 0);
    int pueChecked = 0;
    for (const QStringList& row : csvRows(QStringLiteral("energy/region_pue.csv"))) {
        if (const Region* r =
                s.findRegion(QString(row[0] + QLatin1Char(':') + row[1]).toStdString())) {
            QCOMPARE(r->pue, row[2].toDouble());
            ++pueChecked;
        }
    }
    QVERIFY(pueChecked > 0);
    int linksChecked = 0;
    for (const QStringList& row : csvRows(QStringLiteral("network/throughput.csv"))) {
        if (const NetworkLink* l = s.findLink(row[0].toStdString(), row[1].toStdString())) {
            QCOMPARE(l->throughputGbps, row[2].toDouble());
            QVERIFY(!l->throughputEstimated);
            ++linksChecked;
        }
    }
    QVERIFY(linksChecked > 0);

    const ImportSummary summary = succeeded.first().first().value<ImportSummary>();
    QVERIFY(summary.changes.join(QLatin1Char('\n')).contains(QStringLiteral("price")));
    QCOMPARE(summary.files.size(), 4);

    m_doc->undoStack()->undo();
    QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), before);
    m_doc->undoStack()->redo();
    QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), after);
}

void TestDataImport::malformedFileLeavesScenarioUntouched()
{
    QFile real(test::sharedDataFile(QStringLiteral("catalog/prices.csv")));
    QVERIFY(real.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = real.readAll().split('\n');
    QList<QByteArray> fields = lines[3].split(',');
    fields[7] = "12x.5"; // price_usd_per_hour
    lines[3] = fields.join(',');
    const QString bad = writeFile(QStringLiteral("prices_bad.csv"), lines.join('\n'));

    DataImportService service(m_doc.get());
    QSignalSpy succeeded(&service, &DataImportService::succeeded);
    QSignalSpy failed(&service, &DataImportService::failed);
    const QByteArray before = ScenarioJson::toJson(m_doc->scenario());
    QVERIFY(service.importDataFiles(
        {test::sharedDataFile(QStringLiteral("energy/region_pue.csv")), bad}));
    QVERIFY(waitFinished(service));
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString error = failed.first().at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("prices_bad.csv")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 4")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("12x.5")) || error.contains(QStringLiteral("column")),
             qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), before);
}

void TestDataImport::unknownLayoutIsRefused()
{
    const QString odd = writeFile(QStringLiteral("odd.csv"), "alpha,beta\n1,2\n");
    DataImportService service(m_doc.get());
    QSignalSpy failed(&service, &DataImportService::failed);
    QVERIFY(service.importDataFiles({odd}));
    QVERIFY(waitFinished(service));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("unknown layout")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDataImport::dataPackIsAppliedUndoably()
{
    const Scenario original = defaultScenario();
    DataPack pack;
    pack.name = "test pack";
    Offer offer = original.offers.front();
    offer.onDemandUsdPerHour = 1.2345;
    pack.offers.push_back(offer);
    const QString path = writeFile(QStringLiteral("pack.json"), dataPackToJson(pack, true));

    m_doc->reset(original);
    DataImportService service(m_doc.get());
    QSignalSpy succeeded(&service, &DataImportService::succeeded);
    QVERIFY(service.importDataPack(path));
    QVERIFY(waitFinished(service));
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(m_doc->scenario().findOffer(offer.region, offer.instanceType)->onDemandUsdPerHour,
             1.2345);
    QVERIFY(succeeded.first().first().value<ImportSummary>().changes.contains(
        QStringLiteral("1 price updated")));
    m_doc->undoStack()->undo();
    QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), ScenarioJson::toJson(original));

    // A broken pack: error with the JSON path, nothing pushed.
    const QString broken =
        writeFile(QStringLiteral("broken.json"), "{\"offers\": [{\"region\": 5}]}");
    QSignalSpy failed(&service, &DataImportService::failed);
    const int commands = m_doc->undoStack()->count();
    QVERIFY(service.importDataPack(broken));
    QVERIFY(waitFinished(service));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("broken.json")),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_doc->undoStack()->count(), commands);
    QCOMPARE(m_doc->undoStack()->index(), commands - 1);
}

void TestDataImport::traceReplacesWorkloadAndUndoRestores()
{
    m_doc->reset(defaultScenario());
    const QByteArray before = ScenarioJson::toJson(m_doc->scenario());
    DataImportService service(m_doc.get());
    QSignalSpy succeeded(&service, &DataImportService::succeeded);
    QVERIFY(service.importTrace(
        test::sharedDataFile(QStringLiteral("traces/openb_pod_list_default.csv"))));
    QVERIFY(waitFinished(service));
    QCOMPARE(succeeded.count(), 1);
    const Scenario& s = m_doc->scenario();
    QVERIFY(!s.traceJobs.empty());
    for (const WorkloadClass& w : s.workloads)
        QCOMPARE(w.arrival.ratePerHour, 0.0);
    QVERIFY(s.settings.horizonHours >= s.traceJobs.back().arrivalHours + 1.0);
    const ImportSummary summary = succeeded.first().first().value<ImportSummary>();
    const QString text = summary.changes.join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("%1 jobs").arg(s.traceJobs.size())), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GPU-hours")));
    QVERIFY(text.contains(QStringLiteral("skipped")));

    m_doc->undoStack()->undo();
    QCOMPARE(ScenarioJson::toJson(m_doc->scenario()), before);
    QVERIFY(m_doc->scenario().traceJobs.empty());
}

void TestDataImport::geoJsonOutlineGoesToMap()
{
    DataImportService service(m_doc.get());
    QSignalSpy outline(&service, &DataImportService::outlineImported);
    QSignalSpy succeeded(&service, &DataImportService::succeeded);
    QVERIFY(service.importDataFiles(
        {test::sharedDataFile(QStringLiteral("geo/world_countries.geojson"))}));
    QVERIFY(waitFinished(service));
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(outline.count(), 1);
    QVERIFY(outline.first().first().value<WorldOutline>().countries.size() > 100);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDataImport::mainWindowImportMenuShowsErrorAndSummary()
{
    MainWindow::Options options;
    options.settingsFile =
        test::testOutputDir(QStringLiteral("dataimport")) + QStringLiteral("/settings.ini");
    options.storePath =
        test::testOutputDir(QStringLiteral("dataimport")) + QStringLiteral("/runs.sqlite");
    options.restoreLayout = false;
    MainWindow window(options);
    window.resize(1400, 900);
    window.show();
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuImport"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 3);
    auto* controller = window.findChild<DataImportController*>();
    QVERIFY(controller);

    QString chosen;
    controller->setFileChooser(
        [&chosen](const QString&, const QString&, bool) { return QStringList{chosen}; });
    QStringList errors;
    controller->setErrorPresenter(
        [&errors](const QString&, const QString& message) { errors << message; });

    // Malformed trace: the message box gets the error, the scenario is untouched.
    const QByteArray before = ScenarioJson::toJson(window.document()->scenario());
    chosen = writeFile(QStringLiteral("trace_bad.csv"),
                       "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,"
                       "creation_time,deletion_time,scheduled_time\n"
                       "p1,1000,2048,1,1000,,LS,Running,0,oops,10\n");
    window.action(QStringLiteral("actionImportTrace"))->trigger();
    QVERIFY(waitFinished(*controller->service()));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("trace_bad.csv")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QStringLiteral("line 2")), qPrintable(errors.first()));
    QCOMPARE(ScenarioJson::toJson(window.document()->scenario()), before);

    // Real files through the menu: summary dialog, one undo step.
    m_doc.reset();
    window.document()->reset(scrambledScenario());
    const QByteArray scrambled = ScenarioJson::toJson(window.document()->scenario());
    controller->setFileChooser([](const QString&, const QString&, bool multiple) {
        return multiple
                   ? QStringList{test::sharedDataFile(QStringLiteral("catalog/prices.csv")),
                                 test::sharedDataFile(QStringLiteral("energy/region_pue.csv")),
                                 test::sharedDataFile(QStringLiteral("network/throughput.csv"))}
                   : QStringList{};
    });
    window.action(QStringLiteral("actionImportDataFiles"))->trigger();
    QVERIFY(waitFinished(*controller->service()));
    QCOMPARE(errors.size(), 1);
    QTRY_VERIFY(controller->summaryDialog());
    ImportSummaryDialog* dialog = controller->summaryDialog();
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->text().contains(QStringLiteral("prices updated")));
    QTest::qWait(100);
    dialog->grab().save(test::testOutputDir(QStringLiteral("dataimport")) +
                        QStringLiteral("/import_summary.png"));
    dialog->accept();
    QVERIFY(ScenarioJson::toJson(window.document()->scenario()) != scrambled);
    window.document()->undoStack()->undo();
    QCOMPARE(ScenarioJson::toJson(window.document()->scenario()), scrambled);
}

QTEST_MAIN(TestDataImport)
#include "tst_data_import.moc"
