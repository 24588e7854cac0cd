#pragma once

#include "ml/MlBackend.h"

#include <memory>
#include <string>
#include <vector>

// Finding and loading the machine-learning module (libnephos_ml.so, the only code that links
// LibTorch). Nothing here includes or links LibTorch: a process maps LibTorch only once
// something calls backend() or loadModule().
namespace nephos::ml {

/// File name of the module, e.g. "libnephos_ml.so".
std::string moduleFileName();

/// Where backend() looks for the module, in order: next to the executable, in the library
/// folder relative to it (`../lib/nephos` in the build tree and the installed layout), then the
/// installed library folder. When the environment variable NEPHOS_ML_MODULE names a file, only
/// that file is tried.
std::vector<std::string> moduleCandidates();

/// LibTorch version the module was built against, known without loading it ("" when this build
/// has no module because LibTorch was not found at configure time).
std::string builtTorchVersion();

/// Loads the module file at `path`, checks its interface version and its LibTorch version, and
/// creates a backend. Returns nullptr with a message in `error` when that fails. The library
/// stays mapped for the rest of the process (LibTorch cannot be unloaded safely).
std::unique_ptr<MlBackend> loadModule(const std::string& path, std::string* error);

/// The process-wide backend, loaded on the first call (thread-safe; the outcome of the first
/// attempt is kept). nullptr when the module is unavailable: `error` then gets a message that
/// says so plainly, for a learning command or view to show. Everything else in Nephos works
/// without the module.
MlBackend* backend(std::string* error = nullptr);

/// True when backend() has loaded the module into this process. Never loads it.
bool isLoaded();

/// Path backend() loaded the module from ("" when not loaded).
std::string loadedModulePath();

/// True when `version` is a LibTorch release string Nephos accepts: "MAJOR.MINOR[.PATCH]" with
/// an optional suffix ("2.1.0a0+git…", "1.13.1+cpu") and MAJOR >= 1, so 1.x and 2.x alike.
bool isUsableTorchVersion(const std::string& version);

} // namespace nephos::ml
