#include "canceltoken.h"

#include "scheduler.h"

namespace ck {

void CancelToken::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_scheduler)
        m_scheduler->wakeCancelled(this);
    const auto listeners = std::move(m_listeners);
    m_listeners.clear();
    for (const auto &[id, listener] : listeners)
        listener();
}

int CancelToken::addListener(std::function<void()> listener)
{
    m_listeners.emplace_back(m_nextListenerId, std::move(listener));
    return m_nextListenerId++;
}

void CancelToken::removeListener(int id)
{
    std::erase_if(m_listeners, [id](const auto &entry) { return entry.first == id; });
}

} // namespace ck
