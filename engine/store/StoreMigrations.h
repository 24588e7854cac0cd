#pragma once

#include <vector>

namespace nephos {

/// The run store's schema history: migrations()[i] takes `PRAGMA user_version` from i to i + 1.
/// Never edit a published step; append a new one.
struct StoreMigrations
{
    static const std::vector<const char*>& steps();
    static int latestVersion() { return static_cast<int>(steps().size()); }
};

} // namespace nephos
