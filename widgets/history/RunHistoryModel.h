#pragma once

#include "store/RunStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace nephos::widgets {

/// The runs listed from the SQLite store, newest first.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col { Id, Name, Scenario, Policy, Seed, Status, Started, SimHours, WallSeconds, ColCount };
    explicit RunHistoryModel(QObject* parent = nullptr);

    /// Re-reads the runs matching `filter` from `store`.
    void refresh(const RunStore& store, const RunFilter& filter = {});
    /// Where renames are written (not owned; nullptr: names are read-only).
    void setStore(RunStore* store) { m_store = store; }
    /// The name shown for a run: its stored name, or "scenario · policy · seed N".
    static QString displayName(const StoredRun& run);
    const StoredRun* run(int row) const;
    /// Row of a run id, -1 when not listed.
    int rowOf(std::int64_t runId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// The Name column is editable: a rename is written to the store.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    /// A rename could not be stored.
    void renameFailed(const QString& message);

private:
    std::vector<StoredRun> m_runs;
    RunStore* m_store = nullptr;
};

} // namespace nephos::widgets
