#pragma once

#include <cstddef>
#include <new>

namespace signet {

// Memory for secrets: pages of their own, locked in RAM where the memory-lock limit allows (so they
// are not written to swap) and excluded from core dumps (MADV_DONTDUMP), even if dumps are on
// again. Pages of their own, because mlock() does not count: unlocking memory shared with another
// secret would unlock that one too.
class LockedMemory {
public:
    static void* allocate(std::size_t bytes);           // throws std::bad_alloc
    static void release(void* memory, std::size_t bytes); // wipes, unlocks and unmaps
};

// std::allocator's interface over LockedMemory, for SecretBytes' vector.
template <typename T>
struct LockedAllocator {
    using value_type = T;
    LockedAllocator() = default;
    template <typename U>
    LockedAllocator(const LockedAllocator<U>&) noexcept {} // NOLINT: rebinding must be implicit
    T* allocate(std::size_t n) { return static_cast<T*>(LockedMemory::allocate(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { LockedMemory::release(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const LockedAllocator<U>&) const noexcept { return true; }
};

} // namespace signet
