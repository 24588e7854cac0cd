#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace nephos {
struct Scenario;
}

namespace nephos::widgets {

/// The name a run gets when it is stored, in words a user recognises: the scenario's name, what
/// was changed since it was opened, the policy and the seed, e.g.
/// "Paper setup: 3 clouds… (edited: regions (enabled)) · cheapest · seed 42". The user can edit
/// it in the run history.
class RunName
{
public:
    /// `opened` is the scenario as it was opened or last saved (nullptr: nothing to compare).
    static QString make(const nephos::Scenario& scenario, const nephos::Scenario* opened,
                        const std::string& policy, std::uint64_t seed);
    /// The name shown for a stored run without one: "scenario · policy · seed N".
    static QString fallback(const QString& scenarioName, const QString& policy, std::uint64_t seed);
    /// What changed, shortened for a name: at most two parts, "regions (enabled); VM pool; …";
    /// empty when nothing did. The policy and the seed are left out (the name has them).
    static QString changes(const nephos::Scenario& scenario, const nephos::Scenario& opened);
};

} // namespace nephos::widgets
