#include "history/RunHistoryModel.h"

#include "history/RunName.h"

namespace nephos::widgets {

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunHistoryModel::refresh(const RunStore& store, const RunFilter& filter)
{
    beginResetModel();
    m_runs = store.isOpen() ? store.listRuns(filter) : std::vector<StoredRun>{};
    endResetModel();
}

const StoredRun* RunHistoryModel::run(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_runs.size()))
        return nullptr;
    return &m_runs[static_cast<std::size_t>(row)];
}

int RunHistoryModel::rowOf(std::int64_t runId) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == runId)
            return static_cast<int>(i);
    }
    return -1;
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    const StoredRun* r = run(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return static_cast<qlonglong>(r->id);
        case Name:
            return displayName(*r);
        case Scenario:
            return r->scenarioName;
        case Policy:
            return r->policy;
        case Seed:
            return static_cast<qulonglong>(r->seed);
        case Status:
            return r->status;
        case Started:
            return r->started;
        case SimHours:
            return QString::number(r->simulatedHours, 'f', 1);
        case WallSeconds:
            return QString::number(r->simWallSeconds, 'f', 2);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole && index.column() == Name)
        return displayName(*r);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("%1\nPress F2, or click the selected name, to rename.").arg(displayName(*r));
    if (role == Qt::UserRole)
        return static_cast<qlonglong>(r->id);
    return {};
}

QString RunHistoryModel::displayName(const StoredRun& run)
{
    return run.name.isEmpty() ? RunName::fallback(run.scenarioName, run.policy, run.seed)
                              : run.name;
}

Qt::ItemFlags RunHistoryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name && m_store)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunHistoryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || !m_store || !run(index.row()))
        return false;
    StoredRun& r = m_runs[std::size_t(index.row())];
    const QString name = value.toString().trimmed();
    if (name == displayName(r))
        return true;
    QString error;
    if (!m_store->setRunName(r.id, name, &error)) {
        Q_EMIT renameFailed(tr("Run %1 not renamed: %2").arg(r.id).arg(error));
        return false;
    }
    r.name = name;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Run");
    case Name:
        return tr("Name");
    case Scenario:
        return tr("Scenario");
    case Policy:
        return tr("Policy");
    case Seed:
        return tr("Seed");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started (UTC)");
    case SimHours:
        return tr("Simulated h");
    case WallSeconds:
        return tr("Wall s");
    default:
        return {};
    }
}

} // namespace nephos::widgets
