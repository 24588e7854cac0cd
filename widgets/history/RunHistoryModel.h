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
    enum Col { Id, Scenario, Policy, Seed, Status, Started, SimHours, WallSeconds, ColCount };
    explicit RunHistoryModel(QObject* parent = nullptr);

    /// Re-reads the runs matching `filter` from `store`.
    void refresh(const RunStore& store, const RunFilter& filter = {});
    const StoredRun* run(int row) const;
    /// Row of a run id, -1 when not listed.
    int rowOf(std::int64_t runId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<StoredRun> m_runs;
};

} // namespace nephos::widgets
