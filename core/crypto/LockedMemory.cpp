#include "crypto/LockedMemory.h"

#include <openssl/crypto.h>

#include <sys/mman.h>
#include <unistd.h>

namespace signet {

namespace {
std::size_t pageRounded(std::size_t bytes)
{
    static const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    return ((bytes + page - 1) / page) * page;
}
} // namespace

void* LockedMemory::allocate(std::size_t bytes)
{
    if (bytes == 0) {
        return nullptr;
    }
    const std::size_t length = pageRounded(bytes);
    void* memory = ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        throw std::bad_alloc();
    }
    // Both are best effort: over RLIMIT_MEMLOCK the secret still works, it may only be swapped.
    ::madvise(memory, length, MADV_DONTDUMP);
    ::mlock(memory, length);
    return memory;
}

void LockedMemory::release(void* memory, std::size_t bytes)
{
    if (memory == nullptr || bytes == 0) {
        return;
    }
    const std::size_t length = pageRounded(bytes);
    OPENSSL_cleanse(memory, length);
    ::munlock(memory, length);
    ::munmap(memory, length);
}

} // namespace signet
