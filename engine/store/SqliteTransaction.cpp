#include "store/SqliteTransaction.h"

#include <sqlite3.h>

namespace nephos {

SqliteTransaction::SqliteTransaction(sqlite3* db)
    : m_db(db)
{
    m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_ok && !m_done)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteTransaction::commit()
{
    m_done = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    return m_done;
}

} // namespace nephos
