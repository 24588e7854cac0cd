#include "data/DataPackJson.h"

#include "core/JsonDocument.h"

#include "data/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nephos {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

bool readProviders(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("providers"), [&](JsonFieldReader& e) {
        Provider p;
        p.id = e.requireString(QStringLiteral("id"));
        p.name = e.optString(QStringLiteral("name"), p.id);
        p.enabled = e.optBool(QStringLiteral("enabled"), true);
        out.providers.push_back(p);
    });
}

bool readRegions(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("regions"), [&](JsonFieldReader& e) {
        Region g;
        g.id = e.requireString(QStringLiteral("id"));
        g.provider = e.requireString(QStringLiteral("provider"));
        g.name = e.optString(QStringLiteral("name"), g.id);
        g.latitude = e.requireNumber(QStringLiteral("latitude"), -90.0, 90.0);
        g.longitude = e.requireNumber(QStringLiteral("longitude"), -180.0, 180.0);
        g.pue = e.optNumber(QStringLiteral("pue"), 1.0, 1.0, 5.0);
        g.pueEstimated = e.optBool(QStringLiteral("pue_estimated"), false);
        g.carbonKgPerKwh = e.optNumber(QStringLiteral("carbon_kg_per_kwh"), 0.0, 0.0, 5.0);
        g.carbonEstimated = e.optBool(QStringLiteral("carbon_estimated"), false);
        g.enabled = e.optBool(QStringLiteral("enabled"), true);
        out.regions.push_back(g);
    });
}

bool readGpuModels(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("gpu_models"), [&](JsonFieldReader& e) {
        GpuModel m;
        m.name = e.requireString(QStringLiteral("name"));
        m.fp32Tflops = e.requireNumber(QStringLiteral("fp32_tflops"), 0.0, 1e6);
        m.fp16Tflops = e.optNumber(QStringLiteral("fp16_tflops"), m.fp32Tflops, 0.0, 1e6);
        m.memoryGb = e.optNumber(QStringLiteral("memory_gb"), 0.0, 0.0, 1e5);
        m.idleWatts = e.optNumber(QStringLiteral("idle_watts"), 0.0, 0.0, 1e5);
        m.maxWatts = e.optNumber(QStringLiteral("max_watts"), 0.0, 0.0, 1e5);
        out.gpuModels.push_back(m);
    });
}

bool readInstanceTypes(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("instance_types"), [&](JsonFieldReader& e) {
        InstanceType t;
        t.name = e.requireString(QStringLiteral("name"));
        t.provider = e.requireString(QStringLiteral("provider"));
        t.vcpus = e.requireNumber(QStringLiteral("vcpus"), 0.0, 1e5);
        t.memoryGib = e.requireNumber(QStringLiteral("memory_gib"), 0.0, 1e6);
        t.gpuModel = e.optString(QStringLiteral("gpu_model"), std::string());
        t.gpuCount = e.optInt(QStringLiteral("gpu_count"), 0, 0, 1024);
        t.cpuMinWattsPerVcpu = e.optNumber(QStringLiteral("cpu_min_watts_per_vcpu"), 0.0, 0.0, 1e3);
        t.cpuMaxWattsPerVcpu = e.optNumber(QStringLiteral("cpu_max_watts_per_vcpu"), 0.0, 0.0, 1e3);
        out.instanceTypes.push_back(t);
    });
}

bool readOffers(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("offers"), [&](JsonFieldReader& e) {
        Offer o;
        o.region = e.requireString(QStringLiteral("region"));
        o.instanceType = e.requireString(QStringLiteral("instance_type"));
        o.onDemandUsdPerHour = e.requireNumber(QStringLiteral("on_demand_usd_per_hour"), 0.0, 1e5);
        o.spotUsdPerHour = e.optNumber(QStringLiteral("spot_usd_per_hour"), -1.0, 0.0, 1e5);
        o.estimated = e.optBool(QStringLiteral("estimated"), false);
        out.offers.push_back(o);
    });
}

bool readNetwork(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("network"), [&](JsonFieldReader& e) {
        NetworkLink l;
        l.src = e.requireString(QStringLiteral("src"));
        l.dst = e.requireString(QStringLiteral("dst"));
        l.throughputGbps = e.requireNumber(QStringLiteral("throughput_gbps"), 0.0, 1e4);
        l.rttMs = e.optNumber(QStringLiteral("rtt_ms"), 0.0, 0.0, 1e5);
        l.egressUsdPerGb = e.optNumber(QStringLiteral("egress_usd_per_gb"), 0.0, 0.0, 100.0);
        l.throughputEstimated = e.optBool(QStringLiteral("throughput_estimated"), false);
        l.rttEstimated = e.optBool(QStringLiteral("rtt_estimated"), false);
        l.egressEstimated = e.optBool(QStringLiteral("egress_estimated"), false);
        out.network.push_back(l);
    });
}

