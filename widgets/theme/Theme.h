#pragma once

#include "settings/Settings.h"

#include <QPalette>

namespace nephos::widgets {

/// Light, dark and system palettes for the workbench (Fusion style, so both render alike).
class Theme
{
public:
    static QPalette lightPalette();
    static QPalette darkPalette();
    /// The platform style's own palette (what "follow the system" shows).
    static QPalette systemPalette();
    static QPalette palette(ThemeChoice choice);

    /// Sets the Fusion style and the palette on the running QApplication.
    static void apply(ThemeChoice choice);

    /// True when the palette's window colour is dark (views pick chart themes from it).
    static bool isDark(const QPalette& palette);
};

} // namespace nephos::widgets
