// Certificates from outside (PEM, DER, PEM bundles), and everything the inspector, the linter and
// the name-constraint check read from one.
#include "FuzzSupport.h"
#include "crypto/Certificate.h"
#include "pki/Linter.h"
#include "pki/NameConstraints.h"

using namespace signet;

namespace {
void readEverything(const Certificate& cert)
{
    (void)cert.toDer();
    (void)cert.toPem();
    (void)cert.toText();
    (void)cert.subject();
    (void)cert.issuer();
    (void)cert.commonName();
    (void)cert.serialHex();
    (void)cert.notBefore();
    (void)cert.notAfter();
    (void)cert.version();
    (void)cert.isCa();
    (void)cert.pathLength();
    (void)cert.subjectAltNames();
    (void)cert.keyUsage();
    (void)cert.extendedKeyUsage();
    (void)cert.crlDistributionPoints();
    (void)cert.caIssuersUrls();
    (void)cert.permittedDnsDomains();
    (void)cert.subjectKeyId();
    (void)cert.authorityKeyId();
    (void)cert.extensions();
    (void)cert.sha256Fingerprint();
    (void)cert.publicKeyDescription();
    (void)cert.publicKeyDer();
    (void)cert.signatureAlgorithm();
    (void)cert.isSelfIssued();
    (void)cert.isSignedBy(cert);
    (void)DistinguishedName::formatRfc2253(X509_get_subject_name(cert.get()), true);
    (void)DistinguishedName::formatRfc2253(X509_get_issuer_name(cert.get()), false);
    (void)cert.subjectName().toX509Name();

    // An imported CA's constraints are checked against the certificate itself, as for a leaf below it.
    const NameConstraints constraints = NameConstraints::of(cert);
    (void)constraints.extensionText();
    (void)constraints.check(cert, QStringLiteral("fuzz"));
    (void)constraints.checkSubordinate(constraints, QStringLiteral("fuzz"));
    (void)Linter::lint(cert, cert.isSelfIssued() ? &cert : nullptr);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::clearErrors();
    const QByteArray input = fuzz::bytes(data, size);
    if (auto cert = Certificate::fromData(input)) {
        readEverything(*cert);
    }
    if (auto list = Certificate::listFromPem(input)) {
        for (const Certificate& cert : *list) {
            (void)cert.subjectAltNames();
        }
    }
    fuzz::clearErrors();
    return 0;
}
