#pragma once

#include "dashboard/DisplayUnits.h"
#include "run/RunTypes.h"

#include <QWidget>

#include <cstdint>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nephos {
class RunStore;
}

namespace nephos::widgets {

class RunComparisonModel;
class RunHistoryModel;

/// Browser of the runs in the SQLite store: filter by policy, status and text; open a run in the
/// views; delete with confirmation; compare two runs' KPIs side by side.
class RunHistoryView : public QWidget
{
    Q_OBJECT
public:
    /// Asked before deleting; returns true to go ahead. Default: a QMessageBox question.
    using Confirm = std::function<bool(const QString& question)>;

    explicit RunHistoryView(QWidget* parent = nullptr);

    /// The store to browse (not owned; nullptr: empty).
    void setStore(RunStore* store);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// Re-reads the list with the current filters.
    void refresh();
    /// Selects the listed runs with these ids (others deselected).
    void selectRuns(const QList<qint64>& ids);
    QList<qint64> selectedRunIds() const;
    /// Rows currently visible after all filters.
    int visibleRunCount() const;

    void setPolicyFilter(const QString& policy);
    void setStatusFilter(const QString& status);
    void setTextFilter(const QString& text);

    /// Loads the (single) selected run and emits runOpened; false when not possible.
    bool openSelected();
    /// Deletes the selected runs after confirmation; how many were deleted.
    int deleteSelected();
    /// Compares the two selected runs (older as A); false unless exactly two are selected.
    bool compareSelected();

    /// Units of the comparison's money and energy values (View ▸ Units).
    void setDisplayUnits(const nephos::widgets::DisplayUnits& units);
    QString comparisonTitle() const;

    RunHistoryModel* model() const { return m_model; }
    RunComparisonModel* comparisonModel() const { return m_comparison; }

Q_SIGNALS:
    void runOpened(nephos::widgets::ScenarioPtr scenario, nephos::widgets::RunResultPtr result);
    void message(const QString& text);
    /// A comparison of `rows` KPIs is shown (the window gives it room).
    void comparisonShown(int rows);

private:
    void updateButtons();

    RunStore* m_store = nullptr;
    Confirm m_confirm;
    RunHistoryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RunComparisonModel* m_comparison;
    QComboBox* m_policy;
    QComboBox* m_status;
    QLineEdit* m_text;
    QTableView* m_table;
    QTableView* m_compareTable;
    QLabel* m_compareTitle;
    QPushButton* m_open;
    QPushButton* m_delete;
    QPushButton* m_compare;
};

} // namespace nephos::widgets
