#include "data/EnergyImporter.h"

#include "data/CsvTable.h"
#include "data/DataPackMerge.h"
#include "data/DefaultDataPack.h"

#include <cmath>
#include <map>
#include <unordered_map>

namespace nephos {

namespace {

bool inRange(const CsvTable& t, int r, int c, double& v, double lo, double hi, QString* error,
             bool allowEmpty = false)
{
    if (!t.number(r, c, v, error, allowEmpty, -1.0))
        return false;
    if (allowEmpty && t.field(r, c).isEmpty())
        return true;
    if (v < lo || v > hi) {
        if (error)
            *error =
                t.where(r, c) +
                QStringLiteral(": %1 is out of range [%2, %3]").arg(t.field(r, c)).arg(lo).arg(hi);
        return false;
    }
    return true;
}

bool regionRows(const CsvTable& t, DataPack& into, ImportReport& report, QString* error, bool pue)
{
    const int cProvider = t.column(QStringLiteral("provider"));
    const int cRegion = t.column(QStringLiteral("region"));
    const int cValue = t.column(pue ? QStringLiteral("pue") : QStringLiteral("kg_co2e_per_kwh"));
    const int cExtra = t.column(pue ? QStringLiteral("year") : QStringLiteral("source"));
    std::unordered_map<std::string, int> seen;
    std::map<std::string, RegionEnergy> energy = into.regionEnergy;
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.field(r, cProvider).isEmpty() || t.field(r, cRegion).isEmpty()) {
            if (error)
                *error = t.where(r, t.field(r, cProvider).isEmpty() ? cProvider : cRegion) +
                         QStringLiteral(": empty");
            return false;
        }
        const std::string id =
            QString(t.field(r, cProvider) + QLatin1Char(':') + t.field(r, cRegion)).toStdString();
        double value = 0.0;
        if (!inRange(t, r, cValue, value, pue ? 1.0 : 0.0, pue ? 5.0 : 5.0, error))
            return false;
        const auto [first, fresh] = seen.emplace(id, t.lineOf(r));
        if (!fresh) {
            if (error)
                *error =
                    t.origin() + QStringLiteral(": line %1: duplicate region %2 (first at line %3)")
                                     .arg(t.lineOf(r))
                                     .arg(QString::fromStdString(id))
                                     .arg(first->second);
            return false;
        }
        RegionEnergy& e = energy[id];
        if (pue) {
            e.pue = value;
            double year = 0.0;
            if (!inRange(t, r, cExtra, year, 1900, 2200, error, true))
                return false;
            e.pueYear = cExtra >= 0 && !t.field(r, cExtra).isEmpty() ? static_cast<int>(year) : 0;
        } else {
            e.carbonKgPerKwh = value;
            e.carbonSource = t.field(r, cExtra).toStdString();
        }
        for (Region& g : into.regions) {
            if (g.id != id)
                continue;
            if (pue) {
                g.pue = value;
                g.pueEstimated = false;
            } else {
                g.carbonKgPerKwh = value;
                g.carbonEstimated = false;
            }
        }
        ++report.itemsAdded;
    }
    into.regionEnergy = std::move(energy);
    into.provenance.push_back({pue ? "region PUE" : "grid carbon intensity", report.file,
                               "see the file's documentation"});
    return true;
}

bool cpuRows(const CsvTable& t, DataPack& into, ImportReport& report, QString* error)
{
    const int cProvider = t.column(QStringLiteral("provider"));
    const int cArch = t.column(QStringLiteral("microarchitecture"));
    const int cMin = t.column(QStringLiteral("min_watts_per_vcpu"));
    const int cMax = t.column(QStringLiteral("max_watts_per_vcpu"));
    std::map<std::string, std::pair<double, double>> sums;
    std::map<std::string, int> counts;
    std::map<std::string, FactConstant> constants;
    for (int r = 0; r < t.rowCount(); ++r) {
        double lo = 0.0, hi = 0.0;
        if (!inRange(t, r, cMin, lo, 0.0, 1000.0, error) ||
            !inRange(t, r, cMax, hi, 0.0, 1000.0, error))
            return false;
        if (hi < lo) {
            if (error)
                *error = t.where(r, cMax) +
                         QStringLiteral(": max %1 W is below min %2 W").arg(hi).arg(lo);
            return false;
        }
        const std::string provider = t.field(r, cProvider).toStdString();
        const std::string arch = t.field(r, cArch).toStdString();
        if (provider.empty()) {
            if (error)
                *error = t.where(r, cProvider) + QStringLiteral(": empty");
            return false;
        }
        sums[provider].first += lo;
        sums[provider].second += hi;
        ++counts[provider];
        constants["cpu_min_watts_per_vcpu:" + provider + ':' + arch] = {lo, "W/vCPU", report.file};
        constants["cpu_max_watts_per_vcpu:" + provider + ':' + arch] = {hi, "W/vCPU", report.file};
        ++report.itemsAdded;
    }
    for (const auto& [provider, s] : sums) {
        const double n = counts[provider];
        const std::string note = "mean of " + std::to_string(counts[provider]) +
                                 " microarchitecture rows in " + report.file;
        constants["cpu_min_watts_per_vcpu:" + provider] = {s.first / n, "W/vCPU", note};
        constants["cpu_max_watts_per_vcpu:" + provider] = {s.second / n, "W/vCPU", note};
        for (InstanceType& type : into.instanceTypes) {
            if (type.provider == provider && type.cpuMaxWattsPerVcpu <= 0.0) {
                type.cpuMinWattsPerVcpu = s.first / n;
                type.cpuMaxWattsPerVcpu = s.second / n;
            }
        }
    }
    for (const auto& [k, v] : constants)
        into.constants[k] = v;
    into.provenance.push_back(
        {"CPU power coefficients", report.file, "see the file's documentation"});
    return true;
}

