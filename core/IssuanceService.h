#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "crypto/Certificate.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "pki/Linter.h"
#include "pki/Profile.h"
#include "CertificateRecord.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace signet {

class WorkspaceContext;
class Certificate;

// Values, not text: the command line and the wizards read what people type with core's own rules
// (DistinguishedName::parse, KeySpec::parse, SubjectAltNames) and hand over what they read.
struct CaOptions {
    QString name;
    DistinguishedName subject;
    std::optional<KeySpec> key; // none: the template's, else defaultKeySpec(Profile::RootCa)
    int days = 0;     // 0: the profile's default, shortened to what the issuing CA has left
    CertificateRef issuer; // null: a root CA
    int pathLength = -1;
    QStringList permittedDns;
    QString crlUrl;   // where this CA will publish its CRL; goes into what it issues
    // Name constraints beyond DNS (see NameConstraints): with any permitted name, IP addresses and
    // e-mail addresses outside these are refused. (Initialized, so that callers listing the fields
    // up to crlUrl need not name them.)
    QStringList permittedIps{};    // "10.0.0.0/8", "fd00::/8"
    QStringList permittedEmails{}; // "example.com", ".example.com"
    QString aiaUrl{}; // where this CA's certificate will be published; goes into what it issues (AIA)
    bool force = false; // issue despite the linter's errors
};

struct LeafOptions {
    CertificateRef ca;
    Profile profile = Profile::Server;
    // Without a CN, a server takes its first DNS name (or IP address); a client needs one.
    DistinguishedName subject;
    // The subject alternative names, one list per kind. issue() puts each in the form certificates
    // carry it (SubjectAltNames::normalize: an internationalized name as xn--, lower case) and
    // refuses what is none of its kind.
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    std::optional<KeySpec> key; // none: the template's, else defaultKeySpec(profile)
    int days = 0;         // 0: the profile's default, shortened to what the issuing CA has left
    QString name;         // defaults to the common name
    bool force = false; // issue despite the linter's errors
};

struct CsrOptions {
    CertificateRef ca;
    QByteArray csr;       // PEM or DER
    QString request;      // or: the name of a request waiting in the workspace (csr left empty)
    Profile profile = Profile::Server; // IntermediateCa: a CA below `ca` (the offline root's case)
    int days = 0;         // 0: the profile's default, shortened to what the issuing CA has left
    QString name;
    bool force = false; // issue despite the linter's errors
    // An intermediate CA only: what the signer grants, whatever the request asks for. -1: as many
    // levels as the CAs above allow.
    int pathLength = -1;
    QStringList permittedDns{};
    QStringList permittedIps{};
    QStringList permittedEmails{};
};

// A new certificate as stored, and what the linter found in it: the warnings, and when forced, the
// errors it was issued despite.
struct Issued {
    CertificateRecord record;
    QList<LintFinding> findings;
};

// What signing needs of the issuing CA, read and checked once: its chain up to the root (records
// and certificates, the CA first) and its private key.
struct SigningAuthority {
    std::vector<CertificateRecord> chain;
    std::vector<Certificate> chainCerts;
    PrivateKey key;
};

// A certificate built, checked the way a TLS peer would and linted, not stored yet.
struct SignedCertificate {
    Certificate certificate;
    QList<LintFinding> findings;
    CertificateRecord record; // its row, all but the id, name and key (made where it was signed)
};

// Creating CAs, issuing leaves and signing CSRs: each one transaction with one audit record.
//
// Every certificate is linted (pki/Linter.h) after it is built and before it is stored. Errors refuse
// the issuance, naming each rule in the message, unless the options say `force`; warnings never
// refuse. A refusal by the linter is a `forceable` error whose `findings` hold everything the linter
// found. The chain check before the linter (the name constraints of every CA above, then path length
// and name constraints as OpenSSL enforces them) is no lint rule: `force` does not override it.
class IssuanceService {
public:
    explicit IssuanceService(WorkspaceContext& context) : m_ctx(context) {}

    // `presetKey`, when given, is used instead of generating one (the GUI makes slow RSA keys on
    // a worker thread first).
    Result<Issued> createCa(const CaOptions& options, PrivateKey presetKey = {});
    Result<Issued> issue(const LeafOptions& options, PrivateKey presetKey = {});
    Result<Issued> signCsr(const CsrOptions& options);

    // Issues what `job` describes, checks the chain the way a TLS peer would, lints, and stores
    // certificate (and key) in one transaction. The use cases above and renewal end here.
    Result<Issued> run(const struct IssueJob& job);

    // The parts of run() on their own, for issuing many certificates at once (BatchIssuanceService).
    Result<SigningAuthority> authority(const CertificateRecord& ca);
    // Builds, checks and lints the certificate `job` describes; touches no workspace, so that many
    // run on worker threads at once. `ca` is null for a self-signed certificate. Without
    // `openSslVerify`, the name constraints of every CA above are checked but OpenSSL's verifier is
    // not run: for the certificates of a list after the first, whose chain it has judged already.
    static Result<SignedCertificate> sign(const struct IssueJob& job, const SigningAuthority* ca, const QDateTime& now,
                                          bool openSslVerify = true);
    // Stores a signed certificate (and a new key) under a free name, inside the caller's transaction;
    // no audit record.
    Result<CertificateRecord> store(const struct IssueJob& job, const SignedCertificate& signedCert, const QDateTime& now);
    // Checks a leaf's options against `ca` and fills `job` with everything but the key and the
    // callbacks; `options` are normalized in place. Pure: no workspace.
    static Status prepareLeaf(LeafOptions& options, const CertificateRecord& ca, const QDateTime& now, struct IssueJob& job);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
