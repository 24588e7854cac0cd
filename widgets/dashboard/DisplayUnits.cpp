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
    // One money format everywhere: the symbol first ("$70", "$123.5 k", "$2.89 M"); an ISO code
    // is followed by a space ("EUR 70").
    const QString symbol = currencySymbol();
    const QString prefix = symbol.size() == 1 ? symbol : symbol + QLatin1Char(' ');
    const QString sign = usd < 0.0 ? QStringLiteral("−") : QString();
    const double v = std::fabs(usd);
    QString amount;
    if (cost == CostScale::Automatic && v >= 1e6)
        amount = QObject::tr("%1 M").arg(QLocale().toString(v / 1e6, 'f', 2));
    else if (cost == CostScale::Automatic && v >= 1e4)
        amount = QObject::tr("%1 k").arg(QLocale().toString(v / 1e3, 'f', 1));
    else
        amount = QLocale().toString(v, 'f', decimals);
    return sign + prefix + amount;
}

QString DisplayUnits::formatMoneyPer(double usd, const QString& per, int decimals) const
{
    return formatMoney(usd, decimals) + QLatin1Char('/') + per;
}

} // namespace nephos::widgets
