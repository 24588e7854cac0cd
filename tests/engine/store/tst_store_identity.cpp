// StoreIdentity / RunStore::open: Nephos stores are marked with PRAGMA application_id, unmarked
// older stores are recognised and marked, and any other SQLite file is refused untouched.
#include "store/RunStore.h"
#include "store/StoreIdentity.h"
#include "store/StoreMigrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>
#include <vector>

using namespace nephos;

namespace {

void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStoreIdentity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// open() must fail naming the file, and leave it byte for byte as it was, with no WAL.
    void expectRefusedUntouched(const QString& file, const char* why)
    {
        const QByteArray before = fileHash(file);
        RunStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("not a Nephos run store")), qPrintable(error));
        QVERIFY2(error.contains(QString::fromLatin1(why)), qPrintable(error));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

private Q_SLOTS:
    void storesOpenedAtOnceOnANewFileAllSeeANephosStore()
    {
        // several processes (here threads with their own connections) creating one store at
        // once: none may take the half-created file for a foreign one (seen in CI)
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("new.sqlite"));
            constexpr int kOpeners = 6;
            std::vector<QString> errors(kOpeners);
            std::vector<std::thread> threads;
            for (int i = 0; i < kOpeners; ++i)
                threads.emplace_back([&, i] {
                    RunStore store;
                    QString error;
                    if (!store.open(path, &error))
                        errors[static_cast<std::size_t>(i)] = error;
                });
            for (std::thread& t : threads)
                t.join();
            for (const QString& e : errors)
                QVERIFY2(e.isEmpty(), qPrintable(e));
        }
    }

    void newStoreIsMarked()
    {
        RunStore store;
        QString error;
        QVERIFY2(store.open(path("new.sqlite"), &error), qPrintable(error));
        QCOMPARE(store.applicationId(), StoreIdentity::applicationId);
        QCOMPARE(store.schemaVersion(), StoreMigrations::latestVersion());
    }

    void emptyFileBecomesAStore()
    {
        QFile f(path("empty.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        RunStore store;
        QString error;
        QVERIFY2(store.open(f.fileName(), &error), qPrintable(error));
        QCOMPARE(store.applicationId(), StoreIdentity::applicationId);
    }

    void foreignTablesAreRefused()
    {
        const QString file = path("notes.sqlite");
        rawExec(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                      "INSERT INTO notes (text) VALUES ('keep me');");
        expectRefusedUntouched(file, "notes");
    }

    void foreignApplicationIdIsRefused()
    {
        const QString file = path("other-app.sqlite");
        rawExec(file, "PRAGMA application_id = 1234; CREATE TABLE runs (x);");
        expectRefusedUntouched(file, "application_id");
    }

    void userVersionWithoutTablesIsRefused()
    {
        const QString file = path("versioned.sqlite");
        rawExec(file, "PRAGMA user_version = 3;");
        expectRefusedUntouched(file, "user_version 3");
    }

    void lookalikeTablesAreRefused()
    {
        // Tables named runs and scenarios, but not ours.
        const QString file = path("lookalike.sqlite");
        rawExec(file,
                "CREATE TABLE runs (a); CREATE TABLE scenarios (b); PRAGMA user_version = 2;");
        expectRefusedUntouched(file, "runs");
    }

    void unmarkedNephosStoreIsMarked()
    {
        const QString file = path("old.sqlite");
        qint64 run = 0;
        {
            RunStore store;
            QVERIFY(store.open(file));
            Scenario s;
            s.name = "old";
            const qint64 sid = store.saveScenario(s);
            run = store.beginRun(sid, "static", 5);
            QVERIFY(run > 0);
        }
        // As written by a build before the mark.
        rawExec(file, "PRAGMA application_id = 0;");
        RunStore store;
        QString error;
        QVERIFY2(store.open(file, &error), qPrintable(error));
        QCOMPARE(store.applicationId(), StoreIdentity::applicationId);
        StoredRun row;
        QVERIFY(store.loadRun(run, row));
        QCOMPARE(row.scenarioName, QStringLiteral("old"));
    }

    void garbageFileIsRefusedUntouched()
    {
        const QString file = path("garbage.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = fileHash(file);
        RunStore store;
        QString error;
        QVERIFY(!store.open(file, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QCOMPARE(fileHash(file), before);
    }

    void emptyPathIsRefused()
    {
        RunStore store;
        QString error;
        QVERIFY(!store.open(QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoreIdentity)
#include "tst_store_identity.moc"
