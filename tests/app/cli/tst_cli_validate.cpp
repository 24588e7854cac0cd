// `nephos-cli validate FILE`: exit codes and one "FILE: path: problem" line per problem.
#include "CliTestSupport.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nephos;
using nephos::test::runCli;

class TestCliValidate : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    static QByteArray defaultJson() { return ScenarioJson::toJson(defaultScenario()); }

private Q_SLOTS:
    void validFileIsOk()
    {
        const QString path = write(QStringLiteral("ok.json"), defaultJson());
        const auto r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, path + QStringLiteral(": ok\n"));
        QVERIFY(r.err.isEmpty());
    }

    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expectedLines");
        QByteArray twoProblems = defaultJson();
        twoProblems.replace("\"horizon_hours\": 720", "\"horizon_hour\": 720");
        twoProblems.replace("\"mean_h\": 8.7", "\"mean_h\": -3");
        QTest::newRow("every problem")
            << twoProblems
            << QStringList{QStringLiteral("settings.horizon_hour: unknown key"),
                           QStringLiteral("workloads[1].duration.mean_h: must be > 0, got -3")};
        QByteArray policy = defaultJson();
        policy.replace("\"name\": \"least-loaded\"", "\"name\": \"psychic\"");
        QTest::newRow("unknown policy")
            << policy
            << QStringList{QStringLiteral("policy.name: unknown policy 'psychic' (known: ")};
        QTest::newRow("syntax") << QByteArray("{\n  \"version\": 1,\n  \"name\": }\n")
                                << QStringList{
                                       QStringLiteral("line 3, column 12: JSON syntax error: ")};
        QTest::newRow("array root")
            << QByteArray("[]")
            << QStringList{QStringLiteral("the document must be a JSON object, got an array")};
        QTest::newRow("empty file")
            << QByteArray() << QStringList{QStringLiteral("line 1, column 1: JSON syntax error: ")};
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11)
                                << QStringList{
                                       QStringLiteral("line 1, column 2: JSON syntax error: ")};
        QTest::newRow("deep nesting")
            << QByteArray(200000, '[')
            << QStringList{
                   QStringLiteral("line 1, column 1026: JSON syntax error: too deeply nested")};
        QTest::newRow("wrong version")
            << QByteArray("{\"version\": 7, \"name\": \"x\"}")
            << QStringList{QStringLiteral("version: unsupported version 7, expected 1")};
    }

    void reportsProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expectedLines);
        const QString path = write(QStringLiteral("bad.json"), content);
        const auto r = runCli({QStringLiteral("validate"), path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expectedLines.size());
        for (int i = 0; i < lines.size(); ++i)
            QVERIFY2(lines[i].startsWith(path + QStringLiteral(": ") + expectedLines[i]),
                     qPrintable(lines[i]));
    }

    void unreadableFileIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.json"));
        const auto r = runCli({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(path + QStringLiteral(": cannot read ") + path),
                 qPrintable(r.err));
        const auto dir = runCli({QStringLiteral("validate"), m_dir.path()});
        QCOMPARE(dir.exitCode, 1);
        QVERIFY(dir.err.contains(QStringLiteral("cannot read")));
    }

    void badUsage()
    {
        const QString path = write(QStringLiteral("u.json"), defaultJson());
        for (const QStringList& args : {QStringList{}, QStringList{path, path},
                                        QStringList{QStringLiteral("--strict"), path}}) {
            const auto r = runCli(QStringList{QStringLiteral("validate")} + args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QStringLiteral("Usage: nephos-cli validate")));
        }
    }
};

QTEST_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
