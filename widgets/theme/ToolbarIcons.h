#pragma once

#include <QIcon>
#include <QPalette>

namespace nephos::widgets {

/// The toolbar's icons, drawn in the palette's text colours so that they read on light and dark
/// themes alike: normal in the button text colour, disabled clearly fainter, and a checked
/// toggle (Live Mode) in the highlight colour. Re-create them when the palette changes.
class ToolbarIcons
{
public:
    enum class Kind { New, Open, Save, Undo, Redo, Run, Pause, Step, Stop, Live };

    static QIcon icon(Kind kind, const QPalette& palette);
    /// The colour an icon is drawn in for `mode` and `state` (tests check the contrast).
    static QColor color(const QPalette& palette, QIcon::Mode mode, QIcon::State state);
    /// The palette's highlight colour, made lighter (dark themes) or darker until it stands out
    /// from buttons and windows (contrast at least 3): checked toggles, the Live Mode indicator.
    static QColor accent(const QPalette& palette);
    /// WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace nephos::widgets
