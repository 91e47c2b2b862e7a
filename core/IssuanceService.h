#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "pki/Linter.h"
#include "pki/Profile.h"
#include "CertificateRecord.h"

#include <QStringList>

namespace signet {

class WorkspaceContext;
class Certificate;

struct CaOptions {
    QString name;
    QString subject;  // DN text
    QString keySpec = QStringLiteral("ec:p384");
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
    bool force = false;                      // issue despite the linter's errors
    QList<LintFinding>* findings = nullptr;  // receives the linter's findings (see IssuanceService)
};

struct LeafOptions {
    CertificateRef ca;
    Profile profile = Profile::Server;
    QString commonName;   // defaults to the first DNS name (server) or is required (client)
    QString subject;      // full DN; its CN wins over commonName
    // As people type them: issue() reads and normalizes them (SubjectAltNames::normalize).
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList emails;
    QString keySpec = QStringLiteral("ec:p256");
    int days = 0;         // 0: the profile's default, shortened to what the issuing CA has left
    QString name;         // defaults to the common name
    bool force = false;                      // issue despite the linter's errors
    QList<LintFinding>* findings = nullptr;  // receives the linter's findings (see IssuanceService)
};

struct CsrOptions {
    CertificateRef ca;
    QByteArray csr;       // PEM or DER
    Profile profile = Profile::Server;
    int days = 0;         // 0: the profile's default, shortened to what the issuing CA has left
    QString name;
    bool force = false;                      // issue despite the linter's errors
    QList<LintFinding>* findings = nullptr;  // receives the linter's findings (see IssuanceService)
};

// Creating CAs, issuing leaves and signing CSRs: each one transaction with one audit record.
//
// Every certificate is linted (pki/Linter.h) after it is built and before it is stored. Errors refuse
// the issuance, naming each rule in the message, unless the options say `force`; warnings never
// refuse. Options whose `findings` points to a list get it cleared at the start of the call and,
// once the certificate was built, filled with everything the linter found: after success the
// warnings (and, when forced, the errors issued despite), after a refusal the errors as well. So a
// failure with errors in `findings` is a lint refusal that `force` would overcome. The chain check
// before the linter (the name constraints of every CA above, then path length and name constraints
// as OpenSSL enforces them) is no lint rule: `force` does not override it.
class IssuanceService {
public:
    explicit IssuanceService(WorkspaceContext& context) : m_ctx(context) {}

    // `presetKey`, when given, is used instead of generating one (the GUI makes slow RSA keys on
    // a worker thread first).
    Result<CertificateRecord> createCa(const CaOptions& options, PrivateKey presetKey = {});
    Result<CertificateRecord> issue(const LeafOptions& options, PrivateKey presetKey = {});
    Result<CertificateRecord> signCsr(const CsrOptions& options);

private:
    // Issues, checks the chain the way a TLS peer would, and stores certificate (and key).
    Result<CertificateRecord> finish(const struct IssueJob& job);
    WorkspaceContext& m_ctx;
};

} // namespace signet
