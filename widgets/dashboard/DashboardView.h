#pragma once

#include "dashboard/DashboardData.h"
#include "run/RunTypes.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace nephos {
struct Scenario;
struct RunResult;
} // namespace nephos

class QChartView;

namespace nephos::widgets {

class ClassKpiTable;

/// Monitoring dashboard (paper Figure 3): utilisation per provider over time, queue length,
/// running jobs, cost rate and cumulative cost, power and carbon rate, KPI cards with the paper's
/// claimed figures beside ours, anomaly markers and cost-saving suggestions computed from the run.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Shows a run of `scenario` at once; both are copied, the caller may drop them afterwards.
    void setRun(const nephos::Scenario& scenario, const nephos::RunResult& result);
    /// Shows a run without holding the UI thread: the dashboard data is prepared on a pool thread
    /// and then applied one chart per event-loop turn; runShown() follows. A newer call or
    /// clear() drops a pending one.
    void showRun(nephos::widgets::ScenarioPtr scenario, nephos::widgets::RunResultPtr result);
    /// True while showRun() (or a unit change) is still preparing or applying.
    bool isUpdating() const;
    /// The run given to the last showRun() once it is fully shown (after setRun(): the copy it
    /// shows); nullptr while updating and after clear().
    nephos::widgets::RunResultPtr shownResult() const;
    /// Units for cards and chart axes; re-prepares the shown run (asynchronously, runShown()
    /// follows) when they change.
    void setDisplayUnits(const nephos::widgets::DisplayUnits& units);
    nephos::widgets::DisplayUnits displayUnits() const;
    /// Empties every chart, card and list.
    void clear();
    /// Every chart view in display order (for export). Object names are stable export stems,
    /// e.g. "utilisation", "queue", "running", "cost_rate", "cumulative_cost", "power", "carbon".
    QList<QChartView*> chartViews() const;

    /// The utilisation chart's resource: 0 CPU, 1 memory, 2 GPU.
    void setUtilisationResource(int resource);
    int utilisationResource() const;
    /// Number of anomaly markers currently drawn over all charts.
    int anomalyMarkerCount() const;
    /// Text of the cost-saving suggestions shown (one entry per suggestion).
    QStringList suggestionTexts() const;
    /// Text of the anomaly list's entries.
    QStringList anomalyTexts() const;
    /// Text of the KPI cards: "label|ours|paper" per card ("" when the paper has no figure).
    QStringList kpiCardTexts() const;
    /// The "By workload class" table's rows: "class|jobs|JCT mean|…" (empty without a run).
    QStringList classKpiRows() const;
    ClassKpiTable* classKpiTable() const;
    /// Columns of the KPI card grid (follows the width: about 220 px per card, 2 to 5).
    int kpiCardColumns() const;

Q_SIGNALS:
    /// Emitted after setRun() or showRun() has filled the views.
    void runShown();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void prepareAsync();
    void applyStep(quint64 generation, int step);
    void applyCards();
    void applyChart(int chart);
    void applyLists();
    void applyAll();
    void layoutCards();

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace nephos::widgets
