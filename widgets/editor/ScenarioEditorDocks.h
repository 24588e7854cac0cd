#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QLabel;
class QMainWindow;

namespace nephos::widgets {

class OffersModel;
class PerturbationsModel;
class PolicyEditor;
class PoolModel;
class ProvidersModel;
class RegionsModel;
class RunSettingsModel;
class ScenarioDocument;
class WorkloadBurstsPanel;
class WorkloadsModel;

/// The scenario editor as dock widgets of a main window: providers and regions, prices, VM pool,
/// workload classes, network faults, and policy with run settings and VM failures; each dock
/// shows the scenario's validation problems (ScenarioValidator) live.
class ScenarioEditorDocks : public QObject
{
    Q_OBJECT
public:
    ScenarioEditorDocks(ScenarioDocument* document, QMainWindow* window);

    /// Every editor dock, in tab order.
    QList<QDockWidget*> docks() const { return m_docks; }
    QDockWidget* dock(const QString& objectName) const;

    ProvidersModel* providers() const { return m_providers; }
    RegionsModel* regions() const { return m_regions; }
    OffersModel* offers() const { return m_offers; }
    PoolModel* pool() const { return m_pool; }
    WorkloadsModel* workloads() const { return m_workloads; }
    RunSettingsModel* runSettings() const { return m_runSettings; }
    PerturbationsModel* perturbations() const { return m_perturbations; }
    PolicyEditor* policyEditor() const { return m_policy; }
    /// The arrival bursts of the selected workload class (under the workloads table).
    WorkloadBurstsPanel* burstsPanel() const { return m_bursts; }

    /// The problems currently listed ("path: message" lines).
    QStringList problems() const { return m_problemLines; }

private:
    QDockWidget* addDock(QMainWindow* window, const QString& name, const QString& title,
                         QWidget* content);
    void updateProblems();

    ScenarioDocument* m_document;
    QList<QDockWidget*> m_docks;
    ProvidersModel* m_providers;
    RegionsModel* m_regions;
    OffersModel* m_offers;
    PoolModel* m_pool;
    WorkloadsModel* m_workloads;
    RunSettingsModel* m_runSettings;
    PerturbationsModel* m_perturbations;
    PolicyEditor* m_policy = nullptr;
    WorkloadBurstsPanel* m_bursts = nullptr;
    QList<QLabel*> m_problemLabels; ///< one per dock
    QStringList m_problemLines;
};

} // namespace nephos::widgets
