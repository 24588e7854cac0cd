#pragma once

#include <QString>

#include <vector>

namespace nephos::widgets {

/// How a KPI value is formatted.
enum class KpiKind { Number, Money, Energy, MoneyPerPflop };

/// How one KPI (a Kpis::keyValues() key) is shown: title, unit, decimals, display factor, kind
/// and a plain-English tooltip. Titles and tooltips are translated in the context
/// "nephos::widgets::DashboardView".
struct KpiSpec
{
    const char* key;
    const char* title;
    const char* unit;
    int decimals;
    double factor;
    KpiKind kind;
    const char* toolTip;
};

/// The one list of how KPIs are titled and explained: the dashboard's cards, its class table
/// and the run comparison use it.
class KpiSpecs
{
public:
    /// The dashboard's KPI cards, in display order.
    static const std::vector<KpiSpec>& cards();
    /// Every Kpis::keyValues() key: the cards first, then the KPIs without a card.
    static const std::vector<KpiSpec>& all();
    /// The spec of `key`; nullptr when this version does not know the key.
    static const KpiSpec* find(const QString& key);
    /// The translated title and tooltip of `spec`.
    static QString title(const KpiSpec& spec);
    static QString toolTip(const KpiSpec& spec);
};

} // namespace nephos::widgets
