#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <string>
#include <utility>

namespace nephos {

/// Reads typed fields from one JSON object and remembers the first problem with its JSON path
/// ("offers[3].region: expected a string"). After a failure every getter returns its default.
class JsonFieldReader
{
public:
    JsonFieldReader(QString path, QJsonObject object);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// Records a problem with member `key` of this object (first problem wins).
    void fail(const QString& key, const QString& problem);

    std::string requireString(const QString& key);
    std::string optString(const QString& key, const std::string& fallback);
    double requireNumber(const QString& key, double min, double max);
    double optNumber(const QString& key, double fallback, double min, double max);
    int optInt(const QString& key, int fallback, int min, int max);
    bool optBool(const QString& key, bool fallback);

    /// Calls fn for each object in the array `key` of `parent` (a missing array is empty).
    bool forEachObject(const QJsonObject& parent, const QString& key,
                       const std::function<void(JsonFieldReader&)>& fn);
    /// Calls fn for each member of the object `key` whose values are objects.
    bool forEachMember(const QJsonObject& parent, const QString& key,
                       const std::function<void(const QString&, JsonFieldReader&)>& fn);
    /// Calls fn for each member of the object `key` whose values are strings.
    bool forEachString(const QJsonObject& parent, const QString& key,
                       const std::function<void(const QString&, const QString&)>& fn);

    QString pathOf(const QString& key) const;

private:
    double number(const QString& key, double min, double max);

    QString m_path;
    QJsonObject m_object;
    QString m_error;
};

} // namespace nephos
