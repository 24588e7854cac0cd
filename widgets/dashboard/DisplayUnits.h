#pragma once

#include "settings/Settings.h"

#include <QString>

namespace nephos::widgets {

/// How the views display energy and money (View → Units). Values stay in kWh and USD inside;
/// only the displayed unit and scale change. Plain value type, safe to copy across threads.
struct DisplayUnits
{
    EnergyUnit energy = EnergyUnit::MWh;
    CostScale cost = CostScale::Automatic;
    QString currency = QStringLiteral("USD"); ///< ISO code; "USD" is shown as "$"

    /// The units stored in `settings`.
    static DisplayUnits fromSettings(const Settings& settings);

    /// "$" for USD, else the ISO code.
    QString currencySymbol() const;
    /// Energy in the chosen unit with its unit, e.g. "1,234.5 kWh" or "1.2 MWh".
    QString formatEnergy(double kwh, int decimals = 1) const;
    /// "kWh" or "MWh".
    QString energyUnit() const;
    /// Money, symbol first: plain "$12,345.68"; with CostScale::Automatic "$12.3 k" from 10 000
    /// and "$2.89 M" from a million upwards.
    QString formatMoney(double usd, int decimals = 2) const;
    /// Money per unit of something, e.g. formatMoney(0.5) + "/h": "$0.50/h".
    QString formatMoneyPer(double usd, const QString& per, int decimals = 2) const;

    bool operator==(const DisplayUnits& o) const
    {
        return energy == o.energy && cost == o.cost && currency == o.currency;
    }
    bool operator!=(const DisplayUnits& o) const { return !(*this == o); }
};

} // namespace nephos::widgets
