#include "data/JsonFieldReader.h"

#include <QJsonArray>

#include <cmath>

namespace nephos {

JsonFieldReader::JsonFieldReader(QString path, QJsonObject object)
    : m_path(std::move(path))
    , m_object(std::move(object))
{}

QString JsonFieldReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::fail(const QString& key, const QString& problem)
{
    if (m_error.isEmpty())
        m_error = pathOf(key) + QStringLiteral(": ") + problem;
}

std::string JsonFieldReader::requireString(const QString& key)
{
    if (!ok())
        return {};
    if (!m_object.contains(key)) {
        fail(key, QStringLiteral("missing (expected a string)"));
        return {};
    }
    return optString(key, std::string());
}

std::string JsonFieldReader::optString(const QString& key, const std::string& fallback)
{
    if (!ok() || !m_object.contains(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(key, QStringLiteral("expected a string"));
        return fallback;
    }
    return v.toString().toStdString();
}

double JsonFieldReader::number(const QString& key, double min, double max)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        fail(key, QStringLiteral("expected a number"));
        return 0.0;
    }
    const double x = v.toDouble();
    if (!std::isfinite(x) || x < min || x > max) {
        fail(key, QStringLiteral("%1 is out of range [%2, %3]").arg(x).arg(min).arg(max));
        return 0.0;
    }
    return x;
}

double JsonFieldReader::requireNumber(const QString& key, double min, double max)
{
    if (!ok())
        return 0.0;
    if (!m_object.contains(key)) {
        fail(key, QStringLiteral("missing (expected a number)"));
        return 0.0;
    }
    return number(key, min, max);
}

double JsonFieldReader::optNumber(const QString& key, double fallback, double min, double max)
{
    if (!ok() || !m_object.contains(key))
        return fallback;
    const double x = number(key, min, max);
    return ok() ? x : fallback;
}

int JsonFieldReader::optInt(const QString& key, int fallback, int min, int max)
{
    if (!ok() || !m_object.contains(key))
        return fallback;
    const double x = number(key, min, max);
    if (ok() && std::floor(x) != x)
        fail(key, QStringLiteral("expected a whole number, got %1").arg(x));
    return ok() ? static_cast<int>(x) : fallback;
}

bool JsonFieldReader::optBool(const QString& key, bool fallback)
{
    if (!ok() || !m_object.contains(key))
        return fallback;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        fail(key, QStringLiteral("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

bool JsonFieldReader::forEachObject(const QJsonObject& parent, const QString& key,
                                    const std::function<void(JsonFieldReader&)>& fn)
{
    if (!ok() || !parent.contains(key))
        return ok();
    const QJsonValue v = parent.value(key);
    if (!v.isArray()) {
        fail(key, QStringLiteral("expected an array"));
        return false;
    }
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString itemPath = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            if (m_error.isEmpty())
                m_error = itemPath + QStringLiteral(": expected an object");
            return false;
        }
        JsonFieldReader item(itemPath, array.at(i).toObject());
        fn(item);
        if (!item.ok()) {
            m_error = item.error();
            return false;
        }
    }
    return true;
}

bool JsonFieldReader::forEachMember(const QJsonObject& parent, const QString& key,
                                    const std::function<void(const QString&, JsonFieldReader&)>& fn)
{
    if (!ok() || !parent.contains(key))
        return ok();
    const QJsonValue v = parent.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return false;
    }
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString memberPath = pathOf(key) + QLatin1Char('.') + it.key();
        if (!it.value().isObject()) {
            m_error = memberPath + QStringLiteral(": expected an object");
            return false;
        }
        JsonFieldReader member(memberPath, it.value().toObject());
        fn(it.key(), member);
        if (!member.ok()) {
            m_error = member.error();
            return false;
        }
    }
    return true;
}

bool JsonFieldReader::forEachString(const QJsonObject& parent, const QString& key,
                                    const std::function<void(const QString&, const QString&)>& fn)
{
    if (!ok() || !parent.contains(key))
        return ok();
    const QJsonValue v = parent.value(key);
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object"));
        return false;
    }
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            m_error =
                pathOf(key) + QLatin1Char('.') + it.key() + QStringLiteral(": expected a string");
            return false;
        }
        fn(it.key(), it.value().toString());
    }
    return true;
}

} // namespace nephos
