#pragma once

#include <string>

// Plain header in front of LibTorch: only engine/ml/*.cpp include torch headers.
namespace nephos {

/// LibTorch version string the engine was built with, e.g. "1.13.1".
std::string torchVersion();

/// Runs a tiny tensor computation to check that LibTorch works on this machine.
/// Returns true when 2x2 matrix multiplication gives the expected result.
bool torchSelfTest();

} // namespace nephos
