#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace nephos {

/// Scenario <-> JSON (format: docs/scenario-format.md, "version": 1).
/// Loading reports every problem it finds (syntax with line and column, unknown keys, wrong types,
/// missing keys, then ScenarioValidator's checks), each naming its JSON path.
class ScenarioJson
{
public:
    static constexpr int formatVersion = 1;

    /// Parses and validates `json`. True when there is no problem; `out` is filled as far as
    /// possible either way. `knownPolicies`, when given, also checks policy.name.
    static bool fromJson(const QByteArray& json, Scenario& out, ScenarioProblems& problems,
                         const std::vector<std::string>* knownPolicies = nullptr);
    /// As fromJson() for a file; an unreadable file is one problem naming the file.
    static bool load(const QString& path, Scenario& out, ScenarioProblems& problems,
                     const std::vector<std::string>* knownPolicies = nullptr);

    static QJsonObject toJsonObject(const Scenario& scenario);
    /// Indented UTF-8 JSON; fromJson(toJson(s)) reproduces s exactly.
    static QByteArray toJson(const Scenario& scenario);
    static bool save(const QString& path, const Scenario& scenario, QString* error = nullptr);

    /// Distribution kinds as written in JSON: "fixed", "exponential", "lognormal", "uniform".
    static QString distributionKindKey(Distribution::Kind kind);
    static bool distributionKindFromKey(const QString& key, Distribution::Kind& out);
};

} // namespace nephos
