#pragma once

#include <cstdint>

namespace nephos {

/// Deterministic pseudo-random stream (xoshiro256**, seeded through splitmix64). All transforms
/// are written here so results are identical on every platform and standard library.
class Random
{
public:
    explicit Random(std::uint64_t seed = 0) { reseed(seed); }
    /// Independent stream for (seed, stream): e.g. one per workload class.
    Random(std::uint64_t seed, std::uint64_t stream);

    void reseed(std::uint64_t seed);
    std::uint64_t next();
    /// Uniform in [0, 1) with 53 bits.
    double uniform();
    /// Uniform in (0, 1]: safe for log().
    double uniformPositive();
    /// Exponential with the given mean.
    double exponential(double mean);
    /// Standard normal (Box–Muller, one value per call).
    double normal();

private:
    std::uint64_t m_s[4] = {0, 0, 0, 0};
};

} // namespace nephos
