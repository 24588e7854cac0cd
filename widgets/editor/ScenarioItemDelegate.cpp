#include "editor/ScenarioItemDelegate.h"

#include "editor/ScenarioTableModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>

namespace nephos::widgets {

namespace {
/// The ScenarioTableModel behind `index` (through one proxy at most) and the source index.
const ScenarioTableModel* sourceModel(const QModelIndex& index, QModelIndex* source)
{
    *source = index;
    if (auto* proxy = qobject_cast<const QSortFilterProxyModel*>(index.model())) {
        *source = proxy->mapToSource(index);
        return qobject_cast<const ScenarioTableModel*>(proxy->sourceModel());
    }
    return qobject_cast<const ScenarioTableModel*>(index.model());
}
} // namespace

QWidget* ScenarioItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                            const QModelIndex& index) const
{
    QModelIndex src;
    if (const ScenarioTableModel* m = sourceModel(index, &src)) {
        const QStringList choices = m->choices(src.row(), src.column());
        if (!choices.isEmpty()) {
            auto* box = new QComboBox(parent);
            box->addItems(choices);
            return box;
        }
        auto* edit = new QLineEdit(parent);
        edit->setToolTip(m->headerData(src.column(), Qt::Horizontal, Qt::ToolTipRole).toString());
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ScenarioItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentText(v.toString());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 12)
                                                      : v.toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ScenarioItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                        const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentText(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace nephos::widgets
