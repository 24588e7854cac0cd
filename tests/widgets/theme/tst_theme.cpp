#include "theme/Theme.h"

#include <QApplication>
#include <QTest>

#include <algorithm>
#include <cmath>

using nephos::widgets::Theme;
using nephos::widgets::ThemeChoice;

namespace {
double luminance(const QColor& c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

/// WCAG contrast ratio between two colours (1 … 21).
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void darkAndLightAreWhatTheySay()
    {
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
    }

    void textIsReadableInBothThemes_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(ThemeChoice::Light);
        QTest::newRow("dark") << int(ThemeChoice::Dark);
    }

    void textIsReadableInBothThemes()
    {
        QFETCH(int, choice);
        const QPalette p = Theme::palette(ThemeChoice(choice));
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto& [fg, bg] : pairs) {
            const double ratio = contrast(p.color(fg), p.color(bg));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("roles %1/%2: contrast %3")
                                                  .arg(int(fg))
                                                  .arg(int(bg))
                                                  .arg(ratio)));
        }
    }

    void applySetsTheApplicationPalette()
    {
        Theme::apply(ThemeChoice::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::darkPalette().color(QPalette::Window));
        Theme::apply(ThemeChoice::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 Theme::lightPalette().color(QPalette::Base));
        Theme::apply(ThemeChoice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 Theme::systemPalette().color(QPalette::Window));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
