#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace nephos {

/// A CSV file held in memory: RFC 4180 quoting (quoted fields may hold commas, quotes and line
/// breaks), LF / CRLF / CR line ends, optional UTF-8 BOM, blank lines ignored. Only UTF-8 text
/// is accepted; UTF-16 or invalid UTF-8 (e.g. Latin-1 bytes) is an error naming line and column.
/// Columns are found by header name, so extra columns and any column order are fine.
class CsvTable
{
public:
    /// Reads a whole file. Errors: "<file>: cannot read", "<file>: empty file", encoding and
    /// syntax problems with line and column.
    static bool read(const QString& path, CsvTable& out, QString* error);
    /// Parses text; `origin` (a file name) prefixes every message.
    static bool parse(const QByteArray& bytes, const QString& origin, CsvTable& out,
                      QString* error);

    const QString& origin() const { return m_origin; }
    const QStringList& header() const { return m_header; }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// Index of a column (exact name, surrounding spaces ignored), -1 when absent.
    int column(const QString& name) const;
    /// True when every named column exists; otherwise sets *error naming the first missing one.
    bool requireColumns(const QStringList& names, QString* error) const;

    /// Field text (trimmed of surrounding blanks); column -1 gives an empty string.
    QString field(int row, int column) const;
    /// Line (1-based) where a data row starts in the file.
    int lineOf(int row) const { return m_rows[static_cast<std::size_t>(row)].line; }
    /// "<file>: line L, column C (name)" for messages.
    QString where(int row, int column) const;

    /// Parses a number; an empty field gives `fallback` when allowEmpty, else an error.
    bool number(int row, int column, double& value, QString* error, bool allowEmpty = false,
                double fallback = 0.0) const;
    /// Parses a whole number (also "8.0").
    bool integer(int row, int column, long long& value, QString* error) const;

private:
    struct Row
    {
        int line = 0;
        QStringList fields;
    };
    QString m_origin;
    QStringList m_header;
    std::vector<Row> m_rows;
};

} // namespace nephos
