#pragma once

#include <QWidget>

class QLabel;

namespace nephos::widgets {

class BurstsModel;
class ScenarioDocument;
class ScenarioTableView;

/// Detail panel under the workloads table: the arrival bursts of the selected workload class,
/// editable in place, with Add / Remove buttons (all undoable).
class WorkloadBurstsPanel : public QWidget
{
    Q_OBJECT
public:
    WorkloadBurstsPanel(ScenarioDocument* document, ScenarioTableView* workloadsView,
                        QWidget* parent = nullptr);

    BurstsModel* model() const { return m_model; }
    ScenarioTableView* view() const { return m_view; }

private:
    void followSelection();
    void updateTitle();

    ScenarioDocument* m_document;
    ScenarioTableView* m_workloads;
    BurstsModel* m_model;
    ScenarioTableView* m_view;
    QLabel* m_title;
};

} // namespace nephos::widgets
