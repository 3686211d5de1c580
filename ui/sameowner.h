#pragma once

#include <memory>

namespace ck {

// Whether `seen` still points at the very object `current` owns: alive and owner-equal, never a
// new object made at a freed one's address. For results worked out once per object.
template <typename T, typename U>
bool sameOwner(const std::weak_ptr<T> &seen, const std::shared_ptr<U> &current)
{
    return !seen.expired() && !seen.owner_before(current) && !current.owner_before(seen);
}

} // namespace ck
