#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace nephos {

/// One prepared SQLite statement (RAII). Bind 1-based parameters, then step() until false.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bindBlob(int index, const QByteArray& value);
    SqliteStatement& bindNull(int index);

    /// True while a row is available; false when done or on error (see failed()).
    bool step();
    /// step() once and report whether it succeeded (for INSERT / UPDATE / DELETE).
    bool exec();
    bool failed() const { return m_failed; }
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    /// The connection's last error message.
    QString error() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace nephos
