#include "scenario/ScenarioFieldReader.h"

#include <cmath>

namespace nephos {

ScenarioFieldReader::ScenarioFieldReader(const QJsonObject& object, const QString& path,
                                         ScenarioProblems& problems, QSet<QString>& failedPaths)
    : m_object(object)
    , m_path(path)
    , m_problems(problems)
    , m_failed(failedPaths)
{}

QString ScenarioFieldReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool ScenarioFieldReader::has(const QString& key) const
{
    return m_object.contains(key);
}

QString ScenarioFieldReader::typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

const QJsonValue* ScenarioFieldReader::fetch(const QString& key, bool required)
{
    m_known.insert(key);
    auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required) {
            m_problems.push_back({pathOf(key), QStringLiteral("missing required key")});
            m_failed.insert(pathOf(key));
        }
        return nullptr;
    }
    m_current = it.value();
    return &m_current;
}

void ScenarioFieldReader::wrongType(const QString& key, const char* expected, const QJsonValue& v)
{
    m_problems.push_back(
        {pathOf(key),
         QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(v))});
    m_failed.insert(pathOf(key));
}

void ScenarioFieldReader::readString(const QString& key, std::string& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    if (!v->isString())
        return wrongType(key, "a string", *v);
    out = v->toString().toStdString();
}

void ScenarioFieldReader::readStringList(const QString& key, std::vector<std::string>& out,
                                         bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    if (!v->isArray())
        return wrongType(key, "an array of strings", *v);
    const QJsonArray a = v->toArray();
    std::vector<std::string> items;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString()) {
            const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            m_problems.push_back(
                {path, QStringLiteral("expected a string, got %1").arg(typeName(a.at(i)))});
            m_failed.insert(path);
            continue;
        }
        items.push_back(a.at(i).toString().toStdString());
    }
    out = std::move(items);
}

void ScenarioFieldReader::readNumber(const QString& key, double& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    if (!v->isDouble())
        return wrongType(key, "a number", *v);
    out = v->toDouble();
}

void ScenarioFieldReader::readInt(const QString& key, int& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    if (!v->isDouble())
        return wrongType(key, "an integer", *v);
    const double d = v->toDouble();
    if (d != std::floor(d) || std::fabs(d) > 2147483647.0) {
        m_problems.push_back(
            {pathOf(key), QStringLiteral("expected an integer, got %1").arg(d, 0, 'g', 12)});
        m_failed.insert(pathOf(key));
        return;
    }
    out = static_cast<int>(d);
}

void ScenarioFieldReader::readUInt64(const QString& key, std::uint64_t& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    // Numbers are exact up to 2^53; larger seeds are written as decimal strings.
    if (v->isString()) {
        bool ok = false;
        const qulonglong n = v->toString().toULongLong(&ok);
        if (ok) {
            out = n;
            return;
        }
    } else if (v->isDouble()) {
        const double d = v->toDouble();
        if (d >= 0 && d == std::floor(d) && d <= 9007199254740992.0) {
            out = static_cast<std::uint64_t>(d);
            return;
        }
    }
    m_problems.push_back(
        {pathOf(key),
         QStringLiteral("expected a non-negative integer (or a decimal string), got %1")
             .arg(v->isDouble() ? QString::number(v->toDouble(), 'g', 17) : typeName(*v))});
    m_failed.insert(pathOf(key));
}

void ScenarioFieldReader::readBool(const QString& key, bool& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return;
    if (!v->isBool())
        return wrongType(key, "a boolean", *v);
    out = v->toBool();
}

bool ScenarioFieldReader::object(const QString& key, QJsonObject& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return false;
    if (!v->isObject()) {
        wrongType(key, "an object", *v);
        return false;
    }
    out = v->toObject();
    return true;
}

bool ScenarioFieldReader::array(const QString& key, QJsonArray& out, bool required)
{
    const QJsonValue* v = fetch(key, required);
    if (!v)
        return false;
    if (!v->isArray()) {
        wrongType(key, "an array", *v);
        return false;
    }
    out = v->toArray();
    return true;
}

void ScenarioFieldReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            m_problems.push_back({pathOf(it.key()), QStringLiteral("unknown key")});
    }
}

} // namespace nephos
