#pragma once

#include <string>

namespace nephos {

/// Version of the Nephos engine (from the CMake project version).
std::string engineVersion();

/// Versions of the third-party libraries the engine is built against.
struct LibraryVersions
{
    std::string qt;
    std::string sqlite;
    std::string torch;
};

LibraryVersions libraryVersions();

} // namespace nephos
