#pragma once

#include <QString>

struct sqlite3;

namespace nephos {

/// Tells a Nephos run store from any other SQLite file before anything is written to it.
/// Nephos stores carry `PRAGMA application_id` = applicationId; stores written before the mark
/// existed are recognised by their tables (scenarios, runs) and a user_version > 0, and get
/// marked by the next migration. Every other non-empty database is foreign and left untouched.
class StoreIdentity
{
public:
    /// 'NPHS'.
    static constexpr int applicationId = 0x4E504853;

    enum class Kind {
        Empty,    ///< no tables, no marks: a new store may be created in it
        Nephos,   ///< marked with applicationId
        Unmarked, ///< a Nephos store from before the mark (tables scenarios and runs)
        Foreign,  ///< anything else: refuse
    };

    struct Result
    {
        bool ok = false; ///< false when the file could not be read (see error)
        Kind kind = Kind::Foreign;
        int applicationId = 0;
        int userVersion = 0;
        QString error;  ///< why reading failed (SQLite's message)
        QString reason; ///< for Foreign: what makes it foreign, for a message
    };

    /// Reads the marks and the table names of an open connection; writes nothing.
    static Result classify(sqlite3* db);
};

} // namespace nephos
