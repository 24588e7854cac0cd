#include "history/ScenarioDifference.h"

#include "scenario/ScenarioJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace nephos::widgets {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("nephos::widgets::ScenarioDifference", text);
}

/// A scenario section's name for people.
QString sectionName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "name")},
        {QStringLiteral("description"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "description")},
        {QStringLiteral("providers"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "providers")},
        {QStringLiteral("regions"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "regions")},
        {QStringLiteral("gpu_models"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "GPU models")},
        {QStringLiteral("instance_types"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "instance types")},
        {QStringLiteral("offers"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "prices")},
        {QStringLiteral("pool"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "VM pool")},
        {QStringLiteral("workloads"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "workloads")},
        {QStringLiteral("perturbations"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "faults")},
        {QStringLiteral("policy"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "policy")},
        {QStringLiteral("settings"),
         QT_TRANSLATE_NOOP("nephos::widgets::ScenarioDifference", "run settings")},
    };
    const auto it = names.find(key);
    return it != names.end() ? tr(*it) : QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

/// A field's name for people: "pue" → "PUE", "horizon_hours" → "horizon hours".
QString fieldName(const QString& key)
{
    if (key == QLatin1String("pue"))
        return QStringLiteral("PUE");
    if (key == QLatin1String("carbon_kg_per_kwh"))
        return tr("carbon intensity");
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

/// Fields that differ between two objects (or between the objects of two equal-length arrays).
void differingFields(const QJsonValue& a, const QJsonValue& b, QStringList& out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        QStringList keys = oa.keys();
        for (const QString& k : ob.keys())
            if (!keys.contains(k))
                keys << k;
        for (const QString& k : keys)
            if (oa.value(k) != ob.value(k) && !out.contains(fieldName(k)))
                out << fieldName(k);
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        for (qsizetype i = 0; i < aa.size(); ++i)
            if (aa[i] != ab[i])
                differingFields(aa[i], ab[i], out);
    }
}

} // namespace

QStringList ScenarioDifference::describe(const Scenario& a, const Scenario& b)
{
    const QJsonObject ja = ScenarioJson::toJsonObject(a);
    const QJsonObject jb = ScenarioJson::toJsonObject(b);
    QStringList out;
    for (const QString& key : ja.keys()) {
        if (key == QLatin1String("version") || ja.value(key) == jb.value(key))
            continue;
        QStringList fields;
        const QJsonValue va = ja.value(key);
        const QJsonValue vb = jb.value(key);
        if (va.isArray() && vb.isArray() && va.toArray().size() != vb.toArray().size())
            fields << tr("%1 against %2 entries").arg(va.toArray().size()).arg(vb.toArray().size());
        else
            differingFields(va, vb, fields);
        out << (fields.isEmpty() || fields.size() > 4
                    ? sectionName(key)
                    : QStringLiteral("%1 (%2)").arg(sectionName(key),
                                                    fields.join(QStringLiteral(", "))));
    }
    return out;
}

QString ScenarioDifference::sentence(const Scenario& a, const Scenario& b)
{
    const QStringList parts = describe(a, b);
    if (parts.isEmpty())
        return {};
    return tr("The two runs' scenarios differ in: %1.").arg(parts.join(QStringLiteral("; ")));
}

} // namespace nephos::widgets
