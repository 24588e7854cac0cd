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

/// How one KPI is shown and judged: the dashboard card's spec (title, unit, scaling), or one of
/// the same shape for the KPIs that have no card; `better` +1 when higher is better, −1 when
/// lower is better, 0 when neither.
struct KpiDisplay
{
    DashboardData::CardSpec spec;
    int better;
};

using Kind = DashboardData::CardKind;

KpiDisplay displayOf(const QString& key)
{
    static const QStringList higherIsBetter = {
        QStringLiteral("utilisation_cpu_pct"), QStringLiteral("utilisation_mem_pct"),
        QStringLiteral("utilisation_gpu_pct"), QStringLiteral("useful_pflop"),
        QStringLiteral("jobs_completed")};
    const int better = key == QLatin1String("jobs_total") ? 0
                       : higherIsBetter.contains(key)     ? 1
                                                          : -1;
    if (const KpiSpec* spec = KpiSpecs::find(key))
        return {*spec, better};
    static const QByteArray unknown = "unknown";
    return {{unknown.constData(), unknown.constData(), "", 2, 1.0, Kind::Number, ""}, better};
}

QString kpiTitle(const QString& key, const DashboardData::CardSpec& spec)
{
    if (key != QLatin1String(spec.key)) // not a KPI this version knows: make the key readable
        return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    return KpiSpecs::title(spec);
}

/// A value as the dashboard shows it; `signedDifference` adds "+" to positive values.
QString formatValue(const DashboardData::CardSpec& spec, double value, const DisplayUnits& units,
                    bool signedDifference)
{
    DashboardData::CardSpec plain = spec;
    plain.key = "value"; // no "of N jobs" suffix
    const QString text = DashboardData::cardText(plain, value, 0, units);
    return signedDifference && value > 0.0 ? QStringLiteral("+") + text : text;
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
    const KpiDisplay show = displayOf(r.key);
    if (role == Qt::DisplayRole) {
        const QString dash = QStringLiteral("—");
        switch (index.column()) {
        case Kpi:
            return kpiTitle(r.key, show.spec);
        case RunA:
            return r.hasA ? formatValue(show.spec, r.a, m_units, false) : dash;
        case RunB:
            return r.hasB ? formatValue(show.spec, r.b, m_units, false) : dash;
        case Difference:
            return both ? formatValue(show.spec, r.b - r.a, m_units, true) : dash;
        case RelativePct:
            if (!both || r.a == 0.0)
                return dash;
            {
                const double pct = 100.0 * (r.b - r.a) / std::fabs(r.a);
                return QStringLiteral("%1%2 %").arg(pct > 0.0 ? QStringLiteral("+") : QString(),
                                                    QLocale().toString(pct, 'f', 1));
            }
        default:
            return {};
        }
    }
    const int verdict = both && r.b != r.a ? (r.b > r.a ? 1 : -1) * show.better : 0;
    if (role == Qt::ToolTipRole && index.column() == Kpi && *show.spec.toolTip)
        return KpiSpecs::toolTip(show.spec);
    if (role == Qt::ToolTipRole && index.column() >= Difference && verdict != 0)
        return verdict > 0 ? tr("B is better (%1 is better)")
                                 .arg(show.better > 0 ? tr("higher") : tr("lower"))
                           : tr("B is worse (%1 is better)")
                                 .arg(show.better > 0 ? tr("higher") : tr("lower"));
    if (role == Qt::TextAlignmentRole && index.column() != Kpi)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() >= Difference && verdict != 0)
        return QBrush(verdict > 0 ? QColor(0x2e, 0x9d, 0x4c) : QColor(0xd6, 0x45, 0x3d));
    return {};
}

int RunComparisonModel::verdict(const QString& key) const
{
    for (const Row& r : m_rows)
        if (r.key == key && r.hasA && r.hasB && r.a != r.b)
            return (r.b > r.a ? 1 : -1) * displayOf(key).better;
    return 0;
}

void RunComparisonModel::setDisplayUnits(const DisplayUnits& units)
{
    if (units == m_units)
        return;
    m_units = units;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColCount - 1));
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
