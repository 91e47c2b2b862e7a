#include "store/RowAuthenticator.h"

#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"
#include "store/KeyVault.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>

#include <QCoreApplication>

namespace signet {

RowEncoding::RowEncoding(const char* tag)
{
    field('t', QByteArray(tag));
}

void RowEncoding::field(char type, const QByteArray& value)
{
    m_bytes += type;
    m_bytes += QByteArray::number(value.size());
    m_bytes += ':';
    m_bytes += value;
}

RowEncoding& RowEncoding::add(qint64 value)
{
    field('i', QByteArray::number(value));
    return *this;
}

RowEncoding& RowEncoding::add(const std::optional<qint64>& value)
{
    if (value) {
        return add(*value);
    }
    field('n', {});
    return *this;
}

RowEncoding& RowEncoding::add(const QString& value)
{
    field('s', value.toUtf8());
    return *this;
}

RowEncoding& RowEncoding::add(const QByteArray& value)
{
    field('b', value);
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
    const QByteArray expected = mac(message);
    return !expected.isEmpty() && storedMac.size() == expected.size()
           && CRYPTO_memcmp(expected.constData(), storedMac.constData(), static_cast<size_t>(expected.size())) == 0;
}

} // namespace signet
