#pragma once

#include "dashboard/DashboardData.h"

#include <QTableWidget>

namespace nephos::widgets {

/// The dashboard's "By workload class" table: one row per workload class, the class's jobs
/// completed, completion times, SLA violations, queue wait, cost, energy, carbon and useful work,
/// with the KPI cards' titles, units and money format. Its height follows its rows (no inner
/// scrolling inside the dashboard's scroll area).
class ClassKpiTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ClassKpiTable(QWidget* parent = nullptr);

    /// Shows the class rows of `data` (none when `data` is null or has no classes).
    void setData(const DashboardData* data);
    /// "class|cell|cell…" per row (for tests).
    QStringList rowTexts() const;
    /// The column titles, the class column first.
    QStringList columnTitles() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHeight();
};

} // namespace nephos::widgets
