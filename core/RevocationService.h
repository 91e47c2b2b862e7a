#pragma once

#include <QSet>

#include "CertificateRef.h"
#include "Result.h"
#include "crypto/Crl.h"
#include "pki/RevocationReason.h"
#include "CertificateRecord.h"
#include "store/CrlRepository.h"

#include <functional>
#include <vector>

namespace signet {

class WorkspaceContext;
struct ClientScope;

// The CRL file a server reads: one CRL for every CA of a client scope, PEM one after another.
struct CrlBundle {
    QByteArray pem;
    QDateTime earliestNextUpdate; // when the first of them expires (invalid when there is none)
};

// Revoking certificates and publishing each CA's CRL.
class RevocationService {
public:
    static constexpr int kDefaultCrlDays = 30;

    explicit RevocationService(WorkspaceContext& context) : m_ctx(context) {}

    Result<CertificateRecord> revoke(const CertificateRef& ref, RevocationReason reason);
    // The certificate `ref` names, when it can be revoked for `reason`; changes nothing.
    Result<CertificateRecord> revocable(const CertificateRef& ref, RevocationReason reason);
    // Signs a new CRL for the CA (number one higher than the last) and stores it as current.
    Result<CrlRecord> publishCrl(const CertificateRef& caRef, int days = kDefaultCrlDays,
                                 const std::function<bool()>& cancelled = {});
    // The CA's current CRL; a new one is published when there is none or it has expired.
    Result<CrlRecord> currentCrl(const CertificateRecord& ca);
    // A CRL for every CA of the scope. `publish`: a new one for each CA that has none or whose CRL
    // has expired (else the stored ones, as they are: a preview changes nothing). `fresh`: a CRL
    // just published, used for its CA instead of reading it back.
    Result<CrlBundle> bundleFor(const ClientScope& scope, bool publish, const CrlRecord* fresh = nullptr);

private:
    Result<CrlRecord> publish(const CertificateRecord& ca, int days, const std::function<bool()>& cancelled = {});
    // Stores a signed CRL, remembers its number in the CA's row and audits it. `rewritten`: the rows
    // written again, released holds it listed for the last time (made valid for good) and rows
    // revoked before revocation MACs (which get one).
    Status keep(const CrlRecord& crl, CertificateRecord ca, const std::vector<qint64>& rewritten, qint64 entries);
    Status checkIssuerKey(qint64 issuerId);
    WorkspaceContext& m_ctx;
    QSet<qint64> m_provenIssuers;
};

} // namespace signet
