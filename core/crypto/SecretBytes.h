#pragma once

#include "crypto/LockedMemory.h"

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace signet {

// Bytes that must not outlive their use (plaintext private keys, the master key, passwords):
// move-only, never implicitly shared, and wiped when destroyed. They live in LockedMemory: not in
// swap where the memory-lock limit allows, and never in a core dump.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char* data, std::size_t size);
    static SecretBytes fromQByteArray(const QByteArray& bytes);
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool empty() const { return m_bytes.empty(); }
    void resize(std::size_t size);

private:
    void wipe();
    using Buffer = std::vector<unsigned char, LockedAllocator<unsigned char>>;
    Buffer m_bytes;
};

} // namespace signet
