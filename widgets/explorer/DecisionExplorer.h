#pragma once

#include "run/RunTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nephos::widgets {

class CandidatesModel;
class DecisionsModel;

/// Teaching view: pick a job's placement decision, see the candidates the policy considered with
/// their scores and reasons, the chosen one highlighted; step the simulation decision by decision.
class DecisionExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionExplorer(QWidget* parent = nullptr);

    void setRun(ScenarioPtr scenario, RunResultPtr result);
    /// Adds a decision taken by stepping and selects it.
    void appendDecision(ScenarioPtr scenario, DecisionPtr decision);
    /// The latest snapshot of the run being stepped (fills in the decisions' job classes).
    void setSnapshot(RunResultPtr snapshot);
    void clear();

    /// Selects the decision in source row `row` (shown even if filtered out: the filter is reset).
    void selectDecision(int row);
    /// Selects the first decision about `job`; false when there is none.
    bool selectJob(std::uint32_t job);
    const DecisionRecord* selectedDecision() const;

    DecisionsModel* decisionsModel() const { return m_decisions; }
    CandidatesModel* candidatesModel() const { return m_candidates; }
    QString reasonText() const;
    /// The selected job's size and requirements ("" when unknown).
    QString jobText() const;

Q_SIGNALS:
    /// The user asked to advance the simulation by one decision.
    void stepRequested();

private:
    void showSelected();
    void updateJobText();

    DecisionsModel* m_decisions;
    CandidatesModel* m_candidates;
    QSortFilterProxyModel* m_filter;
    QTableView* m_decisionView;
    QTableView* m_candidateView;
    QLineEdit* m_jobFilter;
    QPushButton* m_stepButton;
    QLabel* m_reason;
    QLabel* m_job; ///< the selected decision's job: size and requirements
    QLabel* m_summary;
};

} // namespace nephos::widgets
