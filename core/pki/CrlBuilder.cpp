#include "pki/CrlBuilder.h"

#include "pki/RevocationReason.h"

#include "crypto/Der.h"
#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"

#include <openssl/core_names.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CrlBuilder", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CrlBuilder)
};

template <typename T>
QByteArray toDer(int (*i2d)(const T*, unsigned char**), const T* object)
{
    const int length = object != nullptr ? i2d(object, nullptr) : 0;
    if (length <= 0) {
        return {};
    }
    QByteArray out(length, Qt::Uninitialized);
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    return i2d(object, &p) == length ? out : QByteArray();
}

QByteArray extensionDer(int nid, void* value)
{
    X509ExtensionPtr extension(X509V3_EXT_i2d(nid, 0, value));
    return toDer(i2d_X509_EXTENSION, extension.get());
}

} // namespace

Result<CrlBuilder> CrlBuilder::start(const Certificate& ca, EVP_PKEY* caKey, qint64 crlNumber, const QDateTime& now,
                                     int validityDays)
{
    if (validityDays < 1 || validityDays > 3650) {
        return makeError(Tr::tr("a CRL must be valid for 1 to 3650 days, not %1").arg(validityDays));
    }
    // Signed with a key other than the CA's, the CRL would be rejected by every server that loads it.
    if (!ca.matchesKey(caKey)) {
        return makeError(Tr::tr("the signing key does not belong to the CA certificate"));
    }
    CrlBuilder builder;
    const qint64 last = now.toSecsSinceEpoch();
    const qint64 next = last + qint64(validityDays) * 86400;
    builder.m_thisUpdate = QDateTime::fromSecsSinceEpoch(last, Qt::UTC);
    builder.m_nextUpdate = QDateTime::fromSecsSinceEpoch(next, Qt::UTC);
    // The signer writes the AlgorithmIdentifier itself (as X509_CRL_sign would have it).
    builder.m_signer.reset(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr;
    unsigned char algorithm[256];
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_SIGNATURE_PARAM_ALGORITHM_ID, algorithm, sizeof algorithm),
        OSSL_PARAM_construct_end()};
    if (!builder.m_signer
        || EVP_DigestSignInit(builder.m_signer.get(), &pctx, PrivateKey::signingDigestFor(caKey), nullptr, caKey) != 1
        || EVP_PKEY_CTX_get_params(pctx, params) != 1 || params[0].return_size == 0
        || params[0].return_size > sizeof algorithm) {
        return opensslError(Tr::tr("could not sign the CRL"));
    }
    builder.m_algorithm = QByteArray(reinterpret_cast<const char*>(algorithm), static_cast<qsizetype>(params[0].return_size));
    const QByteArray issuer = toDer(i2d_X509_NAME, X509_get_subject_name(ca.get()));
    builder.m_fields = QByteArray("\x02\x01\x01", 3) + builder.m_algorithm + issuer; // version: v2
    if (issuer.isEmpty() || !Der::appendTime(builder.m_fields, last) || !Der::appendTime(builder.m_fields, next)) {
        return opensslError(Tr::tr("could not fill in the CRL"));
    }
    if (Status st = builder.encodeExtensions(ca, crlNumber); !st) {
        return st.error();
    }
    builder.m_room = 3 * Der::kMaxHeaderSize + builder.m_fields.size();
    builder.m_der = QByteArray(builder.m_room, '\0');
    return builder;
}

Status CrlBuilder::encodeExtensions(const Certificate& ca, qint64 crlNumber)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, ca.get(), nullptr, nullptr, nullptr, 0);
    X509ExtensionPtr aki(X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    Asn1IntegerPtr number(ASN1_INTEGER_new());
    const QByteArray akiDer = toDer(i2d_X509_EXTENSION, aki.get());
    const QByteArray numberDer = number && ASN1_INTEGER_set_int64(number.get(), crlNumber) == 1
                                     ? extensionDer(NID_crl_number, number.get())
                                     : QByteArray();
    if (akiDer.isEmpty() || numberDer.isEmpty()) {
        return opensslError(Tr::tr("could not add the CRL extensions"));
    }
    QByteArray list;
    Der::append(list, Der::kSequence, akiDer + numberDer);
    Der::append(m_extensions, Der::kContext0, list);
    return {};
}

