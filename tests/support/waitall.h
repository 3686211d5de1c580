#pragma once

#include "coro/task.h"
#include "coro/waitawaiter.h"

#include <QCoroTask>

#include <vector>

namespace cktest {

// asyncio.wait(tasks): resumes when every one is done, however it ended.
inline QCoro::Task<> waitAll(std::vector<ck::detail::TaskCore *> tasks)
{
    ck::WaitAwaiter all(std::move(tasks), ck::ReturnWhen::AllCompleted);
    co_await all.wait();
}

// GCC 12 cannot take a braced list in a coroutine lambda's co_await: the list is made here.
template <typename... Ts> QCoro::Task<> waitAll(ck::Task<Ts> &...tasks)
{
    return waitAll(std::vector<ck::detail::TaskCore *>{&tasks.core()...});
}

} // namespace cktest
