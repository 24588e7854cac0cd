#include "editor/ScenarioEdits.h"

#include "editor/ScenarioDocument.h"
#include "editor/SnapshotCommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace nephos::widgets {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ScenarioEdits", text, nullptr, n);
}

/// Removes the given indices (any order, duplicates and out-of-range ignored); false if none.
template <typename T> bool eraseRows(std::vector<T>& v, const QList<int>& rows)
{
    std::set<int, std::greater<int>> sorted;
    for (int r : rows) {
        if (r >= 0 && r < static_cast<int>(v.size()))
            sorted.insert(r);
    }
    for (int r : sorted)
        v.erase(v.begin() + r);
    return !sorted.empty();
}
} // namespace

bool ScenarioEdits::addPoolEntry(ScenarioDocument* document, QString* why)
{
    const Scenario& s = document->scenario();
    auto used = [&](const Offer& o, bool spot) {
        return std::any_of(s.pool.begin(), s.pool.end(), [&](const VmPoolEntry& e) {
            return e.region == o.region && e.instanceType == o.instanceType && e.spot == spot;
        });
    };
    // An on-demand group first; when every type has one, a spot group where spot is priced.
    for (bool spot : {false, true}) {
        for (const Offer& o : s.offers) {
            if (used(o, spot) || (spot && o.spotUsdPerHour < 0.0))
                continue;
            VmPoolEntry e;
            e.region = o.region;
            e.instanceType = o.instanceType;
            e.count = 0;
            e.minCount = 0;
            e.maxCount = 10;
            e.spot = spot;
            const QString what =
                spot ? tr("Add spot pool entry %1 in %2") : tr("Add pool entry %1 in %2");
            return SnapshotCommand::push(
                document,
                what.arg(QString::fromStdString(o.instanceType), QString::fromStdString(o.region)),
                [&](Scenario& copy) {
                    copy.pool.push_back(e);
                    return true;
                });
        }
    }
    if (why)
        *why = tr("every priced instance type already has on-demand and spot pool entries");
    return false;
}

bool ScenarioEdits::removePoolEntries(ScenarioDocument* document, const QList<int>& rows)
{
    return SnapshotCommand::push(document, tr("Remove %n pool entries", int(rows.size())),
                                 [&](Scenario& s) { return eraseRows(s.pool, rows); });
}

bool ScenarioEdits::duplicateWorkload(ScenarioDocument* document, int row, QString* why)
{
    const Scenario& s = document->scenario();
    if (row < 0 || row >= static_cast<int>(s.workloads.size())) {
        if (why)
            *why = tr("select a workload class to duplicate");
        return false;
    }
    WorkloadClass copy = s.workloads[std::size_t(row)];
    const std::string base = copy.name;
    std::string name = base + " (copy)";
    for (int i = 2; std::any_of(s.workloads.begin(), s.workloads.end(),
                                [&](const WorkloadClass& w) { return w.name == name; });
         ++i)
        name = base + " (copy " + std::to_string(i) + ")";
    copy.name = name;
    return SnapshotCommand::push(
        document, tr("Duplicate workload class %1").arg(QString::fromStdString(base)),
        [&](Scenario& target) {
            target.workloads.push_back(copy);
            return true;
        });
}

bool ScenarioEdits::removeWorkloads(ScenarioDocument* document, const QList<int>& rows)
{
    return SnapshotCommand::push(document, tr("Remove %n workload classes", int(rows.size())),
                                 [&](Scenario& s) { return eraseRows(s.workloads, rows); });
}

bool ScenarioEdits::addPerturbation(ScenarioDocument* document)
{
    NetworkPerturbation n;
    n.startHour = 0.0;
    n.durationHours = 1.0;
    n.throughputFactor = 0.5;
    n.extraRttMs = 50.0;
    return SnapshotCommand::push(document, tr("Add network fault"), [&](Scenario& s) {
        s.faults.perturbations.push_back(n);
        return true;
    });
}

bool ScenarioEdits::removePerturbations(ScenarioDocument* document, const QList<int>& rows)
{
    return SnapshotCommand::push(
        document, tr("Remove %n network faults", int(rows.size())),
        [&](Scenario& s) { return eraseRows(s.faults.perturbations, rows); });
}

} // namespace nephos::widgets
