#include "sim/Kernel.h"

#include "metrics/KpiCalculator.h"

#include <algorithm>
#include <cmath>

namespace nephos {

namespace {
constexpr std::size_t I(Rate r)
{
    return static_cast<std::size_t>(r);
}
double pct(double used, double prov)
{
    return prov > 0.0 ? 100.0 * used / prov : 0.0;
}
} // namespace

void Simulation::Kernel::initSeries()
{
    MonitorSeries& s = m_series;
    for (const Provider& p : m_scenario.providers)
        s.entities.push_back(p.id);
    for (const Region& r : m_scenario.regions)
        s.entities.push_back(r.id);
    s.entities.push_back("total");
    s.providerCount = m_cluster.providerCount;
    s.regionCount = m_cluster.regionCount;
    if (!m_scenario.settings.monitoring || !(m_scenario.settings.monitorIntervalMinutes > 0.0))
        return;
    m_monitorInterval = m_scenario.settings.monitorIntervalMinutes / 60.0;
    s.capacity = static_cast<std::size_t>(std::floor(m_horizon / m_monitorInterval + 1e-9));
    s.values.assign(static_cast<std::size_t>(SeriesMetric::Count) * s.entities.size() * s.capacity,
                    0.0f);
    s.timesHours.reserve(s.capacity);
    m_prevSample.assign(static_cast<std::size_t>(m_cluster.regionCount), Accounting::Values{});
    if (s.capacity > 0)
        m_queue.push(sampleTime(1), EventType::Monitor);
}

double Simulation::Kernel::sampleTime(std::size_t k) const
{
    // k × interval computed afresh (not accumulated: a running sum drifts past the horizon and
    // the last sample would be lost), never after the horizon
    return std::min(static_cast<double>(k) * m_scenario.settings.monitorIntervalMinutes / 60.0,
                    m_horizon);
}

void Simulation::Kernel::sample()
{
    MonitorSeries& s = m_series;
    const std::size_t k = s.timesHours.size();
    if (k >= s.capacity)
        return;
    const double now = m_cluster.nowHours;
    const double dt = now - m_lastSample;
    m_lastSample = now;
    s.timesHours.push_back(now);
    const std::size_t E = s.entities.size();
    const int P = m_cluster.providerCount;
    const int R = m_cluster.regionCount;
    // per entity: integral differences (dd), instantaneous values (queue, running, VMs), cum. cost
    struct Acc
    {
        Accounting::Values dd{};
        double queue = 0, running = 0, vms = 0, cumCost = 0;
    };
    std::vector<Acc> acc(E);
    for (int r = 0; r < R; ++r) {
        const auto ur = static_cast<std::size_t>(r);
        const Accounting::Values in = m_acc.integrals(r, now);
        Acc a;
        for (std::size_t q = 0; q < in.size(); ++q)
            a.dd[q] = in[q] - m_prevSample[ur][q];
        m_prevSample[ur] = in;
        a.queue = m_regionQueued[ur];
        a.running = m_regionRunning[ur];
        a.vms = m_acc.rate(r, Rate::Vms);
        a.cumCost = in[I(Rate::CostUsdPerHour)] + m_regionEgressUsd[ur];
        const int targets[3] = {m_cluster.regionProvider[ur], P + r, static_cast<int>(E) - 1};
        for (int t : targets) {
            Acc& d = acc[static_cast<std::size_t>(t)];
            for (std::size_t q = 0; q < in.size(); ++q)
                d.dd[q] += a.dd[q];
            d.queue += a.queue;
            d.running += a.running;
            d.vms += a.vms;
            d.cumCost += a.cumCost;
        }
    }
    acc[E - 1].queue = m_cluster.queuedJobs;
    auto put = [&](SeriesMetric m, std::size_t e, double v) {
        s.values[(static_cast<std::size_t>(m) * E + e) * s.capacity + k] = static_cast<float>(v);
    };
    for (std::size_t e = 0; e < E; ++e) {
        const Acc& a = acc[e];
        put(SeriesMetric::CpuUtilPct, e, pct(a.dd[I(Rate::UsedVcpus)], a.dd[I(Rate::ProvVcpus)]));
        put(SeriesMetric::MemUtilPct, e, pct(a.dd[I(Rate::UsedMemGib)], a.dd[I(Rate::ProvMemGib)]));
        put(SeriesMetric::GpuUtilPct, e, pct(a.dd[I(Rate::UsedGpus)], a.dd[I(Rate::ProvGpus)]));
        put(SeriesMetric::QueueLength, e, a.queue);
        put(SeriesMetric::RunningJobs, e, a.running);
        put(SeriesMetric::ProvisionedVms, e, a.vms);
        put(SeriesMetric::CostRateUsdPerHour, e, dt > 0 ? a.dd[I(Rate::CostUsdPerHour)] / dt : 0.0);
        put(SeriesMetric::CumulativeCostUsd, e, a.cumCost);
        put(SeriesMetric::PowerKw, e, dt > 0 ? a.dd[I(Rate::FacilityKw)] / dt : 0.0);
        put(SeriesMetric::CarbonRateKgPerHour, e,
            dt > 0 ? a.dd[I(Rate::CarbonKgPerHour)] / dt : 0.0);
    }
}

double Simulation::Kernel::totalCostUsd() const
{
    double usd = 0.0;
    for (int r = 0; r < m_cluster.regionCount; ++r)
        usd += m_acc.integral(r, Rate::CostUsdPerHour, m_cluster.nowHours) +
               m_regionEgressUsd[static_cast<std::size_t>(r)];
    return usd;
}

double Simulation::Kernel::totalCarbonKg() const
{
    double kg = 0.0;
    for (int r = 0; r < m_cluster.regionCount; ++r)
        kg += m_acc.integral(r, Rate::CarbonKgPerHour, m_cluster.nowHours) +
              m_regionNetKg[static_cast<std::size_t>(r)];
    return kg;
}

RunResult Simulation::Kernel::snapshot() const
{
    RunResult res;
    const double now = m_cluster.nowHours;
    res.status = m_status;
    res.policy = m_policy->name();
    res.seed = m_scenario.settings.seed;
    res.simulatedHours = now;
    res.events = m_events;
    res.series = m_series;
    const int R = m_cluster.regionCount, T = m_cluster.typeCount, P = m_cluster.providerCount;

    // useful work of running jobs so far, per region and type
    std::vector<double> regionPflop = m_regionPflop, typePflop = m_typePflop;
    KpiInputs in;
    const std::size_t K = m_scenario.workloads.size() + 1; // last: jobs without a class
    std::vector<KpiInputs> cin(K);
    std::vector<double> classRunningPflop(K, 0.0);
    res.jobs.reserve(m_jobs.size());
    for (const Job& j : m_jobs) {
        JobRecord rec;
        rec.id = j.demand.id;
        rec.workloadClass = j.demand.workloadClass;
        rec.arrivalHours = j.demand.arrivalHours;
        rec.startHours = j.startHours;
        rec.finishHours = j.finishHours;
        rec.vm = j.vm;
        rec.workPflop = j.demand.workPflop;
        rec.stagingHours =
            j.stagingHours + (j.state == JobState::Staging ? now - j.phaseStart : 0.0);
        rec.requeues = j.requeues;
        if (j.vm >= 0)
            rec.region = m_cluster
                             .groups[static_cast<std::size_t>(
                                 m_cluster.vmGroup[static_cast<std::size_t>(j.vm)])]
                             .region;
        if (j.vm < 0 && j.targetGroup >= 0)
            rec.region = m_cluster.groups[static_cast<std::size_t>(j.targetGroup)].region;
        const double sla = j.demand.slaHours;
        KpiInputs& ci =
            cin[static_cast<std::size_t>(classEntity(j.demand.workloadClass) - m_classEntity0)];
        ++ci.jobsTotal;
        ci.requeues += j.requeues;
        if (ci.firstArrivalHours < 0.0)
            ci.firstArrivalHours = j.demand.arrivalHours;
        if (j.state == JobState::Done) {
            const double jct = j.finishHours - j.demand.arrivalHours;
            in.completionHours.push_back(jct);
            ci.completionHours.push_back(jct);
            rec.slaViolated = sla > 0.0 && jct > sla;
            ++in.slaJudged;
            ++ci.slaJudged;
            ++ci.jobsCompleted;
            ci.lastFinishHours = std::max(ci.lastFinishHours, j.finishHours);
        } else if (sla > 0.0 && now - j.demand.arrivalHours > sla) {
            rec.slaViolated = true;
            ++in.slaJudged;
            ++ci.slaJudged;
        }
        if (rec.slaViolated) {
            ++in.slaViolated;
            ++ci.slaViolated;
        }
        // every job's wait so far counts, including jobs never placed
        const double wait = j.queueHours + (j.state == JobState::Queued ? now - j.phaseStart : 0.0);
        in.queueWaitHours.push_back(wait);
        ci.queueWaitHours.push_back(wait);
        if (j.state == JobState::Running && j.demand.workPflop > 0.0) {
            const double left = std::max(0.0, j.remaining - (now - j.phaseStart) * j.speed);
            const double done = j.units - left;
            const VmGroup& g = m_cluster.groups[static_cast<std::size_t>(
                m_cluster.vmGroup[static_cast<std::size_t>(j.vm)])];
            regionPflop[static_cast<std::size_t>(g.region)] += done;
            typePflop[static_cast<std::size_t>(g.instanceType)] += done;
            classRunningPflop[static_cast<std::size_t>(classEntity(j.demand.workloadClass) -
                                                       m_classEntity0)] += done;
        }
        res.jobs.push_back(rec);
    }

    auto fill = [&](UsageTotals& u, const Accounting::Values& v) {
        u.vmHours = v[I(Rate::Vms)];
        u.avgCpuUtilPct = pct(v[I(Rate::UsedVcpus)], v[I(Rate::ProvVcpus)]);
        u.avgMemUtilPct = pct(v[I(Rate::UsedMemGib)], v[I(Rate::ProvMemGib)]);
        u.avgGpuUtilPct = pct(v[I(Rate::UsedGpus)], v[I(Rate::ProvGpus)]);
        u.avgQueueLength = now > 0.0 ? v[I(Rate::Queue)] / now : 0.0;
        u.costUsd = v[I(Rate::CostUsdPerHour)] + v[I(Rate::StorageUsdPerHour)];
        u.energyKwh = v[I(Rate::FacilityKw)];
        u.carbonKg = v[I(Rate::CarbonKgPerHour)];
    };
    std::vector<Accounting::Values> provider(static_cast<std::size_t>(P), Accounting::Values{});
    Accounting::Values total{};
    res.providers.resize(static_cast<std::size_t>(P));
    for (int p = 0; p < P; ++p)
        res.providers[static_cast<std::size_t>(p)].id =
            m_scenario.providers[static_cast<std::size_t>(p)].id;
    double egress = 0.0, netKwh = 0.0, netKg = 0.0;
    for (int r = 0; r < R; ++r) {
        const auto ur = static_cast<std::size_t>(r);
        const Accounting::Values v = m_acc.integrals(r, now);
        UsageTotals u;
        u.id = m_scenario.regions[ur].id;
        fill(u, v);
        u.costUsd += m_regionEgressUsd[ur];
        u.energyKwh += m_regionNetKwh[ur];
        u.carbonKg += m_regionNetKg[ur];
        u.usefulPflop = regionPflop[ur];
        u.jobsCompleted = m_regionCompleted[ur];
        res.regions.push_back(u);
        const auto p = static_cast<std::size_t>(m_cluster.regionProvider[ur]);
        for (std::size_t q = 0; q < v.size(); ++q) {
            provider[p][q] += v[q];
            total[q] += v[q];
        }
        UsageTotals& pu = res.providers[p];
        pu.costUsd += m_regionEgressUsd[ur];
        pu.energyKwh += m_regionNetKwh[ur];
        pu.carbonKg += m_regionNetKg[ur];
        pu.usefulPflop += regionPflop[ur];
        pu.jobsCompleted += m_regionCompleted[ur];
        egress += m_regionEgressUsd[ur];
        netKwh += m_regionNetKwh[ur];
        netKg += m_regionNetKg[ur];
    }
    for (int p = 0; p < P; ++p) {
        UsageTotals& pu = res.providers[static_cast<std::size_t>(p)];
        UsageTotals tmp;
        fill(tmp, provider[static_cast<std::size_t>(p)]);
        pu.vmHours = tmp.vmHours;
        pu.avgCpuUtilPct = tmp.avgCpuUtilPct;
        pu.avgMemUtilPct = tmp.avgMemUtilPct;
        pu.avgGpuUtilPct = tmp.avgGpuUtilPct;
        pu.avgQueueLength = tmp.avgQueueLength;
        pu.costUsd += tmp.costUsd;
        pu.energyKwh += tmp.energyKwh;
        pu.carbonKg += tmp.carbonKg;
    }
    for (int t = 0; t < T; ++t) {
        UsageTotals u;
        u.id = m_scenario.instanceTypes[static_cast<std::size_t>(t)].name;
        fill(u, m_acc.integrals(R + t, now));
        u.avgQueueLength = 0.0;
        u.usefulPflop = typePflop[static_cast<std::size_t>(t)];
        u.jobsCompleted = m_typeCompleted[static_cast<std::size_t>(t)];
        res.instanceTypes.push_back(u);
    }
    for (std::size_t l = 0; l < m_linkCount.size(); ++l) {
        if (m_linkCount[l] == 0)
            continue;
        TransferTotals t;
        t.src = m_scenario.regions[l / static_cast<std::size_t>(R)].id;
        t.dst = m_scenario.regions[l % static_cast<std::size_t>(R)].id;
        t.terabytes = m_linkGb[l] / 1000.0;
        t.costUsd = m_linkUsd[l];
        t.transfers = m_linkCount[l];
        res.transfers.push_back(t);
    }
    res.decisions = m_records;
    for (DecisionRecord& d : res.decisions)
        m_policy->explain(m_cluster, m_jobs[d.job].demand, d);

    in.usedVcpuHours = total[I(Rate::UsedVcpus)];
    in.provisionedVcpuHours = total[I(Rate::ProvVcpus)];
    in.usedMemGibHours = total[I(Rate::UsedMemGib)];
    in.provisionedMemGibHours = total[I(Rate::ProvMemGib)];
    in.usedGpuHours = total[I(Rate::UsedGpus)];
    in.provisionedGpuHours = total[I(Rate::ProvGpus)];
    in.computeCostUsd = total[I(Rate::CostUsdPerHour)];
    in.egressCostUsd = egress;
    in.storageCostUsd = total[I(Rate::StorageUsdPerHour)];
    in.energyKwh = total[I(Rate::FacilityKw)] + netKwh;
    in.carbonKg = total[I(Rate::CarbonKgPerHour)] + netKg;
    for (double p : regionPflop)
        in.usefulPflop += p;
    in.intercloudTb = m_intercloudGb / 1000.0;
    in.firstArrivalHours = m_jobs.empty() ? -1.0 : m_jobs.front().demand.arrivalHours;
    in.lastFinishHours = m_lastFinish;
    in.queueEpisodeHours = m_episodeHours + (m_inEpisode ? now - m_episodeStart : 0.0);
    in.queueEpisodes = m_episodes + (m_inEpisode ? 1 : 0);
    in.jobsTotal = static_cast<std::int64_t>(m_jobs.size());
    for (const UsageTotals& r : res.regions)
        in.jobsCompleted += r.jobsCompleted;
    in.requeues = m_requeues;
    const auto steps = [&](int cls) {
        std::vector<double> hours;
        for (const StepTracker& tr : m_trackers) {
            if (tr.cls != cls)
                continue;
            // open and still above the pre-step level: counted up to now (censored)
            const bool open = !tr.done && tr.risen;
            hours.push_back(open ? now - tr.stepHours : tr.recoveryHours);
        }
        return hours;
    };
    in.stepRecoveryHours = steps(-1);
    for (std::size_t k = 0; k < K; ++k) {
        KpiInputs& ci = cin[k];
        const Accounting::Values v = m_acc.integrals(m_classEntity0 + static_cast<int>(k), now);
        ci.usedVcpuHours = v[I(Rate::UsedVcpus)];
        ci.usedMemGibHours = v[I(Rate::UsedMemGib)];
        ci.usedGpuHours = v[I(Rate::UsedGpus)];
        ci.provisionedVcpuHours = in.provisionedVcpuHours; // class share of the whole pool
        ci.provisionedMemGibHours = in.provisionedMemGibHours;
        ci.provisionedGpuHours = in.provisionedGpuHours;
        ci.computeCostUsd = v[I(Rate::CostUsdPerHour)];
        ci.storageCostUsd = v[I(Rate::StorageUsdPerHour)];
        ci.egressCostUsd = m_classEgressUsd[k];
        ci.energyKwh = v[I(Rate::FacilityKw)] + m_classNetKwh[k];
        ci.carbonKg = v[I(Rate::CarbonKgPerHour)] + m_classNetKg[k];
        ci.usefulPflop = m_classPflop[k] + classRunningPflop[k];
        ci.intercloudTb = m_classIntercloudGb[k] / 1000.0;
        if (k + 1 < K)
            ci.stepRecoveryHours = steps(static_cast<int>(k));
    }
    res.kpis = KpiCalculator::compute(std::move(in));
    for (std::size_t k = 0; k + 1 < K; ++k) {
        res.classKpis.push_back(KpiCalculator::compute(std::move(cin[k])));
        res.classNames.push_back(m_scenario.workloads[k].name);
    }
    res.unhostable = m_unhostable;
    return res;
}

} // namespace nephos
