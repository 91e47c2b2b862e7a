#include "pki/CrlBuilder.h"

#include "pki/RevocationReason.h"

#include "crypto/OsslError.h"
#include "crypto/PrivateKey.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CrlBuilder", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CrlBuilder)
};

Status addRevoked(X509_CRL* crl, const RevokedEntry& entry)
{
    X509RevokedPtr revoked(X509_REVOKED_new());
    BignumPtr bn;
    BIGNUM* raw = nullptr;
    const QByteArray hex = entry.serialHex.toLatin1();
    // BN_hex2bn stops at the first non-hex character and accepts a sign: "5A:0B" would revoke serial 5A.
    const int used = BN_hex2bn(&raw, hex.constData());
    bn.reset(raw);
    if (used == 0 || used != hex.size() || BN_is_negative(bn.get())) {
        return opensslError(Tr::tr("bad serial number '%1' in the revocation list").arg(entry.serialHex));
    }
    Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    Asn1TimePtr when(ASN1_TIME_set(nullptr, static_cast<time_t>(entry.revokedAt.toSecsSinceEpoch())));
    if (!revoked || !serial || !when || X509_REVOKED_set_serialNumber(revoked.get(), serial.get()) != 1
        || X509_REVOKED_set_revocationDate(revoked.get(), when.get()) != 1) {
        return opensslError(Tr::tr("could not add a revoked certificate to the list"));
    }
    if (entry.reason > 0 && entry.reason != kRemoveFromCrlCode && !revocationReasonFromCode(entry.reason)) {
        return makeError(Tr::tr("revocation reason %1 of serial %2 is not an RFC 5280 reason code")
                             .arg(entry.reason)
                             .arg(entry.serialHex));
    }
    // RFC 5280 5.3.1: the reason code SHOULD be absent rather than "unspecified".
    if (entry.reason > 0) {
        Asn1EnumeratedPtr reason(ASN1_ENUMERATED_new());
        if (!reason || ASN1_ENUMERATED_set(reason.get(), entry.reason) != 1
            || X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, 0) != 1) {
            return opensslError(Tr::tr("could not add a revocation reason"));
        }
    }
    if (X509_CRL_add0_revoked(crl, revoked.get()) != 1) {
        return opensslError(Tr::tr("could not add a revoked certificate to the list"));
    }
    revoked.release(); // the CRL owns it now
    return {};
}
} // namespace

Result<Crl> CrlBuilder::build(const Certificate& ca, EVP_PKEY* caKey, const std::vector<RevokedEntry>& entries,
                              qint64 crlNumber, const QDateTime& now, int validityDays)
{
    if (validityDays < 1 || validityDays > 3650) {
        return makeError(Tr::tr("a CRL must be valid for 1 to 3650 days, not %1").arg(validityDays));
    }
    // Signed with a key other than the CA's, the CRL would be rejected by every server that loads it.
    if (!ca.matchesKey(caKey)) {
        return makeError(Tr::tr("the signing key does not belong to the CA certificate"));
    }
    X509CrlPtr crl(X509_CRL_new());
    Asn1TimePtr last(ASN1_TIME_set(nullptr, static_cast<time_t>(now.toSecsSinceEpoch())));
    Asn1TimePtr next(
        ASN1_TIME_set(nullptr, static_cast<time_t>(now.toSecsSinceEpoch() + qint64(validityDays) * 86400)));
    if (!crl || !last || !next || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1
        || X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(ca.get())) != 1
        || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1
        || X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1) {
        return opensslError(Tr::tr("could not fill in the CRL"));
    }
    for (const RevokedEntry& entry : entries) {
        if (Status st = addRevoked(crl.get(), entry); !st) {
            return st.error();
        }
    }
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, ca.get(), nullptr, nullptr, crl.get(), 0);
    X509ExtensionPtr aki(X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    Asn1IntegerPtr number(ASN1_INTEGER_new());
    if (!aki || X509_CRL_add_ext(crl.get(), aki.get(), -1) != 1 || !number
        || ASN1_INTEGER_set_int64(number.get(), crlNumber) != 1
        || X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1) {
        return opensslError(Tr::tr("could not add the CRL extensions"));
    }
    if (X509_CRL_sort(crl.get()) != 1 || X509_CRL_sign(crl.get(), caKey, PrivateKey::signingDigestFor(caKey)) <= 0) {
        return opensslError(Tr::tr("could not sign the CRL"));
    }
    return Crl(std::move(crl));
}

} // namespace signet
