#pragma once

#include <cstdint>
#include <vector>

namespace nephos {

/// Free capacity of the VMs of each group (one (region, instance type) pool entry), kept in one
/// segment tree per group so that placement never scans every VM: first fit, most-free
/// (least-loaded) and tightest fit (best fit) are O(log n) in the usual case.
/// VMs that are not up are stored with no free capacity.
class CapacityIndex
{
public:
    /// groupSizes[g]: number of VM slots of group g; VMs are numbered consecutively by group.
    /// capacity[g]: the per-VM (vcpus, memoryGib, gpus) of the group's instance type.
    void build(const std::vector<int>& groupSizes, const std::vector<double>& vcpus,
               const std::vector<double>& memoryGib, const std::vector<double>& gpus);

    /// Sets a VM's free capacity (up = false: not available at all).
    void update(int vm, double freeVcpus, double freeMemGib, double freeGpus, bool up);

    /// First VM (lowest index) of group g where the demand fits, -1 when none.
    int firstFit(int g, double vcpus, double memGib, double gpus) const;
    /// VM of group g with the largest free share (least loaded), if the demand fits there,
    /// otherwise the first fit; -1 when none.
    int leastLoaded(int g, double vcpus, double memGib, double gpus) const;
    /// VM of group g where the demand fits leaving the fewest free vCPUs; -1 when none.
    int bestFit(int g, double vcpus, double memGib, double gpus) const;
    /// Whether any VM of group g could take the demand (cheap root check, may be optimistic).
    bool mayFit(int g, double vcpus, double memGib, double gpus) const;

    int groupCount() const { return static_cast<int>(m_groups.size()); }
    int vmCount() const { return static_cast<int>(m_vmGroup.size()); }
    double freeVcpus(int vm) const;
    double freeMemGib(int vm) const;
    double freeGpus(int vm) const;

private:
    struct Node
    {
        double maxVcpu = -1.0;
        double maxMem = -1.0;
        double maxGpu = -1.0;
        double minVcpu = 1e300; ///< over up VMs only, for best-fit pruning
        double maxScore = -1.0; ///< min over dimensions of free / capacity
        int argScore = -1;      ///< leaf index of maxScore
    };
    struct Group
    {
        int firstVm = 0;
        int size = 0;
        int leaves = 1;         ///< power of two >= size
        std::size_t offset = 0; ///< into m_nodes, 2 * leaves nodes (index 1 is the root)
        double vcpus = 0.0;
        double memGib = 0.0;
        double gpus = 0.0;
    };
    static void combine(Node& parent, const Node& left, const Node& right);
    static bool fits(const Node& n, double v, double m, double gpu)
    {
        return n.maxVcpu >= v - 1e-9 && n.maxMem >= m - 1e-9 && n.maxGpu >= gpu - 1e-9;
    }
    int firstFitFrom(const Group& g, std::size_t node, double v, double m, double gpu) const;
    void bestFitFrom(const Group& g, std::size_t node, double v, double m, double gpu, double& best,
                     int& bestLeaf) const;
    const Node& node(const Group& g, std::size_t i) const { return m_nodes[g.offset + i]; }

    std::vector<Group> m_groups;
    std::vector<Node> m_nodes;
    std::vector<int> m_vmGroup;
};

} // namespace nephos