bool readConstants(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachMember(root, QStringLiteral("constants"),
                           [&](const QString& key, JsonFieldReader& e) {
                               FactConstant c;
                               c.value = e.requireNumber(QStringLiteral("value"), -1e300, 1e300);
                               c.unit = e.optString(QStringLiteral("unit"), std::string());
                               c.source = e.optString(QStringLiteral("source"), std::string());
                               out.constants[key.toStdString()] = c;
                           });
}

bool readProvenance(JsonFieldReader& r, const QJsonObject& root, DataPack& out)
{
    return r.forEachObject(root, QStringLiteral("provenance"), [&](JsonFieldReader& e) {
        Provenance p;
        p.what = e.requireString(QStringLiteral("what"));
        p.source = e.optString(QStringLiteral("source"), std::string());
        p.licence = e.optString(QStringLiteral("licence"), std::string());
        out.provenance.push_back(p);
    });
}

} // namespace

bool dataPackFromJson(const QByteArray& json, DataPack& out, QString* error, const QString& origin)
{
    const QString prefix = origin.isEmpty() ? QString() : origin + QStringLiteral(": ");
    QJsonObject root;
    if (!parseJsonObject(json, root, error, prefix))
        return false;
    DataPack pack;
    JsonFieldReader r(QString(), root);
    const QString format =
        QString::fromStdString(r.optString(QStringLiteral("format"), "nephos-data-pack"));
    if (r.ok() && format != QStringLiteral("nephos-data-pack"))
        r.fail(QStringLiteral("format"),
               QStringLiteral("expected \"nephos-data-pack\", got \"%1\"").arg(format));
    if (r.ok())
        r.optInt(QStringLiteral("version"), 1, 1, 1);
    if (r.ok())
        pack.name = r.optString(QStringLiteral("name"), std::string());
    const bool ok =
        r.ok() && readProviders(r, root, pack) && readRegions(r, root, pack) &&
        readGpuModels(r, root, pack) && readInstanceTypes(r, root, pack) &&
        readOffers(r, root, pack) && readNetwork(r, root, pack) && readConstants(r, root, pack) &&
        readProvenance(r, root, pack) &&
        r.forEachString(root, QStringLiteral("fact_sources"),
                        [&](const QString& key, const QString& text) {
                            pack.factSources[key.toStdString()] = text.toStdString();
                        }) &&
        r.forEachMember(
            root, QStringLiteral("region_energy"), [&](const QString& key, JsonFieldReader& e) {
                RegionEnergy g;
                g.pue = e.optNumber(QStringLiteral("pue"), -1.0, 1.0, 5.0);
                g.pueYear = e.optInt(QStringLiteral("pue_year"), 0, 0, 9999);
                g.carbonKgPerKwh = e.optNumber(QStringLiteral("carbon_kg_per_kwh"), -1.0, 0.0, 5.0);
                g.carbonSource = e.optString(QStringLiteral("carbon_source"), {});
                pack.regionEnergy[key.toStdString()] = g;
            });
    if (!ok) {
        if (error)
            *error = prefix + r.error();
        return false;
    }
    out = std::move(pack);
    return true;
}

