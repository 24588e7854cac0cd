#pragma once

#include <QAbstractTableModel>
#include <QVariant>

#include <functional>

namespace nephos {
struct Scenario;
}

namespace nephos::widgets {

class ScenarioDocument;

/// Base of the editor's table models: rows and columns over parts of the document's Scenario.
/// setData() validates the value, refuses invalid ones (editRejected with the reason) and pushes
/// a SetCellCommand on the document's undo stack for valid ones.
class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ScenarioTableModel(ScenarioDocument* document, QObject* parent = nullptr);

    ScenarioDocument* document() const { return m_document; }

    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;

    /// Current value of a cell (display units).
    virtual QVariant cellValue(int row, int column) const = 0;
    /// Why `value` is not acceptable for the cell, or an empty string when it is.
    virtual QString validate(int row, int column, const QVariant& value) const;
    /// Writes a validated value into the scenario (called by SetCellCommand).
    virtual void applyValue(int row, int column, const QVariant& value) = 0;
    /// Allowed values for list-like cells (combo box editors); empty for free values.
    virtual QStringList choices(int row, int column) const;
    /// A short label of the edited item for undo texts, in words: "region US East (N. Virginia)".
    virtual QString rowLabel(int row) const;

    /// Called by SetCellCommand after applyValue(): notifies views.
    void cellChanged(int row, int column);

Q_SIGNALS:
    /// A value was refused; `reason` says why.
    void editRejected(const QModelIndex& index, const QString& reason);

protected:
    struct Column
    {
        QString title;
        QString toolTip;
        bool editable = true;
        bool checkable = false; ///< booleans shown as a check box
    };
    void setColumns(QList<Column> columns) { m_columns = std::move(columns); }
    const QList<Column>& columns() const { return m_columns; }

    /// A region's display name ("US East (N. Virginia)"), or its id when it has none.
    QString regionLabel(const std::string& regionId) const;

    /// Common validations: empty string when ok.
    static QString requireNumber(const QVariant& v, double min, double max, double* out = nullptr);
    static QString requireInteger(const QVariant& v, int min, int max, int* out = nullptr);
    /// The engine's own checks (ScenarioValidator) on a copy of the scenario with `change`
    /// applied: the first problem whose JSON path `concerns` accepts, empty when none.
    QString engineProblem(const std::function<void(nephos::Scenario&)>& change,
                          const std::function<bool(const QString& path)>& concerns) const;

private:
    ScenarioDocument* m_document;
    QList<Column> m_columns;
};

} // namespace nephos::widgets
