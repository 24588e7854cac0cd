#include "scenario/ScenarioElasticChecks.h"

#include <QStringList>

#include <cmath>
#include <set>

namespace nephos {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 12);
}

QString at(const QString& array, std::size_t i)
{
    return QStringLiteral("%1[%2]").arg(array).arg(i);
}

QString quoted(const std::string& s)
{
    return QLatin1Char('\'') + QString::fromStdString(s) + QLatin1Char('\'');
}

void within(ScenarioProblems& out, const QString& path, double v, double lo, double hi)
{
    if (!std::isfinite(v) || v < lo || v > hi)
        out.push_back(
            {path, QStringLiteral("must be in [%1, %2], got %3").arg(num(lo), num(hi), num(v))});
}

void oneOf(ScenarioProblems& out, const QString& path, const std::string& v,
           std::initializer_list<const char*> allowed)
{
    QStringList names;
    for (const char* a : allowed) {
        if (v == a)
            return;
        names << QString::fromLatin1(a);
    }
    out.push_back({path, QStringLiteral("must be one of %1, got %2")
                             .arg(names.join(QStringLiteral(", ")), quoted(v))});
}

} // namespace

void checkElasticModel(const Scenario& s, ScenarioProblems& out)
{
    const SimulationSettings& st = s.settings;
    oneOf(out, QStringLiteral("settings.scaling"), st.scaling, {"none", "on-demand", "threshold"});
    within(out, QStringLiteral("settings.idle_timeout_min"), st.idleTimeoutMinutes, 0.0, 1.0e5);
    within(out, QStringLiteral("settings.reserved_discount_pct"), st.reservedDiscountPct, 0.0,
           100.0);
    within(out, QStringLiteral("settings.cache_capacity_gb"), st.cacheCapacityGb, 0.0, 1.0e9);
    oneOf(out, QStringLiteral("settings.unhostable"), st.unhostable, {"skip", "refuse"});

    for (std::size_t i = 0; i < s.providers.size(); ++i) {
        const Provider& p = s.providers[i];
        const QString path = at(QStringLiteral("providers"), i);
        within(out, path + QStringLiteral(".storage_usd_per_gb_month"), p.storageUsdPerGbMonth, 0.0,
               100.0);
        for (std::size_t t = 0; t < p.egressTiers.size(); ++t) {
            const QString tp = at(path + QStringLiteral(".egress_tiers"), t);
            within(out, tp + QStringLiteral(".from_tb"), p.egressTiers[t].fromTb, 0.0, 1.0e9);
            within(out, tp + QStringLiteral(".usd_per_gb"), p.egressTiers[t].usdPerGb, 0.0, 100.0);
            if (t == 0 && p.egressTiers[t].fromTb != 0.0)
                out.push_back({tp + QStringLiteral(".from_tb"),
                               QStringLiteral("the first tier must start at 0 TB")});
            if (t > 0 && !(p.egressTiers[t].fromTb > p.egressTiers[t - 1].fromTb))
                out.push_back({tp + QStringLiteral(".from_tb"),
                               QStringLiteral("tiers must be in ascending from_tb order")});
        }
        if (!p.egressTiers.empty() && !(p.egressTiers.front().usdPerGb > 0.0))
            out.push_back({path + QStringLiteral(".egress_tiers[0].usd_per_gb"),
                           QStringLiteral("the first tier's price must be > 0 (later tiers are "
                                          "applied relative to it)")});
    }

    for (std::size_t i = 0; i < s.pool.size(); ++i) {
        const VmPoolEntry& e = s.pool[i];
        const QString path = at(QStringLiteral("pool"), i);
        if (e.reserved < 0 || e.reserved > e.count)
            out.push_back({path + QStringLiteral(".reserved"),
                           QStringLiteral("must be within [0, count] = [0, %1], got %2")
                               .arg(e.count)
                               .arg(e.reserved)});
    }

    std::set<std::string> names;
    for (std::size_t i = 0; i < s.datasets.size(); ++i) {
        const Dataset& d = s.datasets[i];
        const QString path = at(QStringLiteral("datasets"), i);
        if (d.name.empty())
            out.push_back({path + QStringLiteral(".name"), QStringLiteral("must not be empty")});
        else if (!names.insert(d.name).second)
            out.push_back({path + QStringLiteral(".name"),
                           QStringLiteral("duplicate dataset name %1").arg(quoted(d.name))});
        within(out, path + QStringLiteral(".size_gb"), d.sizeGb, 0.0, 1.0e9);
        if (d.homeRegions.empty())
            out.push_back({path + QStringLiteral(".home_regions"),
                           QStringLiteral("must name at least one region")});
        for (std::size_t r = 0; r < d.homeRegions.size(); ++r)
            if (!s.findRegion(d.homeRegions[r]))
                out.push_back({at(path + QStringLiteral(".home_regions"), r),
                               QStringLiteral("unknown region %1").arg(quoted(d.homeRegions[r]))});
    }

    for (std::size_t i = 0; i < s.workloads.size(); ++i) {
        const WorkloadClass& w = s.workloads[i];
        const QString path = at(QStringLiteral("workloads"), i);
        for (std::size_t k = 0; k < w.datasets.size(); ++k)
            if (!s.findDataset(w.datasets[k]))
                out.push_back({at(path + QStringLiteral(".datasets"), k),
                               QStringLiteral("unknown dataset %1").arg(quoted(w.datasets[k]))});
        if (w.mfu >= 0.0 || !std::isfinite(w.mfu))
            within(out, path + QStringLiteral(".mfu"), w.mfu, 0.0, 1.0);
        if (!w.timing.empty())
            oneOf(out, path + QStringLiteral(".timing"), w.timing, {"throughput", "wall-clock"});
    }
    for (std::size_t i = 0; i < s.traceJobs.size(); ++i)
        if (!s.traceJobs[i].dataset.empty() && !s.findDataset(s.traceJobs[i].dataset))
            out.push_back(
                {at(QStringLiteral("trace_jobs"), i) + QStringLiteral(".dataset"),
                 QStringLiteral("unknown dataset %1").arg(quoted(s.traceJobs[i].dataset))});
}

} // namespace nephos
