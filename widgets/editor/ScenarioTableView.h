#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace nephos::widgets {

class ScenarioTableModel;

/// A table editing one ScenarioTableModel, with an optional text filter and an inline message
/// line that shows why a value was refused.
class ScenarioTableView : public QWidget
{
    Q_OBJECT
public:
    ScenarioTableView(ScenarioTableModel* model, bool withFilter, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ScenarioTableModel* model() const { return m_model; }
    /// The last refusal shown ("" after a successful edit).
    QString message() const;
    /// Shows `text` in the message line (empty hides it).
    void showMessage(const QString& text);

    /// Adds a button under the table; `action` gets the selected rows of the model.
    QPushButton* addButton(const QString& objectName, const QString& text,
                           std::function<void(const QList<int>& selectedRows)> action);
    /// Selected rows, as rows of the model (not of the filter), ascending.
    QList<int> selectedRows() const;
    /// Selects one model row (tests and keyboard-free use).
    void selectRow(int row);

private:
    void showRejection(const QString& reason) { showMessage(reason); }

    ScenarioTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter = nullptr;
    QLabel* m_message;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace nephos::widgets
