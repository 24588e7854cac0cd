#pragma once

#include <QStringList>

namespace nephos {
struct Scenario;
}

namespace nephos::widgets {

/// How two scenarios differ, in words a user recognises: "policy", "regions (PUE, enabled)",
/// "run settings (horizon hours, seed)". Used where two runs are compared.
class ScenarioDifference
{
public:
    /// One phrase per differing part of the scenario; empty when they are the same.
    static QStringList describe(const Scenario& a, const Scenario& b);
    /// The phrases as one sentence, e.g. "The scenarios differ in: policy; regions (PUE)."; an
    /// empty string when they are the same.
    static QString sentence(const Scenario& a, const Scenario& b);
};

} // namespace nephos::widgets
