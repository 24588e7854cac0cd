#include "dashboard/PaperClaims.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QVariant>

namespace nephos::widgets {

QHash<QString, PaperClaim> PaperClaims::kpiClaims()
{
    QHash<QString, PaperClaim> claims;
    QFile file(QStringLiteral(":/data/paper-claims.json"));
    if (!file.open(QIODevice::ReadOnly))
        return claims;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray list = root.value(QLatin1String("kpiClaims")).toArray();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("kpi")).toString();
        if (key.isEmpty() || !o.value(QLatin1String("value")).isDouble())
            continue;
        PaperClaim c;
        c.value = o.value(QLatin1String("value")).toDouble();
        c.unit = o.value(QLatin1String("unit")).toString();
        c.table = o.value(QLatin1String("table")).toString();
        c.label = o.value(QLatin1String("label")).toString();
        claims.insert(key, c);
    }
    return claims;
}

QString PaperClaims::table3Summary()
{
    QFile file(QStringLiteral(":/data/paper-claims.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QJsonObject t =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("table3")).toObject();
    if (t.isEmpty())
        return QString();
    auto n = [&t](const char* key) { return t.value(QLatin1String(key)).toVariant().toString(); };
    return QObject::tr("Paper's Table 3 sample profile (its claim, for comparison only): %1 on %2, "
                       "%3 vCPU, %4 GB, %5, %6 Gbps; avg CPU %7 %, memory %8 %, GPU %9 %; $%10/h.")
        .arg(n("type"), n("provider"), n("vcpus"), n("memoryGb"), n("gpus"), n("networkGbps"),
             n("avgCpuUtilPct"), n("avgMemUtilPct"), n("avgGpuUtilPct"))
        .arg(QString::number(t.value(QLatin1String("usdPerHour")).toDouble(), 'f', 2));
}

} // namespace nephos::widgets
