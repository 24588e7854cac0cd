#pragma once

#include <cstdint>
#include <vector>

namespace nephos {

/// Kinds of events the kernel schedules. Job arrivals are not queued: they are read in order from
/// the pre-generated arrival list and merged with this queue.
enum class EventType : std::uint8_t {
    JobFinish,    ///< id = job, stamp = job epoch
    TransferDone, ///< id = link, stamp = link version
    StagingDone,  ///< id = job, stamp = job epoch (after the link's round-trip time)
    VmBootDone,   ///< id = VM, stamp = VM epoch
    VmFail,       ///< id = VM, stamp = VM epoch
    VmRepair,     ///< id = VM, stamp = VM epoch
    Monitor,
    Scaling,
    PerturbationStart, ///< id = perturbation index
    PerturbationEnd,
    ReplicaReady, ///< id = replica (dataset * regions + region), stamp = replica epoch
    IdleCheck,    ///< id = VM: release it if idle for the idle timeout (one pending per VM)
};

struct Event
{
    double timeHours = 0.0;
    std::uint64_t seqType = 0; ///< insertion order << 8 | type: ties are first-in first-out
    std::uint32_t id = 0;
    std::uint32_t stamp = 0;
    EventType type() const { return static_cast<EventType>(seqType & 0xffU); }
};

/// 4-ary min-heap of events ordered by (time, insertion order): deterministic, and shallower
/// (fewer cache misses) than a binary heap.
class EventQueue
{
public:
    void reserve(std::size_t n) { m_heap.reserve(n); }
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event& top() const { return m_heap.front(); }
    void push(double timeHours, EventType type, std::uint32_t id = 0, std::uint32_t stamp = 0);
    Event pop();

private:
    static bool before(const Event& a, const Event& b)
    {
        return a.timeHours < b.timeHours || (a.timeHours == b.timeHours && a.seqType < b.seqType);
    }
    std::vector<Event> m_heap;
    std::uint64_t m_seq = 0;
};

} // namespace nephos
