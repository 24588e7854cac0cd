#pragma once

#include "scenario/ScenarioProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace nephos {

/// Reads the members of one JSON object with path-precise problem reports: wrong types, missing
/// required keys and (on finish()) keys nobody asked for. Values that cannot be read keep the
/// caller's default, and their path is remembered in `failedPaths` so later checks stay quiet.
class ScenarioFieldReader
{
public:
    ScenarioFieldReader(const QJsonObject& object, const QString& path, ScenarioProblems& problems,
                        QSet<QString>& failedPaths);

    /// Path of a member: "settings.seed" (or "seed" at the root).
    QString pathOf(const QString& key) const;
    bool has(const QString& key) const;

    void readString(const QString& key, std::string& out, bool required = false);
    void readNumber(const QString& key, double& out, bool required = false);
    void readInt(const QString& key, int& out, bool required = false);
    void readUInt64(const QString& key, std::uint64_t& out, bool required = false);
    void readBool(const QString& key, bool& out, bool required = false);
    /// An array of strings (problems name the element: "workloads[0].datasets[2]").
    void readStringList(const QString& key, std::vector<std::string>& out, bool required = false);
    /// The member as an object; false (and a problem if required or of the wrong type) otherwise.
    bool object(const QString& key, QJsonObject& out, bool required = false);
    bool array(const QString& key, QJsonArray& out, bool required = false);

    /// Reports every key that no read*() / object() / array() call asked for.
    void finish();

    static QString typeName(const QJsonValue& v);

private:
    const QJsonValue* fetch(const QString& key, bool required);
    void wrongType(const QString& key, const char* expected, const QJsonValue& v);

    QJsonObject m_object;
    QString m_path;
    ScenarioProblems& m_problems;
    QSet<QString>& m_failed;
    QSet<QString> m_known;
    QJsonValue m_current;
};

} // namespace nephos
