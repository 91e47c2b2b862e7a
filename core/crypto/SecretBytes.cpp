#include "crypto/SecretBytes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <utility>

namespace signet {

SecretBytes::SecretBytes(std::size_t size) : m_bytes(size, 0) {}

SecretBytes::SecretBytes(const unsigned char* data, std::size_t size) : m_bytes(data, data + size) {}

SecretBytes SecretBytes::fromQByteArray(const QByteArray& bytes)
{
    return SecretBytes(reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()));
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void SecretBytes::resize(std::size_t size)
{
    if (size < m_bytes.size()) {
        OPENSSL_cleanse(m_bytes.data() + size, m_bytes.size() - size);
        m_bytes.resize(size);
        return;
    }
    // Growing may reallocate: copy into a fresh buffer so the old one can be wiped.
    Buffer grown(size, 0);
    std::copy(m_bytes.begin(), m_bytes.end(), grown.begin());
    wipe();
    m_bytes = std::move(grown);
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    }
}

} // namespace signet
