#pragma once

#include "run/RunTypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace nephos::widgets {

/// The placement decisions of a run, one row per decision: job, time, chosen region and type.
class DecisionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col {
        Job,
        TimeHours,
        WorkloadClass,
        ChosenRegion,
        ChosenType,
        Candidates,
        Reason,
        ColCount
    };
    explicit DecisionsModel(QObject* parent = nullptr);

    /// Shows every decision recorded in `result`.
    void setRun(ScenarioPtr scenario, RunResultPtr result);
    /// Adds one decision (decision-by-decision stepping).
    void appendDecision(ScenarioPtr scenario, DecisionPtr decision);
    /// The latest snapshot of the run being stepped: the jobs its decisions name (their class).
    void setSnapshot(RunResultPtr snapshot);
    void clear();

    const DecisionRecord* decision(int row) const;
    const Scenario* scenario() const { return m_scenario.get(); }
    /// What the run (or the stepped run's latest snapshot) knows of `job`; nullptr when nothing.
    const JobRecord* jobRecord(std::uint32_t job) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "region id" / "type name" for indices into the scenario ("—" when out of range).
    static QString regionName(const Scenario* s, int region);
    static QString typeName(const Scenario* s, int type);

private:
    QString className(std::uint32_t job) const;

    ScenarioPtr m_scenario;
    RunResultPtr m_result;
    RunResultPtr m_snapshot;            ///< jobs of the stepped run so far
    std::vector<DecisionPtr> m_stepped; ///< decisions added one by one
};

} // namespace nephos::widgets
