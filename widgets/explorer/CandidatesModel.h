#pragma once

#include "run/RunTypes.h"

#include <QAbstractTableModel>

namespace nephos::widgets {

/// The candidates one decision considered, best first (feasible ones by score, then infeasible):
/// region, type, VM (or a new one), when the job's data would arrive, score, feasibility and
/// why. The chosen candidate is bold and highlighted.
class CandidatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col { Rank, Region, Type, Vm, Staging, Score, Feasible, Why, ColCount };
    explicit CandidatesModel(QObject* parent = nullptr);

    /// `decision` must outlive the model's use of it (the explorer keeps the run alive).
    void setDecision(const Scenario* scenario, const DecisionRecord* decision);
    /// Row of the chosen candidate, -1 when the job stayed queued.
    int chosenRow() const;
    /// The candidate shown in `row` (nullptr when out of range).
    const CandidateRecord* candidate(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// When the job's data would arrive: "already there", "12 min", "2.5 h".
    static QString stagingText(double hours);

private:
    const Scenario* m_scenario = nullptr;
    const DecisionRecord* m_decision = nullptr;
    std::vector<int> m_order; ///< row -> index into the decision's candidates
};

} // namespace nephos::widgets
