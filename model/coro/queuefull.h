#pragma once

#include <stdexcept>

namespace ck {

// asyncio.QueueFull: put_nowait() on a full queue (queues.py 142-143). Python raises it without
// a message.
class QueueFull : public std::runtime_error
{
public:
    QueueFull() : std::runtime_error("QueueFull") {}
};

} // namespace ck
