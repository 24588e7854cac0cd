#pragma once

#include <QStyledItemDelegate>

namespace nephos::widgets {

/// Editors for ScenarioTableModel cells: a combo box for cells with choices(), a line edit
/// otherwise. Values are committed through setData(), which refuses invalid ones with a reason.
class ScenarioItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace nephos::widgets
