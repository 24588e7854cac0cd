#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must pick offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NEPHOS_CLI_PATH), args);
    Outcome o;
    if (!p.waitForFinished(240000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

const QStringList kStems = {"utilisation",     "queue", "running", "cost_rate",
                            "cumulative_cost", "power", "carbon",  "map"};

} // namespace

class TestCliFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEveryChartAndTheMapInThreeFormats()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString out = tmp.filePath(QStringLiteral("figs/nested"));
        const Outcome o = runCli(
            {QStringLiteral("figures"), QStringLiteral("--out"), out, QStringLiteral("--width"),
             QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("400"),
             QStringLiteral("--dpi"), QStringLiteral("120"), QStringLiteral("--seed"),
             QStringLiteral("3"), QStringLiteral("--policy"), QStringLiteral("cheapest")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.contains(QStringLiteral("policy cheapest, seed 3")));
        const QDir dir(out);
        for (const QString& stem : kStems) {
            const QImage png(dir.filePath(stem + QStringLiteral(".png")));
            QCOMPARE(png.size(), QSize(640, 400));
            QFile svg(dir.filePath(stem + QStringLiteral(".svg")));
            QVERIFY2(svg.open(QIODevice::ReadOnly), qPrintable(stem));
            QXmlStreamReader xml(&svg);
            QVERIFY(xml.readNextStartElement());
            QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
            QFile pdf(dir.filePath(stem + QStringLiteral(".pdf")));
            QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(stem));
            QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        }
        QFile csv(dir.filePath(QStringLiteral("kpis.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("key,value"));
        QVERIFY(lines.size() > 20);
        QVERIFY(lines.contains(QRegularExpression(QStringLiteral("^jobs_completed,[1-9][0-9]*$"))));
    }

    void scenarioFileIsUsed()
    {
        QTemporaryDir tmp;
        nephos::Scenario sc = nephos::defaultScenario();
        sc.name = "two-day figures test";
        sc.settings.horizonHours = 48.0;
        const QString path = tmp.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY2(nephos::ScenarioJson::save(path, sc, &error), qPrintable(error));
        const Outcome o =
            runCli({QStringLiteral("figures"), path, QStringLiteral("--out"),
                    tmp.filePath(QStringLiteral("o")), QStringLiteral("--width"),
                    QStringLiteral("320"), QStringLiteral("--height"), QStringLiteral("200")});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(QStringLiteral("two-day figures test")), qPrintable(o.out));
        QVERIFY(o.out.contains(QStringLiteral("48.0 h simulated")));
        QCOMPARE(QImage(tmp.filePath(QStringLiteral("o/map.png"))).size(), QSize(320, 200));
    }

    void invalidScenarioFileIsRefused()
    {
        QTemporaryDir tmp;
        const QString scenario = tmp.filePath(QStringLiteral("s.json"));
        QFile f(scenario);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"version\": 1, \"name\": 5 }");
        f.close();
        const Outcome o = runCli({QStringLiteral("figures"), scenario, QStringLiteral("--out"),
                                  tmp.filePath(QStringLiteral("o"))});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(scenario), qPrintable(o.err));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("o/map.png"))));
    }

    void errorsExitWithAMessage()
    {
        QTemporaryDir tmp;
        Outcome o = runCli({QStringLiteral("figures"), tmp.filePath(QStringLiteral("missing.json")),
                            QStringLiteral("--out"), tmp.path()});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QStringLiteral("missing.json")));

        o = runCli({QStringLiteral("figures"), QStringLiteral("--out"), tmp.path(),
                    QStringLiteral("--policy"), QStringLiteral("no-such-policy")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains(QStringLiteral("unknown policy 'no-such-policy'")));

        QFile blocker(tmp.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        o = runCli({QStringLiteral("figures"), QStringLiteral("--out"),
                    tmp.filePath(QStringLiteral("file/sub"))});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(QStringLiteral("output directory")), qPrintable(o.err));
    }

    void badUsageExitsWithTwo()
    {
        Outcome o = runCli({QStringLiteral("figures")});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(QStringLiteral("--out DIR is required")));
        o = runCli({QStringLiteral("figures"), QStringLiteral("--out"), QStringLiteral("x"),
                    QStringLiteral("--width"), QStringLiteral("abc")});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(QStringLiteral("--width")));
        o = runCli({QStringLiteral("figures"), QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(QStringLiteral("kpis.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliFigures)
#include "tst_cli_figures.moc"