QByteArray dataPackToJson(const DataPack& pack, bool indented)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("nephos-data-pack"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("name"), qs(pack.name));
    QJsonArray providers, regions, gpus, types, offers, network, provenance;
    for (const Provider& p : pack.providers) {
        QJsonObject o{{QStringLiteral("id"), qs(p.id)}, {QStringLiteral("name"), qs(p.name)}};
        if (!p.enabled)
            o.insert(QStringLiteral("enabled"), false);
        providers.append(o);
    }
    for (const Region& g : pack.regions) {
        QJsonObject o{{QStringLiteral("id"), qs(g.id)},
                      {QStringLiteral("provider"), qs(g.provider)},
                      {QStringLiteral("name"), qs(g.name)},
                      {QStringLiteral("latitude"), g.latitude},
                      {QStringLiteral("longitude"), g.longitude},
                      {QStringLiteral("pue"), g.pue},
                      {QStringLiteral("carbon_kg_per_kwh"), g.carbonKgPerKwh}};
        if (g.pueEstimated)
            o.insert(QStringLiteral("pue_estimated"), true);
        if (g.carbonEstimated)
            o.insert(QStringLiteral("carbon_estimated"), true);
        if (!g.enabled)
            o.insert(QStringLiteral("enabled"), false);
        regions.append(o);
    }
    for (const GpuModel& m : pack.gpuModels)
        gpus.append(QJsonObject{{QStringLiteral("name"), qs(m.name)},
                                {QStringLiteral("fp32_tflops"), m.fp32Tflops},
                                {QStringLiteral("fp16_tflops"), m.fp16Tflops},
                                {QStringLiteral("memory_gb"), m.memoryGb},
                                {QStringLiteral("idle_watts"), m.idleWatts},
                                {QStringLiteral("max_watts"), m.maxWatts}});
    for (const InstanceType& t : pack.instanceTypes)
        types.append(QJsonObject{{QStringLiteral("name"), qs(t.name)},
                                 {QStringLiteral("provider"), qs(t.provider)},
                                 {QStringLiteral("vcpus"), t.vcpus},
                                 {QStringLiteral("memory_gib"), t.memoryGib},
                                 {QStringLiteral("gpu_model"), qs(t.gpuModel)},
                                 {QStringLiteral("gpu_count"), t.gpuCount},
                                 {QStringLiteral("cpu_min_watts_per_vcpu"), t.cpuMinWattsPerVcpu},
                                 {QStringLiteral("cpu_max_watts_per_vcpu"), t.cpuMaxWattsPerVcpu}});
    for (const Offer& f : pack.offers) {
        QJsonObject o{{QStringLiteral("region"), qs(f.region)},
                      {QStringLiteral("instance_type"), qs(f.instanceType)},
                      {QStringLiteral("on_demand_usd_per_hour"), f.onDemandUsdPerHour}};
        if (f.spotUsdPerHour >= 0.0)
            o.insert(QStringLiteral("spot_usd_per_hour"), f.spotUsdPerHour);
        if (f.estimated)
            o.insert(QStringLiteral("estimated"), true);
        offers.append(o);
    }
    for (const NetworkLink& l : pack.network) {
        QJsonObject o{{QStringLiteral("src"), qs(l.src)},
                      {QStringLiteral("dst"), qs(l.dst)},
                      {QStringLiteral("throughput_gbps"), l.throughputGbps},
                      {QStringLiteral("rtt_ms"), l.rttMs},
                      {QStringLiteral("egress_usd_per_gb"), l.egressUsdPerGb}};
        if (l.throughputEstimated)
            o.insert(QStringLiteral("throughput_estimated"), true);
        if (l.rttEstimated)
            o.insert(QStringLiteral("rtt_estimated"), true);
        if (l.egressEstimated)
            o.insert(QStringLiteral("egress_estimated"), true);
        network.append(o);
    }
    QJsonObject constants;
    for (const auto& [key, c] : pack.constants)
        constants.insert(qs(key), QJsonObject{{QStringLiteral("value"), c.value},
                                              {QStringLiteral("unit"), qs(c.unit)},
                                              {QStringLiteral("source"), qs(c.source)}});
    for (const Provenance& p : pack.provenance)
        provenance.append(QJsonObject{{QStringLiteral("what"), qs(p.what)},
                                      {QStringLiteral("source"), qs(p.source)},
                                      {QStringLiteral("licence"), qs(p.licence)}});
    QJsonObject sources;
    for (const auto& [key, text] : pack.factSources)
        sources.insert(qs(key), qs(text));
    root.insert(QStringLiteral("providers"), providers);
    root.insert(QStringLiteral("regions"), regions);
    root.insert(QStringLiteral("gpu_models"), gpus);
    root.insert(QStringLiteral("instance_types"), types);
    root.insert(QStringLiteral("offers"), offers);
    root.insert(QStringLiteral("network"), network);
    root.insert(QStringLiteral("constants"), constants);
    root.insert(QStringLiteral("provenance"), provenance);
    root.insert(QStringLiteral("fact_sources"), sources);
    if (!pack.regionEnergy.empty()) {
        QJsonObject energy;
        for (const auto& [key, g] : pack.regionEnergy) {
            QJsonObject o;
            if (g.pue >= 0.0)
                o.insert(QStringLiteral("pue"), g.pue);
            if (g.pueYear > 0)
                o.insert(QStringLiteral("pue_year"), g.pueYear);
            if (g.carbonKgPerKwh >= 0.0)
                o.insert(QStringLiteral("carbon_kg_per_kwh"), g.carbonKgPerKwh);
            if (!g.carbonSource.empty())
                o.insert(QStringLiteral("carbon_source"), qs(g.carbonSource));
            energy.insert(qs(key), o);
        }
        root.insert(QStringLiteral("region_energy"), energy);
    }
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

bool loadDataPack(const QString& path, DataPack& out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return false;
    }
    return dataPackFromJson(file.readAll(), out, error, path);
}

bool saveDataPack(const QString& path, const DataPack& pack, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(dataPackToJson(pack, true)) < 0 ||
        !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": cannot write: ") + file.errorString();
        return false;
    }
    return true;
}

} // namespace nephos
