#include "sim/TransferNetwork.h"

#include <algorithm>
#include <functional>

namespace nephos {

void TransferNetwork::init(int regionCount, std::vector<double> throughputGbps,
                           std::vector<double> rttMs, std::vector<Perturbation> perturbations)
{
    m_regions = regionCount;
    m_gbps = std::move(throughputGbps);
    m_rttMs = std::move(rttMs);
    m_links.assign(static_cast<std::size_t>(regionCount) * static_cast<std::size_t>(regionCount),
                   Link{});
    m_leaves = 1;
    while (m_leaves < m_links.size())
        m_leaves *= 2;
    m_tree.assign(2 * m_leaves, Due{});
    m_perturbations = std::move(perturbations);
    m_active.assign(m_perturbations.size(), 0);
    m_transferLink.clear();
    m_alive.clear();
}

double TransferNetwork::factor(int src, int dst) const
{
    double f = 1.0;
    for (std::size_t i = 0; i < m_perturbations.size(); ++i) {
        const Perturbation& p = m_perturbations[i];
        if (m_active[i] && (p.src < 0 || p.src == src) && (p.dst < 0 || p.dst == dst))
            f *= p.throughputFactor;
    }
    return f;
}

double TransferNetwork::rttHours(int src, int dst) const
{
    double ms = m_rttMs[static_cast<std::size_t>(src * m_regions + dst)];
    for (std::size_t i = 0; i < m_perturbations.size(); ++i) {
        const Perturbation& p = m_perturbations[i];
        if (m_active[i] && (p.src < 0 || p.src == src) && (p.dst < 0 || p.dst == dst))
            ms += p.extraRttMs;
    }
    return ms / 3.6e6;
}

int TransferNetwork::activeTransfers(int src, int dst) const
{
    return m_links[static_cast<std::size_t>(src * m_regions + dst)].n;
}

double TransferNetwork::perTransferGbPerHour(std::size_t link) const
{
    const Link& l = m_links[link];
    const int src = static_cast<int>(link) / m_regions;
    const int dst = static_cast<int>(link) % m_regions;
    return m_gbps[link] * 450.0 * factor(src, dst) / std::max(1, l.n);
}

void TransferNetwork::advance(std::size_t link, double now)
{
    Link& l = m_links[link];
    if (l.n > 0)
        l.v += perTransferGbPerHour(link) * (now - l.last);
    l.last = now;
}

void TransferNetwork::dropStale(Link& l)
{
    while (!l.heap.empty() && !m_alive[l.heap.front().transfer]) {
        std::pop_heap(l.heap.begin(), l.heap.end(), std::greater<Entry>());
        l.heap.pop_back();
    }
}

void TransferNetwork::setDue(std::size_t link, double due)
{
    std::size_t i = m_leaves + link;
    m_tree[i] = {due, static_cast<int>(link)};
    for (i /= 2; i >= 1; i /= 2) {
        const Due& a = m_tree[2 * i];
        const Due& b = m_tree[2 * i + 1];
        m_tree[i] = b.due < a.due ? b : a;
    }
}

void TransferNetwork::reschedule(std::size_t link, double now)
{
    Link& l = m_links[link];
    dropStale(l);
    if (l.n == 0) {
        l.heap.clear();
        l.v = 0.0;
        setDue(link, 1e300);
        return;
    }
    const double rate = perTransferGbPerHour(link);
    const double remaining = std::max(0.0, l.heap.front().target - l.v);
    setDue(link, rate > 0.0 ? now + remaining / rate : 1e300);
}

std::uint32_t TransferNetwork::start(int src, int dst, double gb, double now)
{
    const std::size_t link = static_cast<std::size_t>(src * m_regions + dst);
    advance(link, now);
    Link& l = m_links[link];
    const auto id = static_cast<std::uint32_t>(m_alive.size());
    m_alive.push_back(1);
    m_transferLink.push_back(static_cast<std::uint32_t>(link));
    l.heap.push_back({l.v + gb, id});
    std::push_heap(l.heap.begin(), l.heap.end(), std::greater<Entry>());
    ++l.n;
    reschedule(link, now);
    return id;
}

void TransferNetwork::cancel(std::uint32_t transfer, double now)
{
    if (transfer >= m_alive.size() || !m_alive[transfer])
        return;
    const std::size_t link = m_transferLink[transfer];
    advance(link, now);
    m_alive[transfer] = 0;
    --m_links[link].n;
    reschedule(link, now);
}

void TransferNetwork::complete(int linkIndex, double now, std::vector<std::uint32_t>& done)
{
    const auto link = static_cast<std::size_t>(linkIndex);
    Link& l = m_links[link];
    advance(link, now);
    dropStale(l);
    // the link was due: its first transfer is done (whatever the rounding), then every other
    // one within rounding distance
    if (!l.heap.empty())
        l.v = std::max(l.v, l.heap.front().target);
    for (;;) {
        dropStale(l);
        if (l.heap.empty())
            break;
        const Entry top = l.heap.front();
        if (top.target > l.v + 1e-9 * std::max(1.0, top.target))
            break;
        std::pop_heap(l.heap.begin(), l.heap.end(), std::greater<Entry>());
        l.heap.pop_back();
        m_alive[top.transfer] = 0;
        --l.n;
        done.push_back(top.transfer);
    }
    reschedule(link, now);
}

void TransferNetwork::setPerturbationActive(int index, bool active, double now)
{
    // integrate every busy link at the old rates before the factor changes
    for (std::size_t i = 0; i < m_links.size(); ++i)
        if (m_links[i].n > 0)
            advance(i, now);
    m_active[static_cast<std::size_t>(index)] = active ? 1 : 0;
    for (std::size_t i = 0; i < m_links.size(); ++i)
        if (m_links[i].n > 0)
            reschedule(i, now);
}

} // namespace nephos
