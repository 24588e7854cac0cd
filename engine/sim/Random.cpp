#include "sim/Random.h"

#include <cmath>

namespace nephos {

namespace {
std::uint64_t splitmix64(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

constexpr double kTwoPi = 6.283185307179586476925286766559;
} // namespace

Random::Random(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed;
    const std::uint64_t a = splitmix64(x);
    std::uint64_t y = stream ^ 0x5851f42d4c957f2dULL;
    reseed(a ^ splitmix64(y));
}

void Random::reseed(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto& s : m_s)
        s = splitmix64(x);
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Random::uniformPositive()
{
    return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53;
}

double Random::exponential(double mean)
{
    return -mean * std::log(uniformPositive());
}

double Random::normal()
{
    const double u1 = uniformPositive();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

} // namespace nephos
