#pragma once

#include <QObject>
#include <QString>
#include <QTest>

#include <cmath>

namespace nephos::test {

/// True when |actual - expected| <= max(absTol, relTol * |expected|).
bool fuzzyEqual(double actual, double expected, double relTol = 1e-9, double absTol = 1e-12);

/// Human-readable explanation used in failure messages.
QString fuzzyMismatch(double actual, double expected, double relTol, double absTol);

} // namespace nephos::test

/// Compares two floating-point values with a relative tolerance and reports both on failure.
#define NEPHOS_FUZZY_COMPARE(actual, expected, relTol)                                             \
    do {                                                                                           \
        const double nephosActual_ = static_cast<double>(actual);                                  \
        const double nephosExpected_ = static_cast<double>(expected);                              \
        if (!nephos::test::fuzzyEqual(nephosActual_, nephosExpected_, (relTol), 1e-12)) {          \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral(#actual " vs " #expected ": ") +                                    \
                nephos::test::fuzzyMismatch(nephosActual_, nephosExpected_, (relTol), 1e-12)));    \
        }                                                                                          \
    } while (false)

/// Same with an absolute tolerance (for values expected to be near zero).
#define NEPHOS_FUZZY_COMPARE_ABS(actual, expected, absTol)                                         \
    do {                                                                                           \
        const double nephosActual_ = static_cast<double>(actual);                                  \
        const double nephosExpected_ = static_cast<double>(expected);                              \
        if (!nephos::test::fuzzyEqual(nephosActual_, nephosExpected_, 0.0, (absTol))) {            \
            QFAIL(qPrintable(                                                                      \
                QStringLiteral(#actual " vs " #expected ": ") +                                    \
                nephos::test::fuzzyMismatch(nephosActual_, nephosExpected_, 0.0, (absTol))));      \
        }                                                                                          \
    } while (false)
