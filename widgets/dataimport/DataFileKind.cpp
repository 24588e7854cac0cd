#include "dataimport/DataFileKind.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace nephos::widgets {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DataFileKind", text);
}
} // namespace

DataFileKind detectDataFileKind(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return DataFileKind::Unknown;
    }
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    const QByteArray trimmed = head.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("%1: line 1: the file is empty").arg(path);
        return DataFileKind::Unknown;
    }
    if (trimmed.startsWith('{'))
        return DataFileKind::Geo;
    const int end = head.indexOf('\n');
    QStringList columns;
    for (const QByteArray& c : (end < 0 ? head : head.left(end)).split(','))
        columns << QString::fromUtf8(c).trimmed().remove(QLatin1Char('"')).toLower();
    auto has = [&columns](const char* name) { return columns.contains(QLatin1String(name)); };
    if (has("instance_type") || has("instancetype"))
        return DataFileKind::Catalog;
    if (has("src_region"))
        return DataFileKind::Network;
    if (has("pue") || has("kg_co2e_per_kwh") || has("microarchitecture") || has("tdp_w"))
        return DataFileKind::Energy;
    if (has("latitude"))
        return DataFileKind::Regions;
    *error = tr("%1: line 1: unknown layout (header \"%2\"); expected a price catalog, network "
                "matrix, regions, energy file or GeoJSON outline")
                 .arg(path, columns.join(QLatin1Char(',')).left(120));
    return DataFileKind::Unknown;
}

QString dataFileKindName(DataFileKind kind)
{
    switch (kind) {
    case DataFileKind::Catalog:
        return tr("price catalog");
    case DataFileKind::Network:
        return tr("network matrix");
    case DataFileKind::Regions:
        return tr("regions");
    case DataFileKind::Energy:
        return tr("energy factors");
    case DataFileKind::Geo:
        return tr("country outlines");
    default:
        return tr("unknown");
    }
}

} // namespace nephos::widgets
