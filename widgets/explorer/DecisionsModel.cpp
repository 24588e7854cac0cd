#include "explorer/DecisionsModel.h"

namespace nephos::widgets {

DecisionsModel::DecisionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DecisionsModel::setRun(ScenarioPtr scenario, RunResultPtr result)
{
    beginResetModel();
    m_scenario = std::move(scenario);
    m_result = std::move(result);
    m_snapshot.reset();
    m_stepped.clear();
    endResetModel();
}

void DecisionsModel::appendDecision(ScenarioPtr scenario, DecisionPtr decision)
{
    if (m_scenario != scenario || m_result) {
        beginResetModel();
        m_scenario = std::move(scenario);
        m_result.reset();
        m_snapshot.reset();
        m_stepped.clear();
        endResetModel();
    }
    const int row = static_cast<int>(m_stepped.size());
    beginInsertRows({}, row, row);
    m_stepped.push_back(std::move(decision));
    endInsertRows();
}

void DecisionsModel::setSnapshot(RunResultPtr snapshot)
{
    if (m_result)
        return; // a finished run names its own jobs
    m_snapshot = std::move(snapshot);
    if (!m_stepped.empty())
        Q_EMIT dataChanged(index(0, WorkloadClass), index(rowCount() - 1, WorkloadClass));
}

void DecisionsModel::clear()
{
    setRun(nullptr, nullptr);
}

const DecisionRecord* DecisionsModel::decision(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (m_result)
        return &m_result->decisions[static_cast<std::size_t>(row)];
    return m_stepped[static_cast<std::size_t>(row)].get();
}

int DecisionsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_result ? m_result->decisions.size() : m_stepped.size());
}

int DecisionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QString DecisionsModel::regionName(const Scenario* s, int region)
{
    if (!s || region < 0 || region >= static_cast<int>(s->regions.size()))
        return QStringLiteral("—");
    return QString::fromStdString(s->regions[static_cast<std::size_t>(region)].id);
}

QString DecisionsModel::typeName(const Scenario* s, int type)
{
    if (!s || type < 0 || type >= static_cast<int>(s->instanceTypes.size()))
        return QStringLiteral("—");
    return QString::fromStdString(s->instanceTypes[static_cast<std::size_t>(type)].name);
}

const JobRecord* DecisionsModel::jobRecord(std::uint32_t job) const
{
    const RunResult* run = m_result ? m_result.get() : m_snapshot.get();
    if (!run)
        return nullptr;
    const auto& jobs = run->jobs;
    if (job < jobs.size() && jobs[job].id == job)
        return &jobs[job];
    return nullptr;
}

QString DecisionsModel::className(std::uint32_t job) const
{
    if (!m_scenario)
        return {};
    const JobRecord* rec = jobRecord(job);
    if (!rec || rec->workloadClass < 0 ||
        rec->workloadClass >= static_cast<int>(m_scenario->workloads.size()))
        return {};
    return QString::fromStdString(m_scenario->workloads[std::size_t(rec->workloadClass)].name);
}

QVariant DecisionsModel::data(const QModelIndex& index, int role) const
{
    const DecisionRecord* d = decision(index.row());
    if (!d)
        return {};
    const CandidateRecord* chosen =
        d->chosen >= 0 && d->chosen < static_cast<int>(d->candidates.size())
            ? &d->candidates[static_cast<std::size_t>(d->chosen)]
            : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Job:
            return static_cast<qulonglong>(d->job);
        case TimeHours:
            return QString::number(d->timeHours, 'f', 3);
        case WorkloadClass:
            return className(d->job);
        case ChosenRegion:
            return chosen ? regionName(m_scenario.get(), chosen->region) : tr("(queued)");
        case ChosenType:
            return chosen ? typeName(m_scenario.get(), chosen->instanceType) : QString();
        case Candidates:
            return static_cast<int>(d->candidates.size());
        case Reason:
            return QString::fromStdString(d->reason);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return QString::fromStdString(d->reason);
    return {};
}

QVariant DecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Job:
        return tr("Job");
    case TimeHours:
        return tr("Time h");
    case WorkloadClass:
        return tr("Class");
    case ChosenRegion:
        return tr("Region");
    case ChosenType:
        return tr("Type");
    case Candidates:
        return tr("Candidates");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace nephos::widgets