Result<QByteArray> CrlBuilder::entryExtensions(int reason)
{
    QByteArray& cached = m_reasonExtensions.at(static_cast<size_t>(reason));
    if (cached.isEmpty()) {
        Asn1EnumeratedPtr value(ASN1_ENUMERATED_new());
        const QByteArray extension = value && ASN1_ENUMERATED_set(value.get(), reason) == 1
                                         ? extensionDer(NID_crl_reason, value.get())
                                         : QByteArray();
        if (extension.isEmpty()) {
            return opensslError(Tr::tr("could not add a revocation reason"));
        }
        Der::append(cached, Der::kSequence, extension);
    }
    return cached;
}

void CrlBuilder::reserve(qint64 entries)
{
    // A serial of 16 bytes, a UTCTime and a reason take 51 bytes.
    m_der.reserve(m_room + static_cast<qsizetype>(entries) * 56 + m_extensions.size() + 1024);
    m_slots.reserve(static_cast<size_t>(entries));
}

Status CrlBuilder::add(const RevokedEntry& entry)
{
    const bool latin1 = std::all_of(entry.serialHex.begin(), entry.serialHex.end(),
                                    [](QChar c) { return c.unicode() < 0x80; });
    if (!latin1) {
        return makeError(Tr::tr("bad serial number '%1' in the revocation list").arg(entry.serialHex));
    }
    return add(entry.serialHex.toLatin1(), entry.revokedAt.toSecsSinceEpoch(), entry.reason);
}

Status CrlBuilder::add(QByteArrayView serialHex, qint64 revokedAt, int reason)
{
    if (reason > 0 && reason != kRemoveFromCrlCode && !revocationReasonFromCode(reason)) {
        return makeError(Tr::tr("revocation reason %1 of serial %2 is not an RFC 5280 reason code")
                             .arg(reason)
                             .arg(QString::fromLatin1(serialHex)));
    }
    m_entry.resize(0);
    // Hex digits only: a typo like "5A:0B" must not revoke serial 5A, nor "-5A0B" some other one.
    // RFC 5280 allows 20 octets; more than 127 (a longer length field) no certificate has.
    if (!Der::appendIntegerFromHex(m_entry, serialHex) || static_cast<unsigned char>(m_entry.at(1)) >= 0x80) {
        return makeError(Tr::tr("bad serial number '%1' in the revocation list").arg(QString::fromLatin1(serialHex)));
    }
    if (!Der::appendTime(m_entry, revokedAt)) {
        return makeError(Tr::tr("could not add a revoked certificate to the list"));
    }
    // RFC 5280 5.3.1: the reason code SHOULD be absent rather than "unspecified".
    if (reason > 0) {
        auto made = entryExtensions(reason);
        if (!made) {
            return made.error();
        }
        m_entry += *made;
    }
    Slot slot;
    slot.offset = m_der.size();
    slot.header = static_cast<quint16>(Der::headerSize(m_entry.size()));
    slot.length = static_cast<quint32>(slot.header + m_entry.size());
    // The INTEGER's content follows its two-octet header (checked above).
    const auto* serial = reinterpret_cast<const unsigned char*>(m_entry.constData());
    slot.serialLength = serial[1];
    for (quint32 i = 0; i < 8; ++i) {
        slot.prefix = slot.prefix << 8 | (i < slot.serialLength ? serial[2 + i] : 0);
    }
    Der::appendHeader(m_der, Der::kSequence, m_entry.size());
    m_der += m_entry;
    if (m_sorted && !m_slots.empty() && !before(m_slots.back(), slot)) {
        m_sorted = false;
    }
    m_slots.push_back(slot);
    ++m_count;
    return {};
}

