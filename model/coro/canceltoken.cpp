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
}

} // namespace ck
