#pragma once

#include "dashboard/DisplayUnits.h"

#include <QAbstractTableModel>

#include <string>
#include <utility>
#include <vector>

namespace nephos::widgets {

/// Two runs' KPIs side by side as the dashboard shows them (titles, units, scaling): run A,
/// run B, B − A and the relative change, coloured by whether B is better or worse for that KPI
/// (lower cost is better, higher utilisation is better).
class RunComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col { Kpi, RunA, RunB, Difference, RelativePct, ColCount };
    using KpiValues = std::vector<std::pair<std::string, double>>;
    explicit RunComparisonModel(QObject* parent = nullptr);

    /// KPIs in keyValues() order; keys missing on one side show "—".
    void setRuns(const QString& labelA, const KpiValues& a, const QString& labelB,
                 const KpiValues& b);

    /// B − A for `key`; NaN when either side lacks it.
    double difference(const QString& key) const;
    /// +1 when B is better than A for `key`, −1 when worse, 0 when equal, neutral or missing.
    int verdict(const QString& key) const;
    void setDisplayUnits(const DisplayUnits& units);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString key;
        double a;
        double b;
        bool hasA;
        bool hasB;
    };
    std::vector<Row> m_rows;
    QString m_labelA;
    QString m_labelB;
    DisplayUnits m_units;
};

} // namespace nephos::widgets
