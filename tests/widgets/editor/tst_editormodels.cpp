#include "editor/OffersModel.h"
#include "editor/PolicyParamsModel.h"
#include "editor/PoolModel.h"
#include "editor/ProvidersModel.h"
#include "editor/RegionsModel.h"
#include "editor/RunSettingsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/SetPolicyCommand.h"
#include "editor/WorkloadsModel.h"
#include "scenario/DefaultScenario.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

class TestEditorModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_doc = std::make_unique<ScenarioDocument>();
        m_doc->reset(defaultScenario());
    }

    void modelsPassTheModelTester()
    {
        ProvidersModel providers(m_doc.get());
        RegionsModel regions(m_doc.get());
        OffersModel offers(m_doc.get());
        PoolModel pool(m_doc.get());
        WorkloadsModel workloads(m_doc.get());
        RunSettingsModel settings(m_doc.get());
        PolicyParamsModel params(m_doc.get());
        for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
                 &providers, &regions, &offers, &pool, &workloads, &settings, &params})
            QAbstractItemModelTester tester(m,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Scenario& s = m_doc->scenario();
        QCOMPARE(providers.rowCount(), int(s.providers.size()));
        QCOMPARE(regions.rowCount(), int(s.regions.size()));
        QCOMPARE(offers.rowCount(), int(s.offers.size()));
        QCOMPARE(pool.rowCount(), int(s.pool.size()));
        QCOMPARE(workloads.rowCount(), int(s.workloads.size()));
        QVERIFY(regions.rowCount() > 0 && pool.rowCount() > 0 && workloads.rowCount() > 0);
        QCOMPARE(regions.index(0, RegionsModel::Id).data().toString(),
                 QString::fromStdString(s.regions[0].id));
    }

    void validEditIsOneUndoableCommand()
    {
        RegionsModel regions(m_doc.get());
        QSignalSpy edited(m_doc.get(), &ScenarioDocument::edited);
        QSignalSpy changed(&regions, &QAbstractItemModel::dataChanged);
        const double before = m_doc->scenario().regions[0].pue;
        QVERIFY(!m_doc->isModified());
        QVERIFY(regions.setData(regions.index(0, RegionsModel::Pue), QStringLiteral("1.5"),
                                Qt::EditRole));
        QCOMPARE(m_doc->scenario().regions[0].pue, 1.5);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(m_doc->isModified());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_doc->undoStack()->undoText().contains(QLatin1String("PUE")));

        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().regions[0].pue, before);
        QVERIFY(!m_doc->isModified());
        QCOMPARE(regions.index(0, RegionsModel::Pue).data(Qt::EditRole).toDouble(), before);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->scenario().regions[0].pue, 1.5);
        QCOMPARE(edited.count(), 3);
    }

    void invalidValuesAreRefusedWithAReason_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("pue below 1") << int(RegionsModel::Pue) << "0.5"
                                     << "≥ 1";
        QTest::newRow("pue text") << int(RegionsModel::Pue) << "abc"
                                  << "not a number";
        QTest::newRow("carbon above 2") << int(RegionsModel::Carbon) << "3"
                                        << "≤ 2";
    }

    void invalidValuesAreRefusedWithAReason()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, reasonPart);
        RegionsModel regions(m_doc.get());
        QSignalSpy rejected(&regions, &ScenarioTableModel::editRejected);
        const Scenario before = m_doc->scenario();
        QVERIFY(!regions.setData(regions.index(1, column), value, Qt::EditRole));
        QCOMPARE(rejected.count(), 1);
        const QString reason = rejected.front().at(1).toString();
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(m_doc->scenario().regions[1].pue, before.regions[1].pue);
        QCOMPARE(m_doc->scenario().regions[1].carbonKgPerKwh, before.regions[1].carbonKgPerKwh);
    }

    void undoTextsSayWhatChangedInWords()
    {
        RegionsModel regions(m_doc.get());
        const Region& r0 = m_doc->scenario().regions[0];
        const QString name = QString::fromStdString(r0.name);
        QVERIFY(!name.isEmpty());
        QVERIFY(regions.setData(regions.index(0, RegionsModel::Enabled), Qt::Unchecked,
                                Qt::CheckStateRole));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Disable region %1").arg(name));
        QVERIFY(regions.setData(regions.index(0, RegionsModel::Pue), QStringLiteral("1.5"),
                                Qt::EditRole));
        QCOMPARE(m_doc->undoStack()->undoText(),
                 QStringLiteral("Set PUE of region %1 to %2").arg(name, QLocale().toString(1.5)));
        ProvidersModel providers(m_doc.get());
        QVERIFY(providers.setData(providers.index(0, ProvidersModel::Enabled), Qt::Unchecked,
                                  Qt::CheckStateRole));
        QCOMPARE(m_doc->undoStack()->undoText(),
                 QStringLiteral("Disable provider %1")
                     .arg(QString::fromStdString(m_doc->scenario().providers[0].name)));
        // No ids, snake_case keys or true/false in any undo text.
        for (int i = 0; i < m_doc->undoStack()->count(); ++i) {
            const QString text = m_doc->undoStack()->text(i);
            QVERIFY2(!text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('_')) &&
                         !text.contains(QStringLiteral("true")) &&
                         !text.contains(QStringLiteral("false")),
                     qPrintable(text));
        }
    }

    void checkBoxesToggleThroughCheckStateRole()
    {
        ProvidersModel providers(m_doc.get());
        const QModelIndex i = providers.index(0, ProvidersModel::Enabled);
        QVERIFY(providers.flags(i) & Qt::ItemIsUserCheckable);
        QCOMPARE(i.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(providers.setData(i, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_doc->scenario().providers[0].enabled, false);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().providers[0].enabled, true);
    }

    void poolBoundsAreConsistent()
    {
        PoolModel pool(m_doc.get());
        const VmPoolEntry e = m_doc->scenario().pool[0];
        QSignalSpy rejected(&pool, &ScenarioTableModel::editRejected);
        // count above max is refused, naming the bound
        QVERIFY(!pool.setData(pool.index(0, PoolModel::Count), e.maxCount + 1, Qt::EditRole));
        QVERIFY(rejected.back().at(1).toString().contains(QLatin1String("max")));
        QVERIFY(
            !pool.setData(pool.index(0, PoolModel::Count), QStringLiteral("2.5"), Qt::EditRole));
        QVERIFY(rejected.back().at(1).toString().contains(QLatin1String("whole")));
        QVERIFY(!pool.setData(pool.index(0, PoolModel::Max), e.count - 1, Qt::EditRole));
        // raising max then count works, and undo goes back one step at a time
        QVERIFY(pool.setData(pool.index(0, PoolModel::Max), e.maxCount + 10, Qt::EditRole));
        QVERIFY(pool.setData(pool.index(0, PoolModel::Count), e.maxCount + 5, Qt::EditRole));
        QCOMPARE(m_doc->scenario().pool[0].count, e.maxCount + 5);
        QCOMPARE(m_doc->scenario().totalVms(),
                 defaultScenario().totalVms() + (e.maxCount + 5 - e.count));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().pool[0].count, e.count);
        QCOMPARE(m_doc->scenario().pool[0].maxCount, e.maxCount + 10);
    }

    void spotNeedsASpotPrice()
    {
        PoolModel pool(m_doc.get());
        const Scenario& s = m_doc->scenario();
        int withSpot = -1;
        int withoutSpot = -1;
        for (int i = 0; i < int(s.pool.size()); ++i) {
            const Offer* o = s.findOffer(s.pool[i].region, s.pool[i].instanceType);
            if (o && o->spotUsdPerHour >= 0 && withSpot < 0 && !s.pool[i].spot)
                withSpot = i;
            if ((!o || o->spotUsdPerHour < 0) && withoutSpot < 0)
                withoutSpot = i;
        }
        if (withSpot >= 0) {
            QVERIFY(pool.setData(pool.index(withSpot, PoolModel::Spot), Qt::Checked,
                                 Qt::CheckStateRole));
            QVERIFY(m_doc->scenario().pool[withSpot].spot);
        }
        if (withoutSpot >= 0) {
            QVERIFY(!pool.setData(pool.index(withoutSpot, PoolModel::Spot), Qt::Checked,
                                  Qt::CheckStateRole));
        }
        QVERIFY2(withSpot >= 0 || withoutSpot >= 0, "default pool has entries");
    }

    void workloadHomeRegionOffersTheRegions()
    {
        WorkloadsModel w(m_doc.get());
        const QStringList choices = w.choices(0, WorkloadsModel::HomeRegion);
        QCOMPARE(choices.size(), int(m_doc->scenario().regions.size()));
        QVERIFY(w.choices(0, WorkloadsModel::RatePerHour).isEmpty());
        QVERIFY(!w.setData(w.index(0, WorkloadsModel::HomeRegion), QStringLiteral("mars:1"),
                           Qt::EditRole));
        QVERIFY(w.setData(w.index(0, WorkloadsModel::HomeRegion), choices.last(), Qt::EditRole));
        QCOMPARE(QString::fromStdString(m_doc->scenario().workloads[0].homeRegion), choices.last());
        QVERIFY(w.setData(w.index(0, WorkloadsModel::RatePerHour), QStringLiteral("12.5"),
                          Qt::EditRole));
        QCOMPARE(m_doc->scenario().workloads[0].arrival.ratePerHour, 12.5);
        QVERIFY(!w.setData(w.index(0, WorkloadsModel::DurationMeanH), 0, Qt::EditRole));
        QVERIFY(!w.setData(w.index(0, WorkloadsModel::DiurnalAmplitude), 1.5, Qt::EditRole));
    }

    void offersKeepSpotBelowOnDemand()
    {
        OffersModel offers(m_doc.get());
        const Offer o = m_doc->scenario().offers[0];
        QVERIFY(!offers.setData(offers.index(0, OffersModel::OnDemand), 0, Qt::EditRole));
        QVERIFY(!offers.setData(offers.index(0, OffersModel::Spot), o.onDemandUsdPerHour * 2,
                                Qt::EditRole));
        QVERIFY(offers.setData(offers.index(0, OffersModel::Spot), -1, Qt::EditRole));
        QCOMPARE(m_doc->scenario().offers[0].spotUsdPerHour, -1.0);
        QVERIFY(!offers.setData(offers.index(0, OffersModel::Spot), -0.5, Qt::EditRole));
    }

    void runSettingsHorizonSeedAndFaults()
    {
        RunSettingsModel m(m_doc.get());
        const auto v = [&](int row) { return m.index(row, RunSettingsModel::Value); };
        QVERIFY(m.setData(v(RunSettingsModel::HorizonHours), QStringLiteral("48"), Qt::EditRole));
        QCOMPARE(m_doc->scenario().settings.horizonHours, 48.0);
        QVERIFY(!m.setData(v(RunSettingsModel::HorizonHours), 0, Qt::EditRole));
        QVERIFY(m.setData(v(RunSettingsModel::Seed), QStringLiteral("18446744073709551615"),
                          Qt::EditRole));
        QCOMPARE(m_doc->scenario().settings.seed, std::uint64_t(18446744073709551615ULL));
        QVERIFY(!m.setData(v(RunSettingsModel::Seed), QStringLiteral("-3"), Qt::EditRole));
        QVERIFY(m.setData(v(RunSettingsModel::VmMtbfHours), 500, Qt::EditRole));
        QCOMPARE(m_doc->scenario().faults.vmMtbfHours, 500.0);
        QCOMPARE(m.index(RunSettingsModel::Seed, RunSettingsModel::Setting).flags() &
                     Qt::ItemIsEditable,
                 Qt::ItemFlags());
        for (int i = 0; i < 3; ++i)
            m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().settings.horizonHours, defaultScenario().settings.horizonHours);
        QCOMPARE(m_doc->scenario().settings.seed, defaultScenario().settings.seed);
    }

    void policySwitchResetsParametersAndUndoes()
    {
        PolicyParamsModel params(m_doc.get());
        const PolicyConfig original = m_doc->scenario().policy;
        m_doc->undoStack()->push(
            new SetPolicyCommand(m_doc.get(), SetPolicyCommand::defaultsFor("threshold")));
        QCOMPARE(m_doc->scenario().policy.name, std::string("threshold"));
        QCOMPARE(params.parameterNames(),
                 (QStringList{QStringLiteral("lower"), QStringLiteral("step"),
                              QStringLiteral("upper")}));
        const int upper = params.parameterNames().indexOf(QStringLiteral("upper"));
        QVERIFY(params.setData(params.index(upper, PolicyParamsModel::Value), 0.9, Qt::EditRole));
        QCOMPARE(m_doc->scenario().policy.params.at("upper"), 0.9);
        QCOMPARE(params.index(upper, PolicyParamsModel::Default).data(Qt::EditRole).toDouble(),
                 0.8);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->scenario().policy.name, original.name);
        QCOMPARE(m_doc->scenario().policy.params, original.params);
    }

    void resetClearsTheStackAndResetsModels()
    {
        RegionsModel regions(m_doc.get());
        QSignalSpy reset(&regions, &QAbstractItemModel::modelReset);
        QVERIFY(regions.setData(regions.index(0, RegionsModel::Pue), 2.0, Qt::EditRole));
        Scenario smaller = defaultScenario();
        smaller.regions.resize(2);
        m_doc->reset(smaller);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(regions.rowCount(), 2);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->isModified());
    }

private:
    std::unique_ptr<ScenarioDocument> m_doc;
};

QTEST_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
