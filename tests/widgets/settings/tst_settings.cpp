#include "settings/Settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using nephos::widgets::CostScale;
using nephos::widgets::EnergyUnit;
using nephos::widgets::Settings;
using nephos::widgets::ThemeChoice;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        QCOMPARE(s.theme(), ThemeChoice::System);
        QCOMPARE(s.energyUnit(), EnergyUnit::KWh);
        QCOMPARE(s.costScale(), CostScale::Automatic);
        QCOMPARE(s.currencySymbol(), QStringLiteral("USD"));
        QVERIFY(s.recentFiles().isEmpty());
        QVERIFY(s.windowGeometry().isEmpty());
        QCOMPARE(s.liveMode(), false);
        QCOMPARE(s.runSpeed(), 0.0);
    }

    void valuesPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            s.setTheme(ThemeChoice::Dark);
            s.setEnergyUnit(EnergyUnit::MWh);
            s.setCostScale(CostScale::Plain);
            s.setCurrencySymbol(QStringLiteral("EUR"));
            s.setWindowGeometry(QByteArray("geom"));
            s.setWindowState(QByteArray("state"));
            s.setLastScenarioPath(QStringLiteral("/tmp/a.json"));
            s.setRunSpeed(24.0);
            s.setLiveMode(true);
        }
        Settings s(ini);
        QCOMPARE(s.theme(), ThemeChoice::Dark);
        QCOMPARE(s.energyUnit(), EnergyUnit::MWh);
        QCOMPARE(s.costScale(), CostScale::Plain);
        QCOMPARE(s.currencySymbol(), QStringLiteral("EUR"));
        QCOMPARE(s.windowGeometry(), QByteArray("geom"));
        QCOMPARE(s.windowState(), QByteArray("state"));
        QCOMPARE(s.lastScenarioPath(), QStringLiteral("/tmp/a.json"));
        QCOMPARE(s.runSpeed(), 24.0);
        QCOMPARE(s.liveMode(), true);
    }

    void recentFilesMostRecentFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        Settings s(dir.filePath(QStringLiteral("s.ini")));
        s.addRecentFile(QStringLiteral("/x/a.json"));
        s.addRecentFile(QStringLiteral("/x/b.json"));
        s.addRecentFile(QStringLiteral("/x/a.json"));
        QCOMPARE(s.recentFiles(),
                 (QStringList{QStringLiteral("/x/a.json"), QStringLiteral("/x/b.json")}));
        for (int i = 0; i < 20; ++i)
            s.addRecentFile(QStringLiteral("/x/f%1.json").arg(i));
        QCOMPARE(s.recentFiles().size(), Settings::maxRecentFiles());
        QCOMPARE(s.recentFiles().front(), QStringLiteral("/x/f19.json"));
        s.removeRecentFile(QStringLiteral("/x/f19.json"));
        QCOMPARE(s.recentFiles().front(), QStringLiteral("/x/f18.json"));
        s.clearRecentFiles();
        QVERIFY(s.recentFiles().isEmpty());
    }

    void exportFolderIsRememberedAbsolute()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings s(ini);
            QVERIFY(!s.exportFolder().isEmpty()); // Pictures or home before a first export
            s.setExportFolder(dir.filePath(QStringLiteral("figures")));
            s.setExportFolder(QString()); // ignored
        }
        Settings s(ini);
        QCOMPARE(s.exportFolder(), QDir(dir.path()).absoluteFilePath(QStringLiteral("figures")));
    }

    void themeKeysParse()
    {
        ThemeChoice t = ThemeChoice::System;
        QVERIFY(Settings::parseTheme(QStringLiteral(" Dark "), &t));
        QCOMPARE(t, ThemeChoice::Dark);
        QVERIFY(Settings::parseTheme(QStringLiteral("light"), &t));
        QCOMPARE(t, ThemeChoice::Light);
        QVERIFY(!Settings::parseTheme(QStringLiteral("purple"), &t));
        QCOMPARE(t, ThemeChoice::Light); // unchanged on failure
        for (ThemeChoice c : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
            ThemeChoice back = ThemeChoice::Light;
            QVERIFY(Settings::parseTheme(Settings::themeKey(c), &back));
            QCOMPARE(back, c);
        }
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
