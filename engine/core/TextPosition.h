#pragma once

#include <QByteArray>
#include <QString>

namespace nephos {

/// 1-based line and column of a byte offset in UTF-8 text (columns count characters).
struct TextPosition
{
    int line = 1;
    int column = 1;
};

TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset);

/// "line L, column C" for a byte offset, as error messages quote it.
QString lineColumnText(const QByteArray& utf8, qsizetype offset);

} // namespace nephos
