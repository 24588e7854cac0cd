#pragma once

#include <QWidget>

class QLabel;
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

private:
    void showRejection(const QString& reason);

    ScenarioTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter = nullptr;
    QLabel* m_message;
};

} // namespace nephos::widgets
