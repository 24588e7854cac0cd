#include "dashboard/PaperClaims.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace nephos::widgets
