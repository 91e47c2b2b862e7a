#include "crypto/EcKeyDer.h"

#include "crypto/Der.h"
#include "crypto/OsslError.h"
#include "crypto/OsslPtr.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <cstring>
#include <string_view>

namespace signet {

namespace {
constexpr unsigned char kOctetString = 0x04;
constexpr unsigned char kContext1 = 0xA1;
// OBJECT IDENTIFIER 1.2.840.10045.2.1 (id-ecPublicKey), tag and length included.
constexpr std::string_view kEcPublicKey("\x06\x07\x2A\x86\x48\xCE\x3D\x02\x01", 9);

struct Curve {
    const char* name;      // OpenSSL's group name
    std::string_view oid;  // its OBJECT IDENTIFIER, tag and length included
    std::size_t scalarSize; // octets of the private scalar: the order's size
};
constexpr Curve kCurves[] = {
    {"prime256v1", std::string_view("\x06\x08\x2A\x86\x48\xCE\x3D\x03\x01\x07", 10), 32},
    {"secp384r1", std::string_view("\x06\x05\x2B\x81\x04\x00\x22", 7), 48},
    {"secp521r1", std::string_view("\x06\x05\x2B\x81\x04\x00\x23", 7), 66},
};

const Curve* curveOf(EVP_PKEY* key)
{
    char group[64] = {};
    size_t length = 0;
    if (key == nullptr || !EVP_PKEY_is_a(key, "EC")
        || EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1) {
        return nullptr;
    }
    for (const Curve& curve : kCurves) {
        if (std::strcmp(group, curve.name) == 0) {
            return &curve;
        }
    }
    return nullptr;
}

// The public point, uncompressed; nothing for a key that asks for another form (the encoders write
// that form, and those keys take the encoders' way).
std::optional<QByteArray> publicPoint(EVP_PKEY* key)
{
    char format[32] = {};
    size_t formatLength = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, format, sizeof format,
                                       &formatLength)
        != 1) {
        takeOpenSslErrors(); // no form set: uncompressed
    } else if (std::strcmp(format, "uncompressed") != 0) {
        return std::nullopt;
    }
    unsigned char point[160];
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof point, &length) != 1
        || length == 0 || point[0] != 0x04) {
        takeOpenSslErrors();
        return std::nullopt;
    }
    return QByteArray(reinterpret_cast<const char*>(point), static_cast<qsizetype>(length));
}

// Writes DER into a buffer of a size known in advance.
class Writer {
public:
    explicit Writer(unsigned char* at) : m_at(at) {}
    void header(unsigned char tag, std::size_t length)
    {
        const auto size = static_cast<qsizetype>(length);
        Der::writeHeader(reinterpret_cast<char*>(m_at), tag, size);
        m_at += Der::headerSize(size);
    }
    void bytes(const void* data, std::size_t length)
    {
        std::memcpy(m_at, data, length);
        m_at += length;
    }
    void bytes(std::string_view data) { bytes(data.data(), data.size()); }
    void byte(unsigned char value) { *m_at++ = value; }
    [[nodiscard]] unsigned char* at() const { return m_at; }

private:
    unsigned char* m_at;
};

std::size_t tlv(std::size_t length)
{
    return static_cast<std::size_t>(Der::headerSize(static_cast<qsizetype>(length))) + length;
}

// SEQUENCE { id-ecPublicKey, curve }
void writeAlgorithm(Writer& out, const Curve& curve)
{
    out.header(Der::kSequence, kEcPublicKey.size() + curve.oid.size());
    out.bytes(kEcPublicKey);
    out.bytes(curve.oid);
}
} // namespace

std::optional<QByteArray> EcKeyDer::subjectPublicKeyInfo(EVP_PKEY* key)
{
    const Curve* curve = curveOf(key);
    const auto point = curve != nullptr ? publicPoint(key) : std::nullopt;
    if (!point) {
        return std::nullopt;
    }
    const std::size_t algorithm = tlv(kEcPublicKey.size() + curve->oid.size());
    const std::size_t bits = tlv(1 + static_cast<std::size_t>(point->size()));
    QByteArray der(static_cast<qsizetype>(tlv(algorithm + bits)), Qt::Uninitialized);
    Writer out(reinterpret_cast<unsigned char*>(der.data()));
    out.header(Der::kSequence, algorithm + bits);
    writeAlgorithm(out, *curve);
    out.header(Der::kBitString, 1 + static_cast<std::size_t>(point->size()));
    out.byte(0); // no unused bits
    out.bytes(point->constData(), static_cast<std::size_t>(point->size()));
    return der;
}

std::optional<SecretBytes> EcKeyDer::privateKeyInfo(EVP_PKEY* key)
{
    const Curve* curve = curveOf(key);
    const auto point = curve != nullptr ? publicPoint(key) : std::nullopt;
    BIGNUM* raw = nullptr;
    if (!point || EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1) {
        takeOpenSslErrors();
        return std::nullopt;
    }
    const std::unique_ptr<BIGNUM, decltype(&BN_clear_free)> scalar(raw, BN_clear_free);
    const std::size_t pointSize = static_cast<std::size_t>(point->size());
    // ECPrivateKey { version 1, privateKey, [1] publicKey }: its curve is in the algorithm.
    const std::size_t bitString = 1 + pointSize;
    const std::size_t innerContent = 3 + tlv(curve->scalarSize) + tlv(tlv(bitString));
    const std::size_t inner = tlv(innerContent);
    const std::size_t outerContent = 3 + tlv(kEcPublicKey.size() + curve->oid.size()) + tlv(inner);
    SecretBytes der(tlv(outerContent));
    Writer out(der.data());
    out.header(Der::kSequence, outerContent);
    out.bytes(std::string_view("\x02\x01\x00", 3));
    writeAlgorithm(out, *curve);
    out.header(kOctetString, inner);
    out.header(Der::kSequence, innerContent);
    out.bytes(std::string_view("\x02\x01\x01", 3));
    out.header(kOctetString, curve->scalarSize);
    if (BN_bn2binpad(scalar.get(), out.at(), static_cast<int>(curve->scalarSize)) != static_cast<int>(curve->scalarSize)) {
        takeOpenSslErrors();
        return std::nullopt;
    }
    Writer rest(out.at() + curve->scalarSize);
    rest.header(kContext1, tlv(bitString));
    rest.header(Der::kBitString, bitString);
    rest.byte(0);
    rest.bytes(point->constData(), pointSize);
    if (rest.at() != der.data() + der.size()) {
        return std::nullopt;
    }
    return der;
}

} // namespace signet
