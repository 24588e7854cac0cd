#include "store/StoreIdentity.h"

#include "store/SqliteStatement.h"

#include <QStringList>

#include <sqlite3.h>

namespace nephos {

namespace {

/// The single integer a PRAGMA returns; false (with the message) on an error.
bool pragmaInt(sqlite3* db, const char* sql, int& value, QString& error)
{
    SqliteStatement q(db, sql);
    if (!q.step()) {
        error = q.error();
        return false;
    }
    value = static_cast<int>(q.int64(0));
    return true;
}

/// The columns every Nephos schema version has (prepared only, never run).
bool hasNephosColumns(sqlite3* db)
{
    return SqliteStatement(db, "SELECT id, name, json, hash, created FROM scenarios LIMIT 0")
               .ok() &&
           SqliteStatement(db, "SELECT id, scenario_id, policy, seed, status, started, finished "
                               "FROM runs LIMIT 0")
               .ok();
}

/// One read transaction around the identity reads (unless the caller has one): read in separate
/// autocommit statements, the PRAGMAs and the table list could straddle another process's
/// store creation and show its tables with user_version 0, i.e. a "foreign" file.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
        , m_own(sqlite3_get_autocommit(db) != 0 &&
                sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {}
    ~ReadSnapshot()
    {
        if (m_own)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_own;
};

} // namespace

StoreIdentity::Result StoreIdentity::classify(sqlite3* db)
{
    Result r;
    const ReadSnapshot snapshot(db);
    if (!pragmaInt(db, "PRAGMA application_id", r.applicationId, r.error) ||
        !pragmaInt(db, "PRAGMA user_version", r.userVersion, r.error))
        return r;
    QStringList tables;
    {
        SqliteStatement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (q.step())
            tables << q.text(0);
        if (q.failed()) {
            r.error = q.error();
            return r;
        }
    }
    r.ok = true;
    if (r.applicationId == applicationId) {
        r.kind = Kind::Nephos;
        return r;
    }
    if (r.applicationId != 0) {
        r.kind = Kind::Foreign;
        r.reason = QStringLiteral("its application_id is 0x%1, not Nephos's 0x%2")
                       .arg(static_cast<quint32>(r.applicationId), 8, 16, QLatin1Char('0'))
                       .arg(static_cast<quint32>(applicationId), 8, 16, QLatin1Char('0'));
        return r;
    }
    if (tables.isEmpty() && r.userVersion == 0) {
        r.kind = Kind::Empty;
        return r;
    }
    if (r.userVersion > 0 && tables.contains(QStringLiteral("scenarios")) &&
        tables.contains(QStringLiteral("runs")) && hasNephosColumns(db)) {
        r.kind = Kind::Unmarked;
        return r;
    }
    r.kind = Kind::Foreign;
    constexpr int kShown = 5;
    QStringList shown = tables.mid(0, kShown);
    if (tables.size() > kShown)
        shown << QStringLiteral("…");
    r.reason =
        tables.isEmpty()
            ? QStringLiteral("it has user_version %1 but no Nephos tables").arg(r.userVersion)
            : QStringLiteral("it holds other tables (%1) and user_version %2")
                  .arg(shown.join(QStringLiteral(", ")))
                  .arg(r.userVersion);
    return r;
}

} // namespace nephos
