#pragma once

#include <atomic>
#include <functional>

namespace nephos {

/// Progress of a long engine operation: fraction in [0, 1] plus an operation-specific position
/// (simulated hours for a simulation run).
struct Progress
{
    double fraction = 0.0;
    double position = 0.0;
};

using ProgressCallback = std::function<void(const Progress&)>;

/// Cooperative cancellation: the UI sets it, the engine polls it every few milliseconds.
using CancelFlag = std::atomic<bool>;

} // namespace nephos
