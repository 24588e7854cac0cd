#include "editor/ScenarioTableModel.h"

#include "editor/ScenarioDocument.h"
#include "editor/SetCellCommand.h"
#include "scenario/ScenarioValidator.h"

#include <QUndoStack>

#include <cmath>
#include <limits>

namespace nephos::widgets {

ScenarioTableModel::ScenarioTableModel(ScenarioDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &ScenarioDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &ScenarioDocument::scenarioReset, this, [this] { endResetModel(); });
}

int ScenarioTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ScenarioTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const Column& c = m_columns[index.column()];
    if (c.checkable) {
        if (role == Qt::CheckStateRole)
            return cellValue(index.row(), index.column()).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = cellValue(index.row(), index.column());
        if (v.typeId() == QMetaType::Double)
            return QString::number(v.toDouble(), 'g', 8);
        return v;
    }
    case Qt::EditRole:
        return cellValue(index.row(), index.column());
    case Qt::ToolTipRole:
        return c.toolTip;
    case Qt::TextAlignmentRole: {
        const QVariant v = cellValue(index.row(), index.column());
        if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

bool ScenarioTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return false;
    const Column& c = m_columns[index.column()];
    if (!c.editable)
        return false;
    QVariant v = value;
    if (c.checkable) {
        if (role != Qt::CheckStateRole)
            return false;
        v = (value.toInt() == Qt::Checked);
    } else if (role != Qt::EditRole) {
        return false;
    }
    const QString reason = validate(index.row(), index.column(), v);
    if (!reason.isEmpty()) {
        Q_EMIT editRejected(index, reason);
        return false;
    }
    const QVariant old = cellValue(index.row(), index.column());
    if (old.typeId() == QMetaType::Double)
        v = v.toDouble();
    else if (old.typeId() == QMetaType::Int)
        v = v.toInt();
    else if (old.typeId() == QMetaType::ULongLong)
        v = v.toULongLong();
    if (old == v)
        return true;
    m_document->undoStack()->push(new SetCellCommand(this, index.row(), index.column(), old, v));
    return true;
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Column& c = m_columns[index.column()];
    if (c.editable)
        f |= c.checkable ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    return f;
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return m_columns[section].title;
        if (role == Qt::ToolTipRole)
            return m_columns[section].toolTip;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

QString ScenarioTableModel::validate(int, int, const QVariant&) const
{
    return {};
}
QStringList ScenarioTableModel::choices(int, int) const
{
    return {};
}
QString ScenarioTableModel::rowLabel(int row) const
{
    return tr("row %1").arg(row + 1);
}

QString ScenarioTableModel::regionLabel(const std::string& regionId) const
{
    const Region* r = m_document->scenario().findRegion(regionId);
    return QString::fromStdString(r && !r->name.empty() ? r->name : regionId);
}

void ScenarioTableModel::cellChanged(int row, int column)
{
    const QModelIndex i = index(row, column);
    Q_EMIT dataChanged(i, i);
}

QString ScenarioTableModel::requireNumber(const QVariant& v, double min, double max, double* out)
{
    bool ok = false;
    const double d = v.toString().trimmed().isEmpty() ? 0.0 : v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return tr("not a number: \"%1\"").arg(v.toString());
    if (d < min)
        return tr("must be ≥ %1, got %2").arg(min).arg(d);
    if (d > max)
        return tr("must be ≤ %1, got %2").arg(max).arg(d);
    if (out)
        *out = d;
    return {};
}

QString ScenarioTableModel::requireInteger(const QVariant& v, int min, int max, int* out)
{
    double d = 0.0;
    QString err = requireNumber(v, min, max, &d);
    if (!err.isEmpty())
        return err;
    if (std::floor(d) != d)
        return tr("must be a whole number, got %1").arg(d);
    if (out)
        *out = static_cast<int>(d);
    return {};
}

QString
ScenarioTableModel::engineProblem(const std::function<void(nephos::Scenario&)>& change,
                                  const std::function<bool(const QString& path)>& concerns) const
{
    Scenario copy = document()->scenario();
    change(copy);
    for (const ScenarioProblem& p : ScenarioValidator::validate(copy)) {
        if (concerns(p.path))
            return p.message;
    }
    return {};
}

} // namespace nephos::widgets
