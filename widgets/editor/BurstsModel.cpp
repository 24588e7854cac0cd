#include "editor/BurstsModel.h"

#include "editor/BurstCellCommand.h"
#include "editor/ScenarioDocument.h"
#include "editor/SnapshotCommand.h"

#include <QUndoStack>

#include <algorithm>

namespace nephos::widgets {

BurstsModel::BurstsModel(ScenarioDocument* document, QObject* parent)
    : ScenarioTableModel(document, parent)
{
    setColumns(
        {{tr("Start h"), tr("Hour the burst starts, ≥ 0"), true, false},
         {tr("Duration h"), tr("Length of the burst, > 0 hours"), true, false},
         {tr("Rate ×"), tr("Arrival rate multiplier while the burst lasts, ≥ 0"), true, false}});
}

void BurstsModel::setWorkload(int row)
{
    if (row == m_workload)
        return;
    beginResetModel();
    m_workload = row;
    endResetModel();
}

bool BurstsModel::valid(int workload, int burst) const
{
    const auto& workloads = document()->scenario().workloads;
    return workload >= 0 && workload < int(workloads.size()) && burst >= 0 &&
           burst < int(workloads[std::size_t(workload)].arrival.bursts.size());
}

int BurstsModel::rowCount(const QModelIndex& parent) const
{
    const auto& workloads = document()->scenario().workloads;
    if (parent.isValid() || m_workload < 0 || m_workload >= int(workloads.size()))
        return 0;
    return int(workloads[std::size_t(m_workload)].arrival.bursts.size());
}

bool BurstsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !valid(m_workload, index.row()))
        return false;
    const QString reason = validate(index.row(), index.column(), value);
    if (!reason.isEmpty()) {
        Q_EMIT editRejected(index, reason);
        return false;
    }
    const QVariant old = cellValue(index.row(), index.column());
    const QVariant v = value.toDouble();
    if (old == v)
        return true;
    document()->undoStack()->push(
        new BurstCellCommand(this, m_workload, index.row(), index.column(), old, v));
    return true;
}

QVariant BurstsModel::burstValue(int workload, int burst, int column) const
{
    if (!valid(workload, burst))
        return {};
    const Burst& b =
        document()->scenario().workloads[std::size_t(workload)].arrival.bursts[std::size_t(burst)];
    switch (column) {
    case StartHour:
        return b.startHour;
    case DurationHours:
        return b.durationHours;
    case RateMultiplier:
        return b.rateMultiplier;
    default:
        return {};
    }
}

QVariant BurstsModel::cellValue(int row, int column) const
{
    return burstValue(m_workload, row, column);
}

QString BurstsModel::validate(int row, int column, const QVariant& value) const
{
    const QString err = requireNumber(value, -1.0e9, 1.0e9);
    if (!err.isEmpty() || !valid(m_workload, row))
        return err;
    const QString burstPath =
        QStringLiteral("workloads[%1].arrival.bursts[%2].").arg(m_workload).arg(row);
    const QString arrivalPath = QStringLiteral("workloads[%1].arrival").arg(m_workload);
    return engineProblem(
        [&](Scenario& s) {
            Burst& b = s.workloads[std::size_t(m_workload)].arrival.bursts[std::size_t(row)];
            (column == StartHour       ? b.startHour
             : column == DurationHours ? b.durationHours
                                       : b.rateMultiplier) = value.toDouble();
        },
        [&](const QString& p) { return p.startsWith(burstPath) || p == arrivalPath; });
}

void BurstsModel::applyValue(int row, int column, const QVariant& value)
{
    applyBurstValue(m_workload, row, column, value);
}

void BurstsModel::applyBurstValue(int workload, int burst, int column, const QVariant& value)
{
    if (!valid(workload, burst))
        return;
    Burst& b = document()
                   ->mutableScenario()
                   .workloads[std::size_t(workload)]
                   .arrival.bursts[std::size_t(burst)];
    const double d = value.toDouble();
    if (column == StartHour)
        b.startHour = d;
    else if (column == DurationHours)
        b.durationHours = d;
    else if (column == RateMultiplier)
        b.rateMultiplier = d;
    if (workload == m_workload)
        cellChanged(burst, column);
    document()->notifyEdited(tr("burst %1 of %2").arg(burst + 1).arg(rowLabel(burst)));
}

QString BurstsModel::rowLabel(int) const
{
    const auto& workloads = document()->scenario().workloads;
    if (m_workload < 0 || m_workload >= int(workloads.size()))
        return {};
    return QString::fromStdString(workloads[std::size_t(m_workload)].name);
}

bool BurstsModel::addBurst()
{
    const int w = m_workload;
    if (w < 0 || w >= int(document()->scenario().workloads.size()))
        return false;
    return SnapshotCommand::push(
        document(), tr("Add burst to %1").arg(rowLabel(0)), [w](Scenario& s) {
            s.workloads[std::size_t(w)].arrival.bursts.push_back(Burst{0.0, 1.0, 2.0});
            return true;
        });
}

bool BurstsModel::removeBursts(const QList<int>& rows)
{
    const int w = m_workload;
    if (rows.isEmpty() || w < 0 || w >= int(document()->scenario().workloads.size()))
        return false;
    return SnapshotCommand::push(document(), tr("Remove bursts of %1").arg(rowLabel(0)),
                                 [w, rows](Scenario& s) {
                                     auto& bursts = s.workloads[std::size_t(w)].arrival.bursts;
                                     QList<int> sorted = rows;
                                     std::sort(sorted.begin(), sorted.end(), std::greater<int>());
                                     bool removed = false;
                                     for (int r : sorted) {
                                         if (r >= 0 && r < int(bursts.size())) {
                                             bursts.erase(bursts.begin() + r);
                                             removed = true;
                                         }
                                     }
                                     return removed;
                                 });
}

} // namespace nephos::widgets
