#include "FuzzyCompare.h"

#include <algorithm>

namespace nephos::test {

bool fuzzyEqual(double actual, double expected, double relTol, double absTol)
{
    if (std::isnan(actual) || std::isnan(expected))
        return false;
    const double tol = std::max(absTol, relTol * std::fabs(expected));
    return std::fabs(actual - expected) <= tol;
}

QString fuzzyMismatch(double actual, double expected, double relTol, double absTol)
{
    return QStringLiteral("actual %1, expected %2 (difference %3, relTol %4, absTol %5)")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(actual - expected, 0, 'g', 6)
        .arg(relTol)
        .arg(absTol);
}

} // namespace nephos::test
