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
    /// LibTorch version the machine-learning module was built against ("" when this build has
    /// none). Known without loading the module: LibTorch is mapped only when learning is used.
    std::string torch;
    /// True when the machine-learning module is loaded in this process (ml/MlModule.h).
    bool torchLoaded = false;
};

LibraryVersions libraryVersions();

/// One line for `--version` output: e.g. "LibTorch 1.13.0 (machine-learning module, loaded on
/// first use)", "LibTorch 1.13.0 (loaded)" or "LibTorch: no machine-learning module in this build".
std::string torchVersionLine(const LibraryVersions& versions);

} // namespace nephos
