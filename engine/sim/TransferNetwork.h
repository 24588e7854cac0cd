#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace nephos {

/// Data staging over directed region links with processor sharing: the link's throughput
/// (× the active perturbations' factors) is split equally among its concurrent transfers. Each
/// link keeps a virtual "GB delivered per transfer" clock V; a transfer finishes when V reaches
/// its start value + size, so a change of the transfer set costs O(log n), not O(n).
/// Each busy link's next completion time sits in a small tournament tree over links, so the
/// kernel finds the earliest one in O(1) and a re-rating costs O(log links), without stale
/// events piling up in the main event queue.
class TransferNetwork
{
public:
    struct Perturbation
    {
        double startHours = 0.0;
        double endHours = 0.0;
        int src = -1; ///< -1: any region
        int dst = -1;
        double throughputFactor = 1.0;
        double extraRttMs = 0.0;
    };

    void init(int regionCount, std::vector<double> throughputGbps, std::vector<double> rttMs,
              std::vector<Perturbation> perturbations);

    /// Starts moving `gb` over src→dst; returns the transfer id.
    std::uint32_t start(int src, int dst, double gb, double now);
    void cancel(std::uint32_t transfer, double now);
    /// Earliest due completion over all links (+inf when idle) and its link.
    double nextDue() const { return m_tree.empty() ? 1e300 : m_tree[1].due; }
    int nextDueLink() const { return m_tree.empty() ? -1 : m_tree[1].link; }
    /// Completes what is due on `link` at `now`; appends finished transfer ids to `done`.
    void complete(int link, double now, std::vector<std::uint32_t>& done);
    /// A perturbation started or ended: re-rate every busy link.
    void setPerturbationActive(int index, bool active, double now);
    /// Round-trip time including active perturbations, hours.
    double rttHours(int src, int dst) const;
    /// Effective throughput factor of a link now.
    double factor(int src, int dst) const;
    int activeTransfers(int src, int dst) const;
    const std::vector<Perturbation>& perturbations() const { return m_perturbations; }

private:
    struct Entry
    {
        double target = 0.0;
        std::uint32_t transfer = 0;
        bool operator>(const Entry& o) const
        {
            return target > o.target || (target == o.target && transfer > o.transfer);
        }
    };
    struct Link
    {
        double v = 0.0;
        double last = 0.0;
        int n = 0;
        std::vector<Entry> heap; ///< min-heap on target
    };
    struct Due
    {
        double due = 1e300;
        int link = -1;
    };
    double perTransferGbPerHour(std::size_t link) const;
    void advance(std::size_t link, double now);
    void reschedule(std::size_t link, double now);
    void setDue(std::size_t link, double due);
    void dropStale(Link& l);

    int m_regions = 0;
    std::vector<double> m_gbps;
    std::vector<double> m_rttMs;
    std::vector<Link> m_links;
    std::vector<Due> m_tree; ///< tournament tree, leaves at [m_leaves, 2 m_leaves)
    std::size_t m_leaves = 1;
    std::vector<Perturbation> m_perturbations;
    std::vector<char> m_active;
    std::vector<std::uint32_t> m_transferLink;
    std::vector<char> m_alive;
};

} // namespace nephos
