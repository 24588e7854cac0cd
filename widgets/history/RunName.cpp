#include "history/RunName.h"

#include "history/ScenarioDifference.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QStringList>

namespace nephos::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nephos::widgets::RunName", text);
}

} // namespace

QString RunName::changes(const Scenario& scenario, const Scenario& opened)
{
    // Compare without policy and seed: the name states both anyway.
    Scenario a = opened;
    a.policy = scenario.policy;
    a.settings.seed = scenario.settings.seed;
    a.name = scenario.name;
    const QStringList parts = ScenarioDifference::describe(a, scenario);
    if (parts.isEmpty())
        return {};
    QStringList shown = parts.mid(0, 2);
    if (parts.size() > 2)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral("; "));
}

QString RunName::fallback(const QString& scenarioName, const QString& policy, std::uint64_t seed)
{
    const QString scenario = scenarioName.isEmpty() ? tr("Untitled scenario") : scenarioName;
    return tr("%1 · %2 · seed %3").arg(scenario, policy).arg(seed);
}

QString RunName::make(const Scenario& scenario, const Scenario* opened, const std::string& policy,
                      std::uint64_t seed)
{
    QString base =
        scenario.name.empty() ? tr("Untitled scenario") : QString::fromStdString(scenario.name);
    if (opened) {
        const QString changed = changes(scenario, *opened);
        if (!changed.isEmpty())
            base = tr("%1 (edited: %2)").arg(base, changed);
    }
    return fallback(base, QString::fromStdString(policy.empty() ? scenario.policy.name : policy),
                    seed);
}

} // namespace nephos::widgets
