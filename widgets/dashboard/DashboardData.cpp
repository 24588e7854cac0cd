#include "dashboard/DashboardData.h"

#include "analysis/AnomalyDetector.h"
#include "analysis/CostAdvisor.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"

#include <QLocale>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <map>

namespace nephos::widgets {

namespace {

QString utilTitle(int resource)
{
    switch (resource) {
    case 1:
        return QObject::tr("Memory utilisation per provider");
    case 2:
        return QObject::tr("GPU utilisation per provider");
    default:
        return QObject::tr("CPU utilisation per provider");
    }
}

SeriesMetric utilMetric(int resource)
{
    switch (resource) {
    case 1:
        return SeriesMetric::MemUtilPct;
    case 2:
        return SeriesMetric::GpuUtilPct;
    default:
        return SeriesMetric::CpuUtilPct;
    }
}

std::vector<Anomaly> marksFor(const std::vector<Anomaly>& all, SeriesMetric metric, bool util)
{
    std::vector<Anomaly> out;
    for (const Anomaly& a : all)
        if (a.metric == metric && (util || metric == SeriesMetric::QueueLength))
            out.push_back(a);
    return out;
}

} // namespace

const std::vector<DashboardData::CardSpec>& DashboardData::cardSpecs()
{
    static const std::vector<CardSpec> cards = {
        {"utilisation_cpu_pct", "CPU utilisation", "%", 1, 1.0, CardKind::Number},
        {"utilisation_mem_pct", "Memory utilisation", "%", 1, 1.0, CardKind::Number},
        {"utilisation_gpu_pct", "GPU utilisation", "%", 1, 1.0, CardKind::Number},
        {"jct_mean_h", "Job completion (mean)", "h", 2, 1.0, CardKind::Number},
        {"jct_p95_h", "Job completion (p95)", "h", 2, 1.0, CardKind::Number},
        {"sla_violation_pct", "SLA violations", "%", 2, 1.0, CardKind::Number},
        {"energy_kwh_per_pflop", "Energy efficiency", "kWh/PFLOP", 3, 1.0, CardKind::Number},
        {"cost_usd_per_pflop", "Cost efficiency", "/PFLOP", 3, 1.0, CardKind::MoneyPerPflop},
        {"intercloud_tb", "Data moved between providers", "TB", 2, 1.0, CardKind::Number},
        {"responsiveness_min", "Responsiveness", "min", 1, 1.0, CardKind::Number},
        {"total_cost_usd", "Total cost", "", 0, 1.0, CardKind::Money},
        {"energy_kwh", "Facility energy", "", 1, 1.0, CardKind::Energy},
        {"carbon_kg_co2e", "Carbon", "t CO2e", 1, 0.001, CardKind::Number},
        {"queue_wait_mean_h", "Queue wait (mean)", "h", 2, 1.0, CardKind::Number},
        {"jobs_completed", "Jobs completed", "", 0, 1.0, CardKind::Number},
    };
    return cards;
}

std::vector<TimeSeriesChartSpec> DashboardData::chartSpecs(const DisplayUnits& units, int resource)
{
    const QString cur = units.currency.isEmpty() ? QStringLiteral("USD") : units.currency;
    const bool autoCost = units.cost == CostScale::Automatic;
    const bool mw = units.energy == EnergyUnit::MWh;
    return {
        {QStringLiteral("utilisation"), utilTitle(resource), QObject::tr("Utilisation"),
         QObject::tr("%"), QString(), utilMetric(resource), true},
        {QStringLiteral("queue"), QObject::tr("Queue length"), QObject::tr("Queued jobs"),
         QObject::tr("count"), QString(), SeriesMetric::QueueLength, false},
        {QStringLiteral("running"), QObject::tr("Running jobs"), QObject::tr("Running jobs"),
         QObject::tr("count"), QString(), SeriesMetric::RunningJobs, false},
        {QStringLiteral("cost_rate"), QObject::tr("Cost rate"), QObject::tr("Cost rate"),
         QObject::tr("%1/h").arg(cur), autoCost ? QObject::tr("k %1/h").arg(cur) : QString(),
         SeriesMetric::CostRateUsdPerHour, false},
        {QStringLiteral("cumulative_cost"), QObject::tr("Cumulative cost"), QObject::tr("Cost"),
         cur, autoCost ? QObject::tr("k %1").arg(cur) : QString(), SeriesMetric::CumulativeCostUsd,
         false},
        {QStringLiteral("power"), QObject::tr("Facility power"), QObject::tr("Power"),
         QObject::tr("kW"), QObject::tr("MW"), SeriesMetric::PowerKw, false, mw},
        {QStringLiteral("carbon"), QObject::tr("Carbon emission rate"), QObject::tr("Carbon"),
         QObject::tr("kg CO2e/h"), QObject::tr("t CO2e/h"), SeriesMetric::CarbonRateKgPerHour,
         false},
    };
}

QString DashboardData::cardText(const CardSpec& spec, double value, long long jobsTotal,
                                const DisplayUnits& units)
{
    const double v = value * spec.factor;
    switch (spec.kind) {
    case CardKind::Money:
        return units.formatMoney(v, spec.decimals);
    case CardKind::Energy:
        return units.formatEnergy(v, units.energy == EnergyUnit::MWh ? spec.decimals : 0);
    default:
        break;
    }
    // At least three significant digits for small values (e.g. 0.00123 kWh/PFLOP).
    int decimals = spec.decimals;
    if (v != 0.0 && std::fabs(v) < 1.0 && decimals > 0)
        decimals = std::max(decimals, 2 - int(std::floor(std::log10(std::fabs(v)))));
    QString text = QLocale().toString(v, 'f', decimals);
    if (std::string(spec.key) == "jobs_completed")
        text += QObject::tr(" of %1").arg(QLocale().toString(jobsTotal));
    else if (spec.kind == CardKind::MoneyPerPflop)
        text = units.formatMoney(v, decimals) + QLatin1String(spec.unit);
    else if (*spec.unit)
        text += QLatin1Char(' ') + QLatin1String(spec.unit);
    return text;
}

DashboardData DashboardData::prepare(const Scenario& scenario, const RunResult& result,
                                     const DisplayUnits& units)
{
    DashboardData d;
    d.hasRun = true;
    d.header = QObject::tr("%1 — policy %2, seed %3, %4 simulated hours, status %5")
                   .arg(QString::fromStdString(scenario.name.empty() ? std::string("scenario")
                                                                     : scenario.name),
                        QString::fromStdString(result.policy))
                   .arg(result.seed)
                   .arg(result.simulatedHours, 0, 'f', 1)
                   .arg(QLatin1String(runStatusKey(result.status)));

    std::map<std::string, double> kv;
    for (const auto& [k, v] : result.kpis.keyValues())
        kv[k] = v;
    for (const CardSpec& spec : cardSpecs())
        d.cardValues << cardText(spec, kv[spec.key], result.kpis.jobsTotal, units);

    const std::vector<Anomaly> anomalies = AnomalyDetector().detectRun(result.series);
    for (int r = 0; r < 3; ++r) {
        const TimeSeriesChartSpec spec = chartSpecs(units, r).front();
        d.utilisation[std::size_t(r)] = TimeSeriesChart::prepare(
            spec, scenario, result.series, marksFor(anomalies, spec.metric, true));
    }
    const auto specs = chartSpecs(units);
    for (std::size_t c = 1; c < specs.size(); ++c)
        d.charts.push_back(TimeSeriesChart::prepare(specs[c], scenario, result.series,
                                                    marksFor(anomalies, specs[c].metric, false)));

    for (const Anomaly& a : anomalies) {
        const QString entity =
            a.entity >= 0 && a.entity < result.series.entityCount()
                ? QString::fromStdString(result.series.entities[std::size_t(a.entity)])
                : QStringLiteral("?");
        d.anomalyTexts << QObject::tr("%1 h · %2 · %3: %4 (norm %5, z = %6)")
                              .arg(a.timeHours, 0, 'f', 1)
                              .arg(entity, QLatin1String(MonitorSeries::metricKey(a.metric)))
                              .arg(a.value, 0, 'f', 1)
                              .arg(a.baseline, 0, 'f', 1)
                              .arg(a.zScore, 0, 'f', 1);
    }
    if (anomalies.empty())
        d.anomalyTexts << QObject::tr(
            "No anomalies: utilisation and queues stayed near their norm.");

    const auto suggestions = CostAdvisor().advise(scenario, result);
    for (const CostSuggestion& x : suggestions)
        d.suggestionTexts << QString::fromStdString(x.text);
    d.savingText = suggestions.empty()
                       ? QObject::tr("No saving found in this run.")
                       : QObject::tr("%1 suggestions; estimates overlap, so they do not add up.")
                             .arg(suggestions.size());
    return d;
}

} // namespace nephos::widgets
