#pragma once

struct sqlite3;

namespace nephos {

/// `BEGIN IMMEDIATE` … `COMMIT` on one connection (RAII): rolls back unless committed.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(sqlite3* db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    /// False when BEGIN failed (e.g. the database stayed locked for the busy timeout).
    bool ok() const { return m_ok; }
    bool commit();

private:
    sqlite3* m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace nephos
