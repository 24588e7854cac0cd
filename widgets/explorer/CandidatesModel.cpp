#include "explorer/CandidatesModel.h"

#include "explorer/DecisionsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace nephos::widgets {

QString CandidatesModel::stagingText(double hours)
{
    if (hours <= 0.0)
        return tr("already there");
    if (hours < 1.0)
        return tr("%1 min").arg(QLocale().toString(hours * 60.0, 'f', hours < 1.0 / 6.0 ? 1 : 0));
    return tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
}

CandidatesModel::CandidatesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CandidatesModel::setDecision(const Scenario* scenario, const DecisionRecord* decision)
{
    beginResetModel();
    m_scenario = scenario;
    m_decision = decision;
    m_order.clear();
    if (decision) {
        const auto& c = decision->candidates;
        std::vector<int> order(c.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            // the winner first (it may have won a tie, or be a running VM preferred to a new one)
            if (a == decision->chosen || b == decision->chosen)
                return a == decision->chosen;
            const auto& x = c[std::size_t(a)];
            const auto& y = c[std::size_t(b)];
            if (x.feasible != y.feasible)
                return x.feasible;
            return x.score < y.score;
        });
        m_order = std::move(order);
    }
    endResetModel();
}

int CandidatesModel::chosenRow() const
{
    if (!m_decision || m_decision->chosen < 0)
        return -1;
    auto it = std::find(m_order.begin(), m_order.end(), m_decision->chosen);
    return it == m_order.end() ? -1 : static_cast<int>(it - m_order.begin());
}

const CandidateRecord* CandidatesModel::candidate(int row) const
{
    if (!m_decision || row < 0 || row >= static_cast<int>(m_order.size()))
        return nullptr;
    return &m_decision->candidates[static_cast<std::size_t>(m_order[std::size_t(row)])];
}

int CandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_decision ? 0 : static_cast<int>(m_decision->candidates.size());
}

int CandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const
{
    if (!m_decision || !index.isValid() || index.row() >= rowCount())
        return {};
    const int source = m_order[static_cast<std::size_t>(index.row())];
    const CandidateRecord& c = m_decision->candidates[static_cast<std::size_t>(source)];
    const bool chosen = source == m_decision->chosen;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return chosen ? tr("%1 ✔ chosen").arg(index.row() + 1)
                          : QString::number(index.row() + 1);
        case Region:
            return DecisionsModel::regionName(m_scenario, c.region);
        case Type:
            return DecisionsModel::typeName(m_scenario, c.instanceType);
        case Vm:
            if (c.newVm)
                return tr("new VM");
            return c.vm >= 0 ? QVariant(c.vm) : QVariant(tr("none fits"));
        case Staging:
            return stagingText(c.stagingHours);
        case Score:
            return QString::number(c.score, 'g', 6);
        case Feasible:
            return c.feasible ? tr("yes") : tr("no");
        case Why:
            return QString::fromStdString(c.why);
        default:
            return {};
        }
    case Qt::FontRole:
        if (chosen) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (chosen)
            return QBrush(QColor(0x3c, 0xb3, 0x71, 90));
        return {};
    case Qt::ForegroundRole:
        if (!c.feasible && !chosen)
            return QBrush(QColor(0x99, 0x99, 0x99));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Vm && c.newVm)
            return tr("No running VM fits: a VM of this type would be started for the job.");
        if (index.column() == Vm && c.vm >= 0)
            return tr("The job would run on VM %1, which is already up.").arg(c.vm);
        if (index.column() == Staging)
            return c.stagingHours > 0.0
                       ? tr("Expected time for the job's input data to reach this region "
                            "before the job can start.")
                       : tr("The job's data is already in this region (or it needs none).");
        return QString::fromStdString(c.why);
    case Qt::UserRole:
        return chosen;
    default:
        return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Region:
        return tr("Region");
    case Type:
        return tr("Type");
    case Vm:
        return tr("VM");
    case Staging:
        return tr("Data arrives in");
    case Score:
        return tr("Score (lower wins)");
    case Feasible:
        return tr("Feasible");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace nephos::widgets
