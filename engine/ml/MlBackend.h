#pragma once

#include <string>

// The plain C++ interface between Nephos and its machine-learning module (libnephos_ml.so).
//
// All LibTorch code lives in that module (engine/ml/module/), which the engine loads at run time
// on first use (ml/MlModule.h). This header includes no LibTorch and no Qt: the engine, the
// widgets and the executables never link LibTorch, so only processes that actually use learning
// pay for its ~280 shared libraries.
//
// Rules for the boundary:
// - The module creates a backend with `nephos_ml_create()` (extern "C"); the caller owns it and
//   deletes it through the virtual destructor.
// - No exception crosses the boundary: every method catches and reports errors in its result.
// - Only standard-library types cross it (both sides use the system libstdc++).
// - Any change to MlBackend (a new virtual function, a changed signature) bumps
//   kMlBackendInterfaceVersion; the loader refuses a module with a different version.
namespace nephos::ml {

/// Version of the MlBackend interface. The module reports the version it was compiled with
/// through `nephos_ml_interface_version()`; the loader accepts only an exact match.
inline constexpr int kMlBackendInterfaceVersion = 1;

/// Outcome of MlBackend::selfTest().
struct MlSelfTest
{
    bool ok = false;
    std::string message; ///< what was computed, or why it failed
};

/// What the module offers. Extend by appending virtual functions (and bumping the version).
class MlBackend
{
public:
    virtual ~MlBackend() = default;
    /// LibTorch version the module was compiled against (TORCH_VERSION), e.g. "1.13.0".
    virtual std::string torchVersion() const = 0;
    /// Runs a tiny tensor computation (a 2×2 matrix product) to check that LibTorch works here.
    virtual MlSelfTest selfTest() const = 0;
    /// Number of intra-op threads LibTorch uses.
    virtual int threadCount() const = 0;

protected:
    MlBackend() = default;
    MlBackend(const MlBackend&) = default;
    MlBackend& operator=(const MlBackend&) = default;
};

/// Symbols the module exports (extern "C", default visibility).
inline constexpr const char* kMlInterfaceVersionSymbol = "nephos_ml_interface_version";
inline constexpr const char* kMlCreateSymbol = "nephos_ml_create";

using MlInterfaceVersionFunction = int (*)();
/// Returns a new backend, or nullptr when LibTorch cannot be initialised. Never throws.
using MlCreateFunction = MlBackend* (*)();

} // namespace nephos::ml
