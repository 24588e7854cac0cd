#include "history/RunComparisonModel.h"

#include "dashboard/DashboardData.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace nephos::widgets {

namespace {

/// Four significant decimals, at most, with the locale's separators: 31.1071, 2,851,327.
QString number(double v)
{
    const double mag = std::fabs(v);
    const int decimals = mag >= 1000.0 ? 0
                         : mag >= 1.0  ? 4 - int(std::floor(std::log10(mag))) - 1
                                       : 4;
    QString text = QLocale().toString(v, 'f', std::max(0, decimals));
    if (text.contains(QLocale().decimalPoint())) { // drop trailing zeros
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLocale().decimalPoint()))
            text.chop(1);
    }
    return text;
}

/// The dashboard's title of a KPI key ("CPU utilisation" for utilisation_cpu_pct), else the key.
QString kpiTitle(const QString& key)
{
    for (const DashboardData::CardSpec& spec : DashboardData::cardSpecs())
        if (key == QLatin1String(spec.key))
            return QCoreApplication::translate("nephos::widgets::DashboardView", spec.title);
    return key;
}

} // namespace

RunComparisonModel::RunComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RunComparisonModel::setRuns(const QString& labelA, const KpiValues& a, const QString& labelB,
                                 const KpiValues& b)
{
    beginResetModel();
    m_labelA = labelA;
    m_labelB = labelB;
    m_rows.clear();
    auto find = [](const KpiValues& v, const std::string& key, double* out) {
        for (const auto& kv : v) {
            if (kv.first == key) {
                *out = kv.second;
                return true;
            }
        }
        return false;
    };
    for (const auto& kv : a) {
        Row r{QString::fromStdString(kv.first), kv.second, 0.0, true, false};
        r.hasB = find(b, kv.first, &r.b);
        m_rows.push_back(r);
    }
    for (const auto& kv : b) {
        double unused = 0.0;
        if (!find(a, kv.first, &unused))
            m_rows.push_back({QString::fromStdString(kv.first), 0.0, kv.second, false, true});
    }
    endResetModel();
}

double RunComparisonModel::difference(const QString& key) const
{
    for (const Row& r : m_rows) {
        if (r.key == key && r.hasA && r.hasB)
            return r.b - r.a;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

int RunComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant RunComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const bool both = r.hasA && r.hasB;
    if (role == Qt::DisplayRole) {
        const QString dash = QStringLiteral("—");
        switch (index.column()) {
        case Kpi:
            return kpiTitle(r.key);
        case RunA:
            return r.hasA ? number(r.a) : dash;
        case RunB:
            return r.hasB ? number(r.b) : dash;
        case Difference:
            return both ? number(r.b - r.a) : dash;
        case RelativePct:
            if (!both || r.a == 0.0)
                return dash;
            return QString::asprintf("%+.1f %%", 100.0 * (r.b - r.a) / std::fabs(r.a));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Kpi)
        return r.key;
    if (role == Qt::TextAlignmentRole && index.column() != Kpi)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && both && index.column() >= Difference && r.b != r.a)
        return QBrush(r.b > r.a ? QColor(0xd0, 0x6a, 0x1a) : QColor(0x2a, 0x8a, 0xd0));
    return {};
}

QVariant RunComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kpi:
        return tr("KPI");
    case RunA:
        return m_labelA.isEmpty() ? tr("Run A") : m_labelA;
    case RunB:
        return m_labelB.isEmpty() ? tr("Run B") : m_labelB;
    case Difference:
        return tr("B − A");
    case RelativePct:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace nephos::widgets
