#include "core/JsonDocument.h"

#include "core/TextPosition.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace nephos {

bool parseJsonObject(const QByteArray& json, QJsonObject& root, QString* error,
                     const QString& prefix)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = prefix + lineColumnText(json, parseError.offset) +
                     QStringLiteral(": invalid JSON: ") + parseError.errorString();
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = prefix + QStringLiteral("$: expected a JSON object");
        return false;
    }
    root = doc.object();
    return true;
}

} // namespace nephos
