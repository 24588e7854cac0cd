#include "store/RunStore.h"

#include "store/ProcessIdentity.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"
#include "store/StoreIdentity.h"
#include "store/StoreMigrations.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <thread>

// Opening, identity, migrations, kill recovery and the write retry; the writes and reads of runs
// are in RunStoreWrites.cpp and RunStoreReads.cpp.
namespace nephos {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/runs.sqlite");
}

RunStore::RunStore() = default;

RunStore::~RunStore()
{
    close();
}

void RunStore::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool RunStore::exec(const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    setError(error,
             QStringLiteral("%1: %2").arg(m_path, QString::fromUtf8(message ? message : "")));
    sqlite3_free(message);
    return false;
}

int RunStore::lastError(QString* message) const
{
    if (!m_db) {
        *message = QStringLiteral("the run store is not open");
        return SQLITE_MISUSE;
    }
    *message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = sqlite3_extended_errcode(m_db) & 0xff;
    return code == SQLITE_OK ? SQLITE_ERROR : code;
}

bool RunStore::readFailed(const QString& message, QString* error) const
{
    setError(error, QStringLiteral("%1: %2").arg(m_path, message));
    return false;
}

void RunStore::setWriteRetry(int busyTimeoutMs, int retryBudgetMs)
{
    m_busyTimeoutMs = std::max(0, busyTimeoutMs);
    m_retryBudgetMs = std::max(0, retryBudgetMs);
    if (m_db)
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

bool RunStore::writeWithRetry(const WriteAttempt& attempt, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    int delayMs = 50;
    int attempts = 0;
    for (;;) {
        QString message;
        const int rc = attempt(&message);
        ++attempts;
        if (rc == SQLITE_OK)
            return true;
        const bool busy = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
        const qint64 left = m_retryBudgetMs - clock.elapsed();
        if (!busy || left <= 0) {
            if (busy)
                message += QStringLiteral(" (still locked after %1 attempts in %2 s)")
                               .arg(attempts)
                               .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
            setError(error, QStringLiteral("%1: %2").arg(m_path, message));
            return false;
        }
        // Exponential backoff with jitter so that waiting writers do not retry in lockstep.
        const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(delayMs / 2 + 1));
        const qint64 sleepMs = std::min<qint64>(delayMs + jitter, left);
        std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
        delayMs = std::min(delayMs * 2, 2000);
    }
}

bool RunStore::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    m_recovered = 0;
    if (path.isEmpty()) {
        setError(error, QStringLiteral("the run store path is empty"));
        return false;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        setError(error, QStringLiteral("cannot create directory %1").arg(dir));
        return false;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        setError(error, QStringLiteral("cannot open %1: %2")
                            .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "")));
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
    // Identity first: nothing (not even the journal mode) is written to a foreign database.
    // Processes opening a new store at once can get SQLITE_BUSY at once here (the journal-mode
    // switch and lock upgrades do not wait for the busy timeout): try again after a pause.
    for (int attempt = 0;; ++attempt) {
        QString message;
        if (checkIdentity(&message) && exec("PRAGMA foreign_keys = ON", &message) &&
            exec("PRAGMA journal_mode = WAL", &message) &&
            exec("PRAGMA synchronous = NORMAL", &message))
            break;
        const int code = sqlite3_errcode(m_db) & 0xff;
        if ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && attempt < 200) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5 + 5 * (attempt % 10)));
            continue;
        }
        setError(error, message);
        close();
        return false;
    }
    if (!writeWithRetry([this](QString* m) { return migrateOnce(m); }, error) ||
        recoverInterrupted(error) < 0) {
        close();
        return false;
    }
    return true;
}

bool RunStore::checkIdentity(QString* error)
{
    const StoreIdentity::Result id = StoreIdentity::classify(m_db);
    if (!id.ok) {
        setError(error, QStringLiteral("cannot read %1: %2").arg(m_path, id.error));
        return false;
    }
    if (id.kind == StoreIdentity::Kind::Foreign) {
        setError(error, QStringLiteral("%1 is not a Nephos run store (%2); it was left unchanged")
                            .arg(m_path, id.reason));
        return false;
    }
    return true;
}

int RunStore::schemaVersion() const
{
    SqliteStatement q(m_db, "PRAGMA user_version");
    return q.step() ? static_cast<int>(q.int64(0)) : -1;
}

QString RunStore::journalMode() const
{
    SqliteStatement q(m_db, "PRAGMA journal_mode");
    return q.step() ? q.text(0) : QString();
}

int RunStore::applicationId() const
{
    SqliteStatement q(m_db, "PRAGMA application_id");
    return q.step() ? static_cast<int>(q.int64(0)) : 0;
}

int RunStore::migrateOnce(QString* message)
{
    SqliteTransaction tx(m_db);
    if (!tx.ok())
        return lastError(message);
    // Again inside the transaction: another process may have created the store meanwhile.
    const StoreIdentity::Result id = StoreIdentity::classify(m_db);
    if (!id.ok)
        return lastError(message);
    if (id.kind == StoreIdentity::Kind::Foreign) {
        *message =
            QStringLiteral("not a Nephos run store (%1); it was left unchanged").arg(id.reason);
        return SQLITE_ERROR;
    }
    const int current = id.userVersion;
    const int latest = StoreMigrations::latestVersion();
    if (current < 0 || current > latest) {
        *message = QStringLiteral("schema version %1 is not supported (this build knows up to %2)")
                       .arg(current)
                       .arg(latest);
        return SQLITE_ERROR;
    }
    auto run = [&](const char* sql) {
        return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    for (int v = current; v < latest; ++v)
        if (!run(StoreMigrations::steps()[static_cast<std::size_t>(v)]))
            return lastError(message);
    // PRAGMA takes no parameters; the values are integers we control.
    if (current != latest &&
        !run(QByteArray("PRAGMA user_version = " + QByteArray::number(latest)).constData()))
        return lastError(message);
    if (id.kind != StoreIdentity::Kind::Nephos &&
        !run(QByteArray("PRAGMA application_id = " +
                        QByteArray::number(StoreIdentity::applicationId))
                 .constData()))
        return lastError(message);
    if (!tx.commit())
        return lastError(message);
    return SQLITE_OK;
}

int RunStore::recoverInterrupted(QString* error)
{
    std::vector<std::int64_t> dead;
    {
        SqliteStatement q(m_db, "SELECT id, pid, start_token FROM runs WHERE status = 'running'");
        while (q.step()) {
            if (!ProcessIdentity::isAlive(q.isNull(1) ? 0 : q.int64(1), q.text(2)))
                dead.push_back(q.int64(0));
        }
        if (q.failed()) {
            setError(error, QStringLiteral("%1: %2").arg(m_path, q.error()));
            return -1;
        }
    }
    for (std::int64_t id : dead) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const bool ok = writeWithRetry(
            [&](QString* message) {
                SqliteStatement u(m_db, "UPDATE runs SET status = 'interrupted', finished = ?1 "
                                        "WHERE id = ?2 AND status = 'running'");
                return u.bind(1, now).bind(2, id).exec() ? int(SQLITE_OK) : lastError(message);
            },
            error);
        if (!ok)
            return -1;
        ++m_recovered;
    }
    return m_recovered;
}

} // namespace nephos
