#include "store/RowAuthenticator.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "store/KeyVault.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace signet {

RowEncoding::RowEncoding(const char* tag, qsizetype capacity)
{
    // A certificate row is a few hundred bytes: one allocation for most rows.
    m_bytes.reserve(capacity);
    field('t', tag, static_cast<qsizetype>(std::strlen(tag)));
}

// One resize and two copies a field, no temporary: a CRL of a million entries encodes a million
// rows to check their MACs.
char* RowEncoding::reserveField(char type, qsizetype size)
{
    char head[2 + std::numeric_limits<qsizetype>::digits10 + 2];
    head[0] = type;
    char* end = std::to_chars(head + 1, head + sizeof head - 1, size).ptr;
    *end++ = ':';
    const qsizetype headSize = end - head;
    const qsizetype at = m_bytes.size();
    m_bytes.resize(at + headSize + size);
    char* out = m_bytes.data() + at;
    std::memcpy(out, head, static_cast<size_t>(headSize));
    return out + headSize;
}

void RowEncoding::field(char type, const char* value, qsizetype size)
{
    char* out = reserveField(type, size);
    if (size > 0) {
        std::memcpy(out, value, static_cast<size_t>(size));
    }
}

RowEncoding& RowEncoding::add(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    field('i', digits, end - digits);
    return *this;
}

RowEncoding& RowEncoding::add(const std::optional<qint64>& value)
{
    if (value) {
        return add(*value);
    }
    field('n', nullptr, 0);
    return *this;
}

RowEncoding& RowEncoding::add(const QString& value)
{
    // ASCII is its own UTF-8: written straight in, the common case needs no conversion.
    const char16_t* text = QStringView(value).utf16();
    const qsizetype size = value.size();
    if (std::all_of(text, text + size, [](char16_t c) { return c < 0x80; })) {
        std::transform(text, text + size, reserveField('s', size), [](char16_t c) { return static_cast<char>(c); });
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    field('s', utf8.constData(), utf8.size());
    return *this;
}

RowEncoding& RowEncoding::addUtf8(QByteArrayView text)
{
    field('s', text.data(), text.size());
    return *this;
}

RowEncoding& RowEncoding::add(const QByteArray& value)
{
    field('b', value.constData(), value.size());
    return *this;
}

Result<RowAuthenticator> RowAuthenticator::derive(const KeyVault& vault, Purpose purpose)
{
    auto key = vault.subkey(purpose == Purpose::Rows ? QByteArrayLiteral("signet:row-mac:v1")
                                                     : QByteArrayLiteral("signet:audit-chain:v1"));
    if (!key) {
        return key.error();
    }
    // A keyed template that each MAC duplicates: fetching and keying HMAC once, not per row, keeps
    // reading a million rows cheap. OpenSSL wipes the key when the context is freed.
    EvpMacPtr hmac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    EvpMacCtxPtr ctx(hmac ? EVP_MAC_CTX_new(hmac.get()) : nullptr);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!ctx || EVP_MAC_init(ctx.get(), key->data(), key->size(), params) != 1) {
        return opensslError(QCoreApplication::translate("RowAuthenticator", "HMAC-SHA-256 is not available"));
    }
    RowAuthenticator auth;
    auth.m_template = std::shared_ptr<EVP_MAC_CTX>(ctx.release(), EVP_MAC_CTX_free);
    return auth;
}

RowAuthenticator RowAuthenticator::unchecked()
{
    RowAuthenticator auth;
    auth.m_unchecked = true;
    return auth;
}

QByteArray RowAuthenticator::mac(const QByteArray& message) const
{
    if (!m_template) {
        return {};
    }
    EvpMacCtxPtr ctx(EVP_MAC_CTX_dup(m_template.get()));
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    if (!ctx
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.constData()),
                          static_cast<size_t>(message.size()))
               != 1
        || EVP_MAC_final(ctx.get(), out, &len, sizeof out) != 1) {
        takeOpenSslErrors();
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
}

bool RowAuthenticator::verify(const QByteArray& message, const QByteArray& storedMac) const
{
    if (m_unchecked) {
        return true;
    }
    const QByteArray expected = mac(message);
    return !expected.isEmpty() && storedMac.size() == expected.size()
           && CRYPTO_memcmp(expected.constData(), storedMac.constData(), static_cast<size_t>(expected.size())) == 0;
}

RowAuthenticator::Verifier RowAuthenticator::verifier() const
{
    Verifier verifier;
    verifier.m_ctx = {m_template ? EVP_MAC_CTX_dup(m_template.get()) : nullptr, EVP_MAC_CTX_free};
    verifier.m_unchecked = m_unchecked;
    return verifier;
}

bool RowAuthenticator::Verifier::verify(QByteArrayView message, QByteArrayView storedMac)
{
    if (m_unchecked) {
        return true;
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t len = 0;
    // Initialised without a key, HMAC starts over with the key it has.
    if (!m_ctx || EVP_MAC_init(m_ctx.get(), nullptr, 0, nullptr) != 1
        || EVP_MAC_update(m_ctx.get(), reinterpret_cast<const unsigned char*>(message.data()),
                          static_cast<size_t>(message.size()))
               != 1
        || EVP_MAC_final(m_ctx.get(), out, &len, sizeof out) != 1) {
        takeOpenSslErrors();
        return false;
    }
    return len > 0 && storedMac.size() == static_cast<qsizetype>(len)
           && CRYPTO_memcmp(out, storedMac.data(), len) == 0;
}

} // namespace signet
