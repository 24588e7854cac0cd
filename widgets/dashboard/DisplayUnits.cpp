#include "dashboard/DisplayUnits.h"

#include <QLocale>

#include <cmath>

namespace nephos::widgets {

DisplayUnits DisplayUnits::fromSettings(const Settings& settings)
{
    DisplayUnits u;
    u.energy = settings.energyUnit();
    u.cost = settings.costScale();
    u.currency = settings.currencySymbol();
    return u;
}

QString DisplayUnits::currencySymbol() const
{
    return currency.isEmpty() || currency == QLatin1String("USD") ? QStringLiteral("$") : currency;
}

QString DisplayUnits::energyUnit() const
{
    return energy == EnergyUnit::MWh ? QStringLiteral("MWh") : QStringLiteral("kWh");
}

QString DisplayUnits::formatEnergy(double kwh, int decimals) const
{
    const double v = energy == EnergyUnit::MWh ? kwh / 1000.0 : kwh;
    return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', decimals), energyUnit());
}

QString DisplayUnits::formatMoney(double usd, int decimals) const
{
    const QString symbol = currencySymbol();
    const QString sep = symbol.size() == 1 ? QString() : QStringLiteral(" ");
    if (cost == CostScale::Automatic && std::fabs(usd) >= 1e4)
        return QStringLiteral("%1 k%2%3")
            .arg(QLocale().toString(usd / 1000.0, 'f', 1), sep, symbol);
    return QStringLiteral("%1 %2").arg(QLocale().toString(usd, 'f', decimals), symbol);
}

QString DisplayUnits::formatMoneyPer(double usd, const QString& per, int decimals) const
{
    return formatMoney(usd, decimals) + QLatin1Char('/') + per;
}

} // namespace nephos::widgets
