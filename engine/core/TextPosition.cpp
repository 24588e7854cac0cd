#include "core/TextPosition.h"

#include <algorithm>

namespace nephos {

TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    TextPosition pos;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++pos.column;
        }
    }
    return pos;
}

QString lineColumnText(const QByteArray& utf8, qsizetype offset)
{
    const TextPosition pos = textPositionAt(utf8, offset);
    return QStringLiteral("line %1, column %2").arg(pos.line).arg(pos.column);
}

} // namespace nephos
