#include "sim/EventQueue.h"

namespace nephos {

void EventQueue::push(double timeHours, EventType type, std::uint32_t id, std::uint32_t stamp)
{
    Event e;
    e.timeHours = timeHours;
    e.seq = m_seq++;
    e.id = id;
    e.stamp = stamp;
    e.type = type;
    std::size_t i = m_heap.size();
    m_heap.push_back(e);
    while (i > 0) {
        const std::size_t parent = (i - 1) / 2;
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
        std::size_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
            ++child;
        if (!before(m_heap[child], last))
            break;
        m_heap[i] = m_heap[child];
        i = child;
    }
    m_heap[i] = last;
    return result;
}

} // namespace nephos
