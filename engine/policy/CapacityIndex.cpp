#include "policy/CapacityIndex.h"

#include <algorithm>

namespace nephos {

void CapacityIndex::build(const std::vector<int>& groupSizes, const std::vector<double>& vcpus,
                          const std::vector<double>& memoryGib, const std::vector<double>& gpus)
{
    m_groups.clear();
    m_nodes.clear();
    m_vmGroup.clear();
    int firstVm = 0;
    std::size_t offset = 0;
    for (std::size_t g = 0; g < groupSizes.size(); ++g) {
        Group grp;
        grp.firstVm = firstVm;
        grp.size = groupSizes[g];
        while (grp.leaves < grp.size)
            grp.leaves *= 2;
        grp.offset = offset;
        grp.vcpus = vcpus[g];
        grp.memGib = memoryGib[g];
        grp.gpus = gpus[g];
        offset += 2 * static_cast<std::size_t>(grp.leaves);
        firstVm += grp.size;
        m_groups.push_back(grp);
        m_vmGroup.insert(m_vmGroup.end(), static_cast<std::size_t>(grp.size), static_cast<int>(g));
    }
    m_nodes.assign(offset, Node{});
}

void CapacityIndex::combine(Node& p, const Node& l, const Node& r)
{
    p.maxVcpu = std::max(l.maxVcpu, r.maxVcpu);
    p.maxMem = std::max(l.maxMem, r.maxMem);
    p.maxGpu = std::max(l.maxGpu, r.maxGpu);
    p.minVcpu = std::min(l.minVcpu, r.minVcpu);
    if (r.maxScore > l.maxScore) {
        p.maxScore = r.maxScore;
        p.argScore = r.argScore;
    } else {
        p.maxScore = l.maxScore;
        p.argScore = l.argScore;
    }
}

void CapacityIndex::update(int vm, double freeVcpus, double freeMemGib, double freeGpus, bool up)
{
    const Group& g = m_groups[static_cast<std::size_t>(m_vmGroup[static_cast<std::size_t>(vm)])];
    const int leaf = vm - g.firstVm;
    std::size_t i = static_cast<std::size_t>(g.leaves + leaf);
    Node& n = m_nodes[g.offset + i];
    if (up) {
        n.maxVcpu = freeVcpus;
        n.maxMem = freeMemGib;
        n.maxGpu = freeGpus;
        n.minVcpu = freeVcpus;
        double score = 1.0;
        if (g.vcpus > 0)
            score = std::min(score, freeVcpus / g.vcpus);
        if (g.memGib > 0)
            score = std::min(score, freeMemGib / g.memGib);
        if (g.gpus > 0)
            score = std::min(score, freeGpus / g.gpus);
        n.maxScore = score;
        n.argScore = leaf;
    } else {
        n = Node{};
    }
    for (i /= 2; i >= 1; i /= 2) {
        Node& p = m_nodes[g.offset + i];
        const Node old = p;
        combine(p, m_nodes[g.offset + 2 * i], m_nodes[g.offset + 2 * i + 1]);
        if (p.maxVcpu == old.maxVcpu && p.maxMem == old.maxMem && p.maxGpu == old.maxGpu &&
            p.minVcpu == old.minVcpu && p.maxScore == old.maxScore && p.argScore == old.argScore)
            break; // ancestors cannot change
    }
}

bool CapacityIndex::mayFit(int g, double v, double m, double gpu) const
{
    const Group& grp = m_groups[static_cast<std::size_t>(g)];
    return grp.size > 0 && fits(node(grp, 1), v, m, gpu);
}

int CapacityIndex::firstFitFrom(const Group& g, std::size_t i, double v, double m, double gpu) const
{
    if (!fits(node(g, i), v, m, gpu))
        return -1;
    if (i >= static_cast<std::size_t>(g.leaves))
        return static_cast<int>(i) - g.leaves;
    const int left = firstFitFrom(g, 2 * i, v, m, gpu);
    return left >= 0 ? left : firstFitFrom(g, 2 * i + 1, v, m, gpu);
}

int CapacityIndex::firstFit(int g, double v, double m, double gpu) const
{
    const Group& grp = m_groups[static_cast<std::size_t>(g)];
    if (grp.size == 0)
        return -1;
    const int leaf = firstFitFrom(grp, 1, v, m, gpu);
    return leaf < 0 ? -1 : grp.firstVm + leaf;
}

int CapacityIndex::leastLoaded(int g, double v, double m, double gpu) const
{
    const Group& grp = m_groups[static_cast<std::size_t>(g)];
    if (grp.size == 0)
        return -1;
    const Node& root = node(grp, 1);
    if (root.argScore >= 0) {
        const Node& leaf = node(grp, static_cast<std::size_t>(grp.leaves + root.argScore));
        if (fits(leaf, v, m, gpu))
            return grp.firstVm + root.argScore;
    }
    return firstFit(g, v, m, gpu);
}

void CapacityIndex::bestFitFrom(const Group& g, std::size_t i, double v, double m, double gpu,
                                double& best, int& bestLeaf) const
{
    const Node& n = node(g, i);
    if (!fits(n, v, m, gpu) || n.minVcpu >= best)
        return;
    if (i >= static_cast<std::size_t>(g.leaves)) {
        best = n.maxVcpu;
        bestLeaf = static_cast<int>(i) - g.leaves;
        return;
    }
    bestFitFrom(g, 2 * i, v, m, gpu, best, bestLeaf);
    if (best <= v + 1e-9)
        return; // exact fit: cannot do better
    bestFitFrom(g, 2 * i + 1, v, m, gpu, best, bestLeaf);
}

int CapacityIndex::bestFit(int g, double v, double m, double gpu) const
{
    const Group& grp = m_groups[static_cast<std::size_t>(g)];
    if (grp.size == 0)
        return -1;
    double best = 1e300;
    int bestLeaf = -1;
    bestFitFrom(grp, 1, v, m, gpu, best, bestLeaf);
    return bestLeaf < 0 ? -1 : grp.firstVm + bestLeaf;
}

double CapacityIndex::freeVcpus(int vm) const
{
    const Group& g = m_groups[static_cast<std::size_t>(m_vmGroup[static_cast<std::size_t>(vm)])];
    return std::max(0.0, node(g, static_cast<std::size_t>(g.leaves + vm - g.firstVm)).maxVcpu);
}

double CapacityIndex::freeMemGib(int vm) const
{
    const Group& g = m_groups[static_cast<std::size_t>(m_vmGroup[static_cast<std::size_t>(vm)])];
    return std::max(0.0, node(g, static_cast<std::size_t>(g.leaves + vm - g.firstVm)).maxMem);
}

double CapacityIndex::freeGpus(int vm) const
{
    const Group& g = m_groups[static_cast<std::size_t>(m_vmGroup[static_cast<std::size_t>(vm)])];
    return std::max(0.0, node(g, static_cast<std::size_t>(g.leaves + vm - g.firstVm)).maxGpu);
}

} // namespace nephos
