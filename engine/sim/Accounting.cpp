#include "sim/Accounting.h"

namespace nephos {

void Accounting::resize(int entities)
{
    Values zero{};
    m_rates.assign(static_cast<std::size_t>(entities), zero);
    m_integrals.assign(static_cast<std::size_t>(entities), zero);
    m_last.assign(static_cast<std::size_t>(entities), 0.0);
}

void Accounting::advance(std::size_t e, double now)
{
    const double dt = now - m_last[e];
    if (dt != 0.0) {
        Values& in = m_integrals[e];
        const Values& r = m_rates[e];
        for (int i = 0; i < kRates; ++i)
            in[static_cast<std::size_t>(i)] += r[static_cast<std::size_t>(i)] * dt;
        m_last[e] = now;
    }
}

void Accounting::change(int e, double now, const Values& delta)
{
    const auto ue = static_cast<std::size_t>(e);
    advance(ue, now);
    Values& r = m_rates[ue];
    for (int i = 0; i < kRates; ++i)
        r[static_cast<std::size_t>(i)] += delta[static_cast<std::size_t>(i)];
}

void Accounting::change(int e, double now, Rate rate, double delta)
{
    const auto ue = static_cast<std::size_t>(e);
    advance(ue, now);
    m_rates[ue][idx(rate)] += delta;
}

double Accounting::integral(int e, Rate r, double now) const
{
    const auto ue = static_cast<std::size_t>(e);
    return m_integrals[ue][idx(r)] + m_rates[ue][idx(r)] * (now - m_last[ue]);
}

Accounting::Values Accounting::integrals(int e, double now) const
{
    const auto ue = static_cast<std::size_t>(e);
    Values v = m_integrals[ue];
    const double dt = now - m_last[ue];
    for (int i = 0; i < kRates; ++i)
        v[static_cast<std::size_t>(i)] += m_rates[ue][static_cast<std::size_t>(i)] * dt;
    return v;
}

} // namespace nephos
