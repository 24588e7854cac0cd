#pragma once

#include <QList>
#include <QString>

namespace nephos::widgets {

class ScenarioDocument;

/// Structural edits of the scenario (rows added, duplicated or removed), each pushed as one
/// undoable SnapshotCommand. They return false (and push nothing) when there is nothing to do;
/// `why`, when given, then says why.
class ScenarioEdits
{
public:
    /// Adds a pool entry (0 VMs, autoscaler 0..10) for the first priced type/region pair that
    /// has none yet.
    static bool addPoolEntry(ScenarioDocument* document, QString* why = nullptr);
    static bool removePoolEntries(ScenarioDocument* document, const QList<int>& rows);
    /// Copies a workload class under a new name ("<name> (copy)", "(copy 2)", …).
    static bool duplicateWorkload(ScenarioDocument* document, int row, QString* why = nullptr);
    static bool removeWorkloads(ScenarioDocument* document, const QList<int>& rows);
    /// Adds a network fault: one hour at half throughput and +50 ms on every link.
    static bool addPerturbation(ScenarioDocument* document);
    static bool removePerturbations(ScenarioDocument* document, const QList<int>& rows);
};

} // namespace nephos::widgets
