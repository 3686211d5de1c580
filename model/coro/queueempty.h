#pragma once

#include <stdexcept>

namespace ck {

// asyncio.QueueEmpty: get_nowait() on an empty queue (queues.py 180-181). Python raises it
// without a message.
class QueueEmpty : public std::runtime_error
{
public:
    QueueEmpty() : std::runtime_error("QueueEmpty") {}
};

} // namespace ck
