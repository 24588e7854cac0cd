#pragma once

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace nephos::cli {

/// Formats KPIs (Kpis::keyValues()) as an aligned two-column text table.
class KpiTable
{
public:
    static QString format(const std::vector<std::pair<std::string, double>>& kpis);
    /// A value as printed in the table: integers plainly, others with 4 significant decimals.
    static QString formatValue(double value);
};

} // namespace nephos::cli
