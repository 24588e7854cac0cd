#pragma once

#include "run/RunTypes.h"

#include <QWidget>

#include <memory>

namespace nephos {
struct Scenario;
struct RunResult;
} // namespace nephos

class QComboBox;
class QTableWidget;
class QLabel;

namespace nephos::widgets {

/// Resource profiles (paper Table 3): pick a VM type or a region and see its static attributes
/// (provider, vCPUs, memory, GPU, price, PUE, carbon) and the measured averages from the run.
class ResourceProfileView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { InstanceType, Region };

    explicit ResourceProfileView(QWidget* parent = nullptr);
    ~ResourceProfileView() override;

    /// Shows a run; the scenario and result are copied.
    void setRun(const nephos::Scenario& scenario, const nephos::RunResult& result);
    /// Shows a run, sharing (not copying) the scenario and result.
    void setRun(nephos::widgets::ScenarioPtr scenario, nephos::widgets::RunResultPtr result);
    void clear();
    /// Selects an instance type (by name) or a region (by id); false when unknown.
    bool select(Kind kind, const QString& id);
    Kind selectedKind() const;
    QString selectedId() const;
    /// The rows shown: (attribute, value) pairs, static attributes first, then measured ones.
    QList<QPair<QString, QString>> rows() const;

Q_SIGNALS:
    void selectionChanged(nephos::widgets::ResourceProfileView::Kind kind, const QString& id);

private:
    void fillItems();
    void showSelection();

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace nephos::widgets