bool gpuRows(const CsvTable& t, DataPack& into, ImportReport& report, QString* error)
{
    const int cName = t.column(QStringLiteral("gpu_model"));
    const int cFp32 = t.column(QStringLiteral("fp32_tflops"));
    const int cFp16 = t.column(QStringLiteral("fp16_tensor_tflops_dense"));
    const int cMem = t.column(QStringLiteral("memory_gb"));
    const int cTdp = t.column(QStringLiteral("tdp_w"));
    const DataPack fallback = defaultDataPack();
    auto ratio = [&](const char* key) {
        return into.constants.count(key) ? into.constants.at(key).value
                                         : fallback.constants.at(key).value;
    };
    const double maxPerTdp = ratio("gpu_max_watts_per_tdp_watt");
    const double idlePerMax = ratio("gpu_idle_per_max_watts");
    std::vector<GpuModel> models;
    long long estimated = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        GpuModel m;
        m.name = t.field(r, cName).toStdString();
        if (m.name.empty()) {
            if (error)
                *error = t.where(r, cName) + QStringLiteral(": empty");
            return false;
        }
        double tdp = 0.0;
        if (!inRange(t, r, cFp32, m.fp32Tflops, 0.0, 1e6, error) ||
            !inRange(t, r, cFp16, m.fp16Tflops, 0.0, 1e6, error) ||
            !inRange(t, r, cMem, m.memoryGb, 0.0, 1e5, error) ||
            !inRange(t, r, cTdp, tdp, 1.0, 1e5, error))
            return false;
        // Measured (CCF) watts win: from `into`, else from the embedded pack's CCF figures.
        const GpuModel* known = nullptr;
        for (const GpuModel& g : into.gpuModels)
            if (g.name == m.name && g.maxWatts > 0.0)
                known = &g;
        for (const GpuModel& g : fallback.gpuModels) {
            const auto note = fallback.factSources.find("gpu:" + g.name);
            if (!known && g.name == m.name && note != fallback.factSources.end() &&
                note->second.rfind("watts: CCF", 0) == 0) {
                known = &g;
                into.factSources["gpu:" + m.name] = note->second;
            }
        }
        if (known) {
            m.idleWatts = known->idleWatts;
            m.maxWatts = known->maxWatts;
        } else {
            m.maxWatts = maxPerTdp * tdp;
            m.idleWatts = idlePerMax * m.maxWatts;
            into.factSources["gpu:" + m.name] =
                "watts: estimated from TDP " + t.field(r, cTdp).toStdString() +
                " W with the CCF ratios; throughput: " + report.file;
            ++estimated;
        }
        models.push_back(m);
        ++report.itemsAdded;
    }
    mergeBy(into.gpuModels, models, gpuModelKey);
    if (estimated > 0)
        report.warnings.push_back(std::to_string(estimated) +
                                  " GPU models have no measured idle/max watts: estimated from "
                                  "TDP (max = " +
                                  std::to_string(maxPerTdp) +
                                  " x TDP, idle = " + std::to_string(idlePerMax) + " x max)");
    into.provenance.push_back(
        {"GPU throughput and TDP", report.file, "see the file's documentation"});
    return true;
}

} // namespace

bool importEnergyFile(const QString& path, DataPack& into, ImportReport& report, QString* error)
{
    CsvTable t;
    if (!CsvTable::read(path, t, error))
        return false;
    report.file = path.toStdString();
    QStringList cols;
    if (t.column(QStringLiteral("pue")) >= 0) {
        report.layout = "region_pue";
        cols = {QStringLiteral("provider"), QStringLiteral("region"), QStringLiteral("pue")};
    } else if (t.column(QStringLiteral("kg_co2e_per_kwh")) >= 0) {
        report.layout = "grid_emissions";
        cols = {QStringLiteral("provider"), QStringLiteral("region"),
                QStringLiteral("kg_co2e_per_kwh")};
    } else if (t.column(QStringLiteral("min_watts_per_vcpu")) >= 0) {
        report.layout = "cpu_power_coefficients";
        cols = {QStringLiteral("provider"), QStringLiteral("microarchitecture"),
                QStringLiteral("min_watts_per_vcpu"), QStringLiteral("max_watts_per_vcpu")};
    } else if (t.column(QStringLiteral("gpu_model")) >= 0) {
        report.layout = "gpu_specs";
        cols = {QStringLiteral("gpu_model"), QStringLiteral("fp32_tflops"),
                QStringLiteral("fp16_tensor_tflops_dense"), QStringLiteral("memory_gb"),
                QStringLiteral("tdp_w")};
    } else {
        if (error)
            *error = path + QStringLiteral(": line 1: not an energy file: expected a pue, "
                                           "kg_co2e_per_kwh, min_watts_per_vcpu or gpu_model "
                                           "column (found: %1)")
                                .arg(t.header().join(QStringLiteral(", ")));
        return false;
    }
    if (!t.requireColumns(cols, error))
        return false;
    if (t.rowCount() == 0) {
        if (error)
            *error = path + QStringLiteral(": no data rows after the header");
        return false;
    }
    report.rowsRead = t.rowCount();
    DataPack work = into;
    bool ok = false;
    if (report.layout == "region_pue" || report.layout == "grid_emissions")
        ok = regionRows(t, work, report, error, report.layout == "region_pue");
    else if (report.layout == "cpu_power_coefficients")
        ok = cpuRows(t, work, report, error);
    else
        ok = gpuRows(t, work, report, error);
    if (!ok)
        return false;
    report.rowsUsed = report.rowsRead;
    into = std::move(work);
    addReferencedProviders(into);
    return true;
}

} // namespace nephos
