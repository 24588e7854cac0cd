#pragma once

#include <QList>
#include <QWidget>

#include <memory>

namespace nephos {
struct Scenario;
struct RunResult;
} // namespace nephos

class QChartView;

namespace nephos::widgets {

/// Monitoring dashboard (paper Figure 3): utilisation per provider over time, queue length,
/// running jobs, cost rate and cumulative cost, power and carbon rate, KPI cards with the paper's
/// claimed figures beside ours, anomaly markers and cost-saving suggestions computed from the run.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Shows a run of `scenario`; both are copied, the caller may drop them afterwards.
    void setRun(const nephos::Scenario& scenario, const nephos::RunResult& result);
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
    /// Text of the KPI cards: "label|ours|paper" per card ("" when the paper has no figure).
    QStringList kpiCardTexts() const;
    /// Columns of the KPI card grid (follows the width: about 220 px per card, 2 to 5).
    int kpiCardColumns() const;

Q_SIGNALS:
    /// Emitted after setRun() has filled the views.
    void runShown();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void applyTheme();
    void layoutCards();

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace nephos::widgets
