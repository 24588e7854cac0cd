#pragma once

#include <QString>

#include <vector>

namespace nephos {

/// One thing wrong with a scenario: the JSON path it concerns (e.g. "workloads[2].duration.mean_h",
/// empty for the document as a whole) and what is wrong ("must be > 0, got -3").
struct ScenarioProblem
{
    QString path;
    QString message;

    /// "path: message", or just the message when the path is empty.
    QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

using ScenarioProblems = std::vector<ScenarioProblem>;

} // namespace nephos
