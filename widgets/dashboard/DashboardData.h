#pragma once

#include "dashboard/DisplayUnits.h"
#include "dashboard/KpiSpecs.h"
#include "dashboard/TimeSeriesChart.h"

#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace nephos {
struct Scenario;
struct RunResult;
} // namespace nephos

namespace nephos::widgets {

/// Everything the dashboard shows for one run, as plain prepared data: computing it (series
/// downsampling, anomaly detection, cost advice, card texts) is the slow part and runs on any
/// thread; DashboardView then only applies it.
struct DashboardData
{
    /// How a KPI card's value is formatted.
    using CardKind = KpiKind;
    /// One KPI card: Kpis key, title, unit, decimals, display factor, kind, tooltip.
    using CardSpec = KpiSpec;
    /// One row of the "By workload class" table: the class and one text per classColumns() key.
    struct ClassRow
    {
        QString name;
        QStringList cells;
    };

    bool hasRun = false;
    QString header;
    QStringList cardValues;          ///< one per cardSpecs() entry
    std::vector<ClassRow> classRows; ///< one per workload class of the run
    /// Utilisation chart per resource (0 CPU, 1 memory, 2 GPU).
    std::array<PreparedChart, 3> utilisation;
    /// The other charts, in chartSpecs() order after the utilisation chart.
    std::vector<PreparedChart> charts;
    QStringList anomalyTexts;
    QStringList suggestionTexts;
    QString savingText;

    /// Computes the dashboard of a run; pure, safe to call from a worker thread.
    static DashboardData prepare(const nephos::Scenario& scenario, const nephos::RunResult& result,
                                 const DisplayUnits& units);
    /// The cards, in display order.
    static const std::vector<CardSpec>& cardSpecs();
    /// The class table's columns (Kpis keys), in display order.
    static const std::vector<const char*>& classColumns();
    /// The charts in display order; the first is the utilisation chart of `resource`.
    static std::vector<TimeSeriesChartSpec> chartSpecs(const DisplayUnits& units, int resource = 0);
    /// Card value text of `spec` for raw KPI value `value` (jobsTotal for "jobs_completed").
    static QString cardText(const CardSpec& spec, double value, long long jobsTotal,
                            const DisplayUnits& units);
};

using DashboardDataPtr = std::shared_ptr<const DashboardData>;

} // namespace nephos::widgets
