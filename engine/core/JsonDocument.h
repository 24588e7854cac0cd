#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nephos {

/// Parses a JSON document whose root must be an object. On failure `error` (if given) gets
/// "<prefix>line L, column C: invalid JSON: <reason>" or "<prefix>$: expected a JSON object".
bool parseJsonObject(const QByteArray& json, QJsonObject& root, QString* error,
                     const QString& prefix = QString());

} // namespace nephos