bool CrlBuilder::before(const Slot& a, const Slot& b) const
{
    if (a.serialLength != b.serialLength) {
        return a.serialLength < b.serialLength;
    }
    if (a.prefix != b.prefix) {
        return a.prefix < b.prefix;
    }
    // Same length, same first eight bytes: the rest decides.
    const auto serialAt = [this](const Slot& s) { return m_der.constData() + s.offset + s.header + 2; };
    return std::memcmp(serialAt(a), serialAt(b), a.serialLength) < 0;
}

void CrlBuilder::sortEntries()
{
    if (!m_sorted) {
        std::sort(m_slots.begin(), m_slots.end(), [this](const Slot& a, const Slot& b) { return before(a, b); });
        QByteArray sorted;
        sorted.reserve(m_der.size() + m_extensions.size() + 1024); // the signature and its algorithm follow
        sorted.resize(m_room);
        for (const Slot& slot : m_slots) {
            sorted.append(m_der.constData() + slot.offset, slot.length);
        }
        m_der = std::move(sorted);
    }
    m_slots = {};
}

Result<QByteArray> CrlBuilder::finish()
{
    if (!m_signer) {
        return makeError(Tr::tr("could not sign the CRL"));
    }
    sortEntries();
    // RFC 5280 5.1.2.6: with no entries the list is absent, not empty.
    const qsizetype entries = m_der.size() - m_room;
    const int listHeader = entries > 0 ? Der::headerSize(entries) : 0;
    const qsizetype tbsContent = m_fields.size() + listHeader + entries + m_extensions.size();
    const int tbsHeader = Der::headerSize(tbsContent);
    const qsizetype tbsStart = m_room - listHeader - m_fields.size() - tbsHeader;
    char* room = m_der.data();
    Der::writeHeader(room + tbsStart, Der::kSequence, tbsContent);
    std::memcpy(room + tbsStart + tbsHeader, m_fields.constData(), static_cast<size_t>(m_fields.size()));
    if (listHeader > 0) {
        Der::writeHeader(room + m_room - listHeader, Der::kSequence, entries);
    }
    m_der += m_extensions;

    const auto* tbs = reinterpret_cast<const unsigned char*>(m_der.constData() + tbsStart);
    const auto tbsLength = static_cast<size_t>(tbsHeader + tbsContent);
    size_t signatureLength = 0;
    if (EVP_DigestSign(m_signer.get(), nullptr, &signatureLength, tbs, tbsLength) != 1) {
        return opensslError(Tr::tr("could not sign the CRL"));
    }
    QByteArray signature(static_cast<qsizetype>(signatureLength), Qt::Uninitialized);
    if (EVP_DigestSign(m_signer.get(), reinterpret_cast<unsigned char*>(signature.data()), &signatureLength, tbs,
                       tbsLength)
        != 1) {
        return opensslError(Tr::tr("could not sign the CRL"));
    }
    m_signer.reset();
    signature.resize(static_cast<qsizetype>(signatureLength));
    m_der += m_algorithm;
    Der::appendHeader(m_der, Der::kBitString, signature.size() + 1);
    m_der += '\0'; // no unused bits
    m_der += signature;

    const qsizetype content = m_der.size() - tbsStart;
    const qsizetype start = tbsStart - Der::headerSize(content);
    Der::writeHeader(m_der.data() + start, Der::kSequence, content);
    m_der.remove(0, start);
    return std::exchange(m_der, QByteArray());
}

Result<Crl> CrlBuilder::build(const Certificate& ca, EVP_PKEY* caKey, const std::vector<RevokedEntry>& entries,
                              qint64 crlNumber, const QDateTime& now, int validityDays)
{
    auto builder = start(ca, caKey, crlNumber, now, validityDays);
    if (!builder) {
        return builder.error();
    }
    builder->reserve(static_cast<qint64>(entries.size()));
    for (const RevokedEntry& entry : entries) {
        if (Status st = builder->add(entry); !st) {
            return st.error();
        }
    }
    auto der = builder->finish();
    if (!der) {
        return der.error();
    }
    return Crl::fromData(*der);
}

} // namespace signet
