#include "sim/EventQueue.h"

namespace nephos {

void EventQueue::push(double timeHours, EventType type, std::uint32_t id, std::uint32_t stamp)
{
    Event e;
    e.timeHours = timeHours;
    e.seqType = (m_seq++ << 8) | static_cast<std::uint64_t>(type);
    e.id = id;
    e.stamp = stamp;
    std::size_t i = m_heap.size();
    m_heap.push_back(e);
    while (i > 0) {
        const std::size_t parent = (i - 1) / 4;
        if (!before(e, m_heap[parent]))
            break;
        m_heap[i] = m_heap[parent];
        i = parent;
    }
    m_heap[i] = e;
}

Event EventQueue::pop()
{
    const Event result = m_heap.front();
    const Event last = m_heap.back();
    m_heap.pop_back();
    const std::size_t n = m_heap.size();
    if (n == 0)
        return result;
    std::size_t i = 0;
    for (;;) {
        const std::size_t first = 4 * i + 1;
        if (first >= n)
            break;
        std::size_t child = first;
        const std::size_t last4 = first + 4 < n ? first + 4 : n;
        for (std::size_t c = first + 1; c < last4; ++c)
            if (before(m_heap[c], m_heap[child]))
                child = c;
        if (!before(m_heap[child], last))
            break;
        m_heap[i] = m_heap[child];
        i = child;
    }
    m_heap[i] = last;
    return result;
}

} // namespace nephos
