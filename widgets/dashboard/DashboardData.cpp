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

/// A monitored metric's name for people (anomaly list).
QString metricName(SeriesMetric metric)
{
    switch (metric) {
    case SeriesMetric::CpuUtilPct:
        return QObject::tr("CPU utilisation %");
    case SeriesMetric::MemUtilPct:
        return QObject::tr("memory utilisation %");
    case SeriesMetric::GpuUtilPct:
        return QObject::tr("GPU utilisation %");
    case SeriesMetric::QueueLength:
        return QObject::tr("queued jobs");
    case SeriesMetric::RunningJobs:
        return QObject::tr("running jobs");
    case SeriesMetric::ProvisionedVms:
        return QObject::tr("provisioned VMs");
    case SeriesMetric::CostRateUsdPerHour:
        return QObject::tr("cost rate $/h");
    case SeriesMetric::CumulativeCostUsd:
        return QObject::tr("cumulative cost $");
    case SeriesMetric::PowerKw:
        return QObject::tr("facility power kW");
    case SeriesMetric::CarbonRateKgPerHour:
        return QObject::tr("carbon rate kg CO2e/h");
    default:
        return QObject::tr("metric");
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
    return KpiSpecs::cards();
}

const std::vector<const char*>& DashboardData::classColumns()
{
    static const std::vector<const char*> keys = {
        "jobs_completed", "jct_mean_h", "jct_p95_h",      "sla_violation_pct", "queue_wait_mean_h",
        "total_cost_usd", "energy_kwh", "carbon_kg_co2e", "useful_pflop"};
    return keys;
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
    for (std::size_t c = 0; c < result.classKpis.size(); ++c) {
        ClassRow row;
        row.name = c < result.classNames.size() ? QString::fromStdString(result.classNames[c])
                   : c < scenario.workloads.size()
                       ? QString::fromStdString(scenario.workloads[c].name)
                       : QObject::tr("class %1").arg(c + 1);
        std::map<std::string, double> ckv;
        for (const auto& [k, v] : result.classKpis[c].keyValues())
            ckv[k] = v;
        for (const char* key : classColumns())
            if (const KpiSpec* spec = KpiSpecs::find(QLatin1String(key)))
                row.cells << cardText(*spec, ckv[key], result.classKpis[c].jobsTotal, units);
        d.classRows.push_back(std::move(row));
    }

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
        QString entity = QObject::tr("total");
        if (a.entity >= 0 && a.entity < result.series.entityCount() &&
            a.entity != result.series.totalEntity()) {
            const std::string& id = result.series.entities[std::size_t(a.entity)];
            entity = QString::fromStdString(id);
            if (const Region* r = scenario.findRegion(id); r && !r->name.empty())
                entity = QString::fromStdString(r->name);
            else if (const Provider* p = scenario.findProvider(id); p && !p->name.empty())
                entity = QString::fromStdString(p->name);
        }
        d.anomalyTexts << QObject::tr("%1 h · %2 · %3: %4 (norm %5, z = %6)")
                              .arg(a.timeHours, 0, 'f', 1)
                              .arg(entity, metricName(a.metric))
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
