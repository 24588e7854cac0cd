#include "editor/RegionsModel.h"
#include "editor/ScenarioDocument.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

class TestScenarioDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        ScenarioDocument doc;
        doc.reset(defaultScenario());
        QCOMPARE(doc.displayName(), QStringLiteral("Untitled"));
        RegionsModel regions(&doc);
        QVERIFY(regions.setData(regions.index(2, RegionsModel::Carbon), 0.123, Qt::EditRole));
        QVERIFY(doc.isModified());
        QSignalSpy modified(&doc, &ScenarioDocument::modifiedChanged);
        const QString path = dir.filePath(QStringLiteral("edited.json"));
        QString error;
        QVERIFY2(doc.save(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(doc.displayName(), QStringLiteral("edited.json"));
        // atomic save: no temporary file left next to it
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("edited.json")});

        ScenarioDocument other;
        QStringList errors;
        QVERIFY2(other.load(path, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(other.scenario().regions[2].carbonKgPerKwh, 0.123);
        QCOMPARE(ScenarioJson::toJson(other.scenario()), ScenarioJson::toJson(doc.scenario()));
        QCOMPARE(other.filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!other.isModified());
    }

    void loadErrorsNameJsonPathsAndKeepTheDocument()
    {
        QTemporaryDir dir;
        QByteArray json = ScenarioJson::toJson(defaultScenario());
        QJsonDocument parsed = QJsonDocument::fromJson(json);
        QJsonObject root = parsed.object();
        QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("horizon_hours"), -5);
        root.insert(QStringLiteral("settings"), settings);
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();

        ScenarioDocument doc;
        doc.reset(defaultScenario());
        QStringList errors;
        QVERIFY(!doc.load(path, &errors));
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.join(QLatin1Char('\n')).contains(QLatin1String("settings.")),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(doc.scenario().settings.horizonHours, defaultScenario().settings.horizonHours);
        QVERIFY(doc.filePath().isEmpty());

        QVERIFY(!doc.load(dir.filePath(QStringLiteral("missing.json")), &errors));
        QVERIFY(errors.join(QLatin1Char('\n')).contains(QLatin1String("missing.json")));
    }

    void saveToAnUnwritablePlaceFails()
    {
        ScenarioDocument doc;
        doc.reset(defaultScenario());
        QString error;
        QVERIFY(!doc.save(QStringLiteral("/nonexistent-dir/x/y.json"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x/y.json")));
    }
};

QTEST_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
