#pragma once

#include <cstddef>
#include <cstdint>

namespace ck {

// Where the engine's coroutine frames live: a slab allocator for small blocks, one per thread
// (the scheduler and its coroutines live on one). A million sleeping coroutines are a million
// frames of one size, made in a row and freed in about the order they were made: malloc gives
// each a 16-byte-aligned block with an 8-byte header (a 72-byte frame takes 80 bytes) and finds
// it in its bins; here a block is its size rounded up to 16 bytes, cut from a 2 MiB slab of
// blocks of that size (made resident at once when a size class needs more than one), and freed
// onto its slab's free list. A slab whose last block is freed
// goes back to the system (unless it is the one blocks are cut from), so a finished crowd
// leaves no memory behind. Blocks over 512 bytes come from operator new, and so does every block
// under AddressSanitizer, which then sees each frame's use after free.
class FramePool
{
public:
    static void *allocate(std::size_t size);
    static void deallocate(void *block, std::size_t size) noexcept;

    // Slabs held now, by this thread's pool (for tests).
    static std::size_t slabCount();
    // False under AddressSanitizer: every block comes from operator new.
    static bool isPooled();

    static constexpr std::size_t kGranule = 16;
    static constexpr std::size_t kLargestBlock = 512;
    static constexpr std::size_t kSlabBytes = 2 * 1024 * 1024;
};

} // namespace ck
