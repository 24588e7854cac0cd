#include "app/MainWindow.h"
#include "app/ScenarioAutosave.h"
#include "editor/RegionsModel.h"
#include "editor/ScenarioDocument.h"
#include "editor/ScenarioEditorDocks.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioJson.h"

#include "WindowOptions.h"

#include <QCloseEvent>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace nephos;
using namespace nephos::widgets;

// Unsaved edits survive a crash or a kill: they are written to an autosave copy while the
// document is modified, offered at the next start, and the copy goes away on a save or a clean
// exit.
class TestAutosave : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        MainWindow::Options o = nephos::test::windowOptions(*m_dir);
        o.autosave = true;
        o.autosaveDirectory = m_dir->filePath(QStringLiteral("autosave"));
        o.autosaveIntervalMs = 50;
        auto w = std::make_unique<MainWindow>(o);
        w->setDiscardPrompt([](const QString&) { return QMessageBox::Discard; });
        w->setRecoveryPrompt([this](const QString& name, const QDateTime& savedAt) {
            m_promptedName = name;
            m_promptedAt = savedAt;
            return m_recoverAnswer;
        });
        return w;
    }

    static void editPue(MainWindow& w, double pue)
    {
        RegionsModel* regions = w.editor()->regions();
        QVERIFY(regions->setData(regions->index(0, RegionsModel::Pue), pue, Qt::EditRole));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QMessageBox::StandardButton m_recoverAnswer = QMessageBox::Yes;
    QString m_promptedName;
    QDateTime m_promptedAt;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_recoverAnswer = QMessageBox::Yes;
        m_promptedName.clear();
    }

    void unmodifiedDocumentsAreNotWritten()
    {
        auto w = makeWindow();
        QVERIFY(w->autosave()->isActive());
        QTest::qWait(200);
        QVERIFY(!QFile::exists(w->autosave()->autosavePath()));
        QVERIFY(!w->offerRecovery());
    }

    void editsSurviveAKillAndAreRecoveredAsOneUndoableStep()
    {
        QString path;
        {
            auto w = makeWindow();
            editPue(*w, 1.42);
            path = w->autosave()->autosavePath();
            QTRY_VERIFY(QFile::exists(path));
            // killed: the window goes away without a close event
        }
        QVERIFY(QFile::exists(path));
        auto w = makeWindow();
        QVERIFY(w->autosave()->recoverable());
        QCOMPARE(w->document()->scenario().regions[0].pue, defaultScenario().regions[0].pue);
        QVERIFY(w->offerRecovery());
        QCOMPARE(m_promptedName, QStringLiteral("Untitled"));
        QVERIFY(m_promptedAt.isValid());
        QCOMPARE(w->document()->scenario().regions[0].pue, 1.42);
        QVERIFY(w->document()->isModified());
        QVERIFY(!w->autosave()->recoverable()); // offered once
        QVERIFY(QFile::exists(path));           // and protected again straight away
        w->document()->undoStack()->undo();
        QCOMPARE(w->document()->scenario().regions[0].pue, defaultScenario().regions[0].pue);
        QTRY_VERIFY(!QFile::exists(path)); // back to the clean default: nothing to keep
    }

    void recoveryKeepsTheFileItWasEditedFrom()
    {
        const QString file = m_dir->filePath(QStringLiteral("mine.json"));
        QVERIFY(ScenarioJson::save(file, defaultScenario()));
        {
            auto w = makeWindow();
            QVERIFY(w->openScenarioFile(file));
            editPue(*w, 1.37);
            QTRY_VERIFY(QFile::exists(w->autosave()->autosavePath()));
        }
        auto w = makeWindow();
        QVERIFY(w->offerRecovery());
        QCOMPARE(m_promptedName, QStringLiteral("mine.json"));
        QCOMPARE(w->document()->filePath(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(w->document()->scenario().regions[0].pue, 1.37);
        // a save makes the copy unnecessary
        QVERIFY(w->saveScenarioFile(file));
        QVERIFY(!QFile::exists(w->autosave()->autosavePath()));
    }

    void refusedRecoveryIsNotOfferedAgain()
    {
        {
            auto w = makeWindow();
            editPue(*w, 1.5);
            QTRY_VERIFY(QFile::exists(w->autosave()->autosavePath()));
        }
        m_recoverAnswer = QMessageBox::No;
        {
            auto w = makeWindow();
            QVERIFY(!w->offerRecovery());
            QCOMPARE(w->document()->scenario().regions[0].pue, defaultScenario().regions[0].pue);
        }
        auto w = makeWindow();
        QVERIFY(!w->autosave()->recoverable());
    }

    void aCleanExitLeavesNothingBehind()
    {
        {
            auto w = makeWindow();
            editPue(*w, 1.6);
            QTRY_VERIFY(QFile::exists(w->autosave()->autosavePath()));
            QVERIFY(w->close()); // "Discard" at the unsaved-changes prompt
            QVERIFY(!QFile::exists(w->autosave()->autosavePath()));
        }
        auto w = makeWindow();
        QVERIFY(!w->autosave()->recoverable());
    }

    void aSecondSessionLeavesTheFirstOnesCopyAlone()
    {
        auto first = makeWindow();
        editPue(*first, 1.44);
        QTRY_VERIFY(QFile::exists(first->autosave()->autosavePath()));
        auto second = makeWindow();
        QVERIFY(!second->autosave()->isActive());
        QVERIFY(!second->offerRecovery());
        QVERIFY(QFile::exists(first->autosave()->autosavePath()));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
