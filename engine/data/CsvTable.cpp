#include "data/CsvTable.h"

#include "core/TextPosition.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace nephos {

namespace {

/// Byte offset of the first invalid UTF-8 sequence, or -1.
int firstInvalidUtf8(const QByteArray& b)
{
    const int n = b.size();
    int i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(b.at(i));
        int extra = 0;
        unsigned int minCode = 0;
        unsigned int code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minCode = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minCode = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minCode = 0x10000;
            code = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const auto d = static_cast<unsigned char>(b.at(i + k));
            if ((d & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (d & 0x3F);
        }
        if (code < minCode || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

bool CsvTable::read(const QString& path, CsvTable& out, QString* error)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                path + QStringLiteral(": cannot read: ") +
                (QFileInfo::exists(path) ? file.errorString() : QStringLiteral("no such file"));
        return false;
    }
    return parse(file.readAll(), path, out, error);
}

bool CsvTable::parse(const QByteArray& raw, const QString& origin, CsvTable& out, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = origin + QStringLiteral(": ") + message;
        return false;
    };
    QByteArray bytes = raw;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(QStringLiteral("UTF-16 text; expected UTF-8 (save the file as UTF-8)"));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const int nul = bytes.indexOf('\0');
    if (nul >= 0)
        return fail(lineColumnText(bytes, nul) +
                    QStringLiteral(": NUL byte; binary data or UTF-16 text, expected UTF-8"));
    const int bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return fail(lineColumnText(bytes, bad) +
                    QStringLiteral(": invalid UTF-8 byte 0x%1 (Latin-1 or another encoding?); "
                                   "expected UTF-8")
                        .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0')));
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return fail(QStringLiteral("empty file (expected a header row)"));

    CsvTable table;
    table.m_origin = origin;
    std::vector<Row> records;
    Row current;
    QString fieldText;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;
    const int n = text.size();
    auto endField = [&]() {
        current.fields.append(fieldQuoted ? fieldText : fieldText.trimmed());
        fieldText.clear();
        fieldQuoted = false;
    };
    auto endRecord = [&]() {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.push_back(current);
        current = Row();
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    fieldText += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                fieldText += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && fieldText.trimmed().isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            fieldText.clear();
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else if (fieldQuoted) {
            if (!c.isSpace())
                return fail(QStringLiteral("line %1, column %2: text after a closing quote")
                                .arg(line)
                                .arg(current.fields.size() + 1));
        } else {
            fieldText += c;
        }
    }
    if (inQuotes)
        return fail(QStringLiteral("line %1: quoted field never closed").arg(quoteLine));
    endRecord();
    if (records.empty())
        return fail(QStringLiteral("empty file (expected a header row)"));

    table.m_header = records.front().fields;
    for (QString& h : table.m_header)
        h = h.trimmed();
    for (int c = 0; c < table.m_header.size(); ++c) {
        if (table.m_header.at(c).isEmpty() && table.m_header.size() > 1 &&
            c != table.m_header.size() - 1)
            continue; // unnamed columns (e.g. a pandas index) are tolerated
        for (int d = 0; d < c; ++d)
            if (!table.m_header.at(c).isEmpty() && table.m_header.at(d) == table.m_header.at(c))
                return fail(QStringLiteral("line %1, column %2: duplicate column name \"%3\"")
                                .arg(records.front().line)
                                .arg(c + 1)
                                .arg(table.m_header.at(c)));
    }
    const int width = static_cast<int>(table.m_header.size());
    for (std::size_t r = 1; r < records.size(); ++r) {
        const int fields = static_cast<int>(records[r].fields.size());
        if (fields < width)
            return fail(QStringLiteral("line %1: truncated row: %2 fields, the header has %3 "
                                       "(first missing column \"%4\")")
                            .arg(records[r].line)
                            .arg(fields)
                            .arg(width)
                            .arg(table.m_header.at(fields)));
        if (fields > width)
            return fail(QStringLiteral("line %1: %2 fields, the header has only %3 (unquoted "
                                       "comma?)")
                            .arg(records[r].line)
                            .arg(fields)
                            .arg(width));
        table.m_rows.push_back(std::move(records[r]));
    }
    out = std::move(table);
    return true;
}

int CsvTable::column(const QString& name) const
{
    return static_cast<int>(m_header.indexOf(name));
}

bool CsvTable::requireColumns(const QStringList& names, QString* error) const
{
    for (const QString& name : names) {
        if (column(name) < 0) {
            if (error)
                *error = m_origin + QStringLiteral(": line 1: missing column \"%1\" (found: %2)")
                                        .arg(name, m_header.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

QString CsvTable::field(int row, int column) const
{
    if (column < 0)
        return QString();
    return m_rows[static_cast<std::size_t>(row)].fields.at(column);
}

QString CsvTable::where(int row, int column) const
{
    return m_origin + QStringLiteral(": line %1, column %2 (%3)")
                          .arg(lineOf(row))
                          .arg(column + 1)
                          .arg(column >= 0 ? m_header.at(column) : QString());
}

bool CsvTable::number(int row, int column, double& value, QString* error, bool allowEmpty,
                      double fallback) const
{
    const QString text = field(row, column);
    if (text.isEmpty()) {
        if (allowEmpty) {
            value = fallback;
            return true;
        }
        if (error)
            *error = where(row, column) + QStringLiteral(": empty, expected a number");
        return false;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        if (error)
            *error = where(row, column) + QStringLiteral(": \"%1\" is not a number").arg(text);
        return false;
    }
    value = v;
    return true;
}

bool CsvTable::integer(int row, int column, long long& value, QString* error) const
{
    double v = 0.0;
    if (!number(row, column, v, error))
        return false;
    if (std::floor(v) != v || std::fabs(v) > 9.0e15) {
        if (error)
            *error = where(row, column) +
                     QStringLiteral(": \"%1\" is not a whole number").arg(field(row, column));
        return false;
    }
    value = static_cast<long long>(v);
    return true;
}

} // namespace nephos
