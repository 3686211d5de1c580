#include "framepool.h"

#include <QtGlobal>

#include <array>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace ck {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPooled = false;
#else
constexpr bool kPooled = true;
#endif

struct SizeClass;

// The header at the start of each slab (aligned to its size, so a block finds it by masking);
// its blocks follow.
struct Slab
{
    SizeClass *sizeClass;
    void *freeList;      // blocks freed, each holding the next
    std::byte *unused;   // blocks never handed out begin here
    std::uint32_t inUse; // blocks handed out and not freed
    bool open;           // in its size class's list of slabs with a free block
    Slab *previousOpen;
    Slab *nextOpen;

    std::byte *end() { return reinterpret_cast<std::byte *>(this) + FramePool::kSlabBytes; }
};

struct SizeClass
{
    Slab *current = nullptr;   // blocks are cut from this one first
    Slab *openSlabs = nullptr; // the others with a free block
    std::size_t slabs = 0;
};

constexpr std::size_t kClasses = FramePool::kLargestBlock / FramePool::kGranule;
// Constant-initialised: reaching it costs no guard, only the thread's base.
constinit thread_local std::array<SizeClass, kClasses> t_classes{};

std::size_t classIndex(std::size_t size)
{
    return (size - 1) / FramePool::kGranule;
}

std::size_t blockBytesOf(const SizeClass &sizeClass)
{
    return std::size_t(&sizeClass - t_classes.data() + 1) * FramePool::kGranule;
}

void linkOpen(SizeClass &sizeClass, Slab *slab)
{
    slab->open = true;
    slab->previousOpen = nullptr;
    slab->nextOpen = sizeClass.openSlabs;
    if (sizeClass.openSlabs)
        sizeClass.openSlabs->previousOpen = slab;
    sizeClass.openSlabs = slab;
}

void unlinkOpen(SizeClass &sizeClass, Slab *slab)
{
    if (slab->previousOpen)
        slab->previousOpen->nextOpen = slab->nextOpen;
    else
        sizeClass.openSlabs = slab->nextOpen;
    if (slab->nextOpen)
        slab->nextOpen->previousOpen = slab->previousOpen;
    slab->open = false;
}

// A slab's address range, aligned to its size: more is mapped, the ends are given back. Pages
// are only backed by memory once touched.
void *mapAligned()
{
    constexpr std::size_t bytes = FramePool::kSlabBytes;
    void *mapped =
        ::mmap(nullptr, 2 * bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(mapped);
    const std::uintptr_t aligned = (start + bytes - 1) & ~std::uintptr_t(bytes - 1);
    if (aligned > start)
        ::munmap(mapped, aligned - start);
    ::munmap(reinterpret_cast<void *>(aligned + bytes), start + bytes - aligned);
    return reinterpret_cast<void *>(aligned);
}

Slab *newSlab(SizeClass &sizeClass)
{
    void *memory = mapAligned();
    // A size class past its first slab is a crowd: its slabs fill whole, so their pages are
    // made at once (one system call instead of 512 page faults; an old kernel without it faults
    // them in one by one). The first slab's pages are touched only as far as blocks are cut, so a
    // small run costs a few pages per size class.
    if (sizeClass.slabs > 0)
        ::madvise(memory, FramePool::kSlabBytes, MADV_POPULATE_WRITE);
    constexpr std::size_t header =
        (sizeof(Slab) + FramePool::kGranule - 1) / FramePool::kGranule * FramePool::kGranule;
    auto *slab = new (memory) Slab{
        &sizeClass, nullptr, static_cast<std::byte *>(memory) + header, 0, false, nullptr, nullptr};
    ++sizeClass.slabs;
    return slab;
}

void release(SizeClass &sizeClass, Slab *slab)
{
    if (slab->open)
        unlinkOpen(sizeClass, slab);
    slab->~Slab();
    ::munmap(slab, FramePool::kSlabBytes);
    --sizeClass.slabs;
}

// The current slab is full: the next one is a slab with a free block, else a new one.
void nextSlab(SizeClass &sizeClass)
{
    if (Slab *open = sizeClass.openSlabs) {
        unlinkOpen(sizeClass, open);
        sizeClass.current = open;
    } else {
        sizeClass.current = newSlab(sizeClass);
    }
}

} // namespace

void *FramePool::allocate(std::size_t size)
{
    if (!kPooled || size == 0 || size > kLargestBlock)
        return ::operator new(size);
    SizeClass &sizeClass = t_classes[classIndex(size)];
    for (;;) {
        if (Slab *slab = sizeClass.current) {
            if (void *block = slab->freeList) {
                slab->freeList = *static_cast<void **>(block);
                ++slab->inUse;
                return block;
            }
            const std::size_t blockBytes = blockBytesOf(sizeClass);
            if (slab->unused + blockBytes <= slab->end()) {
                void *block = slab->unused;
                slab->unused += blockBytes;
                ++slab->inUse;
                return block;
            }
        }
        nextSlab(sizeClass);
    }
}

void FramePool::deallocate(void *block, std::size_t size) noexcept
{
    if (!block)
        return;
    if (!kPooled || size == 0 || size > kLargestBlock) {
        ::operator delete(block);
        return;
    }
    auto *slab = reinterpret_cast<Slab *>(reinterpret_cast<std::uintptr_t>(block) &
                                          ~std::uintptr_t(kSlabBytes - 1));
    SizeClass &sizeClass = *slab->sizeClass;
    Q_ASSERT(&sizeClass == &t_classes[classIndex(size)]); // made on this thread, this size
    *static_cast<void **>(block) = slab->freeList;
    slab->freeList = block;
    --slab->inUse;
    if (slab == sizeClass.current)
        return;
    if (slab->inUse == 0)
        release(sizeClass, slab);
    else if (!slab->open)
        linkOpen(sizeClass, slab);
}

bool FramePool::isPooled()
{
    return kPooled;
}

std::size_t FramePool::slabCount()
{
    std::size_t count = 0;
    for (const SizeClass &sizeClass : t_classes)
        count += sizeClass.slabs;
    return count;
}

} // namespace ck
