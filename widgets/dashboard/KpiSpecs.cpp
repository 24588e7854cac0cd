#include "dashboard/KpiSpecs.h"

#include <QCoreApplication>

namespace nephos::widgets {

namespace {
#define KPI_TR(text) QT_TRANSLATE_NOOP("nephos::widgets::DashboardView", text)
using K = KpiKind;
} // namespace

const std::vector<KpiSpec>& KpiSpecs::cards()
{
    static const std::vector<KpiSpec> specs = {
        {"utilisation_cpu_pct", KPI_TR("CPU utilisation"), "%", 1, 1.0, K::Number,
         KPI_TR("Used vCPUs over provisioned vCPUs, averaged over the run.")},
        {"utilisation_mem_pct", KPI_TR("Memory utilisation"), "%", 1, 1.0, K::Number,
         KPI_TR("Used memory over provisioned memory, averaged over the run.")},
        {"utilisation_gpu_pct", KPI_TR("GPU utilisation"), "%", 1, 1.0, K::Number,
         KPI_TR("Used GPUs over provisioned GPUs, averaged over the run.")},
        {"jct_mean_h", KPI_TR("Job completion (mean)"), "h", 2, 1.0, K::Number,
         KPI_TR("Mean time from a job's arrival to its completion, over completed jobs.")},
        {"jct_p95_h", KPI_TR("Job completion (p95)"), "h", 2, 1.0, K::Number,
         KPI_TR("95 % of completed jobs finished within this time of arriving.")},
        {"sla_violation_pct", KPI_TR("SLA violations"), "%", 2, 1.0, K::Number,
         KPI_TR("Share of finished (or already overdue) jobs that took longer than their "
                "class's deadline.")},
        {"energy_kwh_per_pflop", KPI_TR("Energy efficiency"), "kWh/PFLOP", 3, 1.0, K::Number,
         KPI_TR("Facility energy per PFLOP of useful work: lower is better.")},
        {"cost_usd_per_pflop", KPI_TR("Cost efficiency"), "/PFLOP", 3, 1.0, K::MoneyPerPflop,
         KPI_TR("Total cost per PFLOP of useful work: lower is better.")},
        {"intercloud_tb", KPI_TR("Data moved between providers"), "TB", 2, 1.0, K::Number,
         KPI_TR("Data moved between regions of different providers over the run. The map's "
                "arcs also count data moved between regions of the same provider.")},
        {"responsiveness_min", KPI_TR("Recovery after a load step"), "min", 1, 1.0, K::Number,
         KPI_TR("Responsiveness: mean minutes from the start of an arrival burst until the "
                "queue is back at its level before the burst. 0 when the scenario has no "
                "bursts.")},
        {"queue_episode_mean_min", KPI_TR("Waiting periods (mean)"), "min", 1, 1.0, K::Number,
         KPI_TR("Mean length of the periods in which at least one job was waiting.")},
        {"total_cost_usd", KPI_TR("Total cost"), "", 0, 1.0, K::Money,
         KPI_TR("VM billing plus data egress plus dataset storage.")},
        {"storage_cost_usd", KPI_TR("Dataset storage cost"), "", 0, 1.0, K::Money,
         KPI_TR("Storage billed for copies of datasets kept in regions where jobs ran; part of "
                "the total cost.")},
        {"energy_kwh", KPI_TR("Facility energy"), "", 1, 1.0, K::Energy,
         KPI_TR("Energy drawn by the VMs' servers times each region's PUE (cooling and power "
                "losses), plus network energy.")},
        {"carbon_kg_co2e", KPI_TR("Carbon"), "t CO2e", 1, 0.001, K::Number,
         KPI_TR("Facility energy times each region's grid carbon intensity.")},
        {"queue_wait_mean_h", KPI_TR("Queue wait (mean)"), "h", 2, 1.0, K::Number,
         KPI_TR("Mean time jobs spent waiting for a VM, including jobs never placed (counted "
                "up to the end of the run).")},
        {"jobs_completed", KPI_TR("Jobs completed"), "", 0, 1.0, K::Number,
         KPI_TR("Jobs completed of the jobs that arrived within the run.")},
    };
    return specs;
}

const std::vector<KpiSpec>& KpiSpecs::all()
{
    static const std::vector<KpiSpec> specs = [] {
        std::vector<KpiSpec> out = cards();
        const std::vector<KpiSpec> extra = {
            {"jct_p50_h", KPI_TR("Job completion (median)"), "h", 2, 1.0, K::Number,
             KPI_TR("Half of the completed jobs finished within this time of arriving.")},
            {"jct_p99_h", KPI_TR("Job completion (p99)"), "h", 2, 1.0, K::Number,
             KPI_TR("99 % of completed jobs finished within this time of arriving.")},
            {"compute_cost_usd", KPI_TR("Compute cost"), "", 0, 1.0, K::Money,
             KPI_TR("VM billing: provisioned VM time at each offer's hourly price.")},
            {"egress_cost_usd", KPI_TR("Egress cost"), "", 0, 1.0, K::Money,
             KPI_TR("Charges for data leaving a region.")},
            {"useful_pflop", KPI_TR("Useful work"), "PFLOP", 1, 1.0, K::Number,
             KPI_TR("Work of completed jobs plus the progress of running ones; work lost to "
                    "failures is not counted.")},
            {"makespan_h", KPI_TR("Makespan"), "h", 1, 1.0, K::Number,
             KPI_TR("From the first arrival to the last completion.")},
            {"jobs_total", KPI_TR("Jobs submitted"), "", 0, 1.0, K::Number,
             KPI_TR("Jobs that arrived within the run.")},
            {"jobs_failed_requeued", KPI_TR("Jobs requeued after a failure"), "", 0, 1.0, K::Number,
             KPI_TR("Times a job went back to the queue because its VM failed.")},
        };
        out.insert(out.end(), extra.begin(), extra.end());
        return out;
    }();
    return specs;
}

const KpiSpec* KpiSpecs::find(const QString& key)
{
    for (const KpiSpec& spec : all())
        if (key == QLatin1String(spec.key))
            return &spec;
    return nullptr;
}

QString KpiSpecs::title(const KpiSpec& spec)
{
    return QCoreApplication::translate("nephos::widgets::DashboardView", spec.title);
}

QString KpiSpecs::toolTip(const KpiSpec& spec)
{
    return QCoreApplication::translate("nephos::widgets::DashboardView", spec.toolTip);
}

} // namespace nephos::widgets
