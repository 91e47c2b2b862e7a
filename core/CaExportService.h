#pragma once

#include "CertificateRef.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace signet {

class WorkspaceContext;

struct CaExportOptions {
    CertificateRef ca;
    QString directory;      // a new or empty folder
    QByteArray password;    // encrypts the CA's private key (required)
    bool replaceFiles = false; // write into a folder that is not empty
};

struct CaExportResult {
    QString directory;
    QString caName;
    qint64 certificates = 0; // in index.txt and newcerts/
    qint64 revoked = 0;
    QString nextCrlNumber;   // hex, as the crlnumber file holds it
};

// Writes a CA out as an `openssl ca` folder — openssl.cnf, the certificate and its key encrypted
// with a password, index.txt with every certificate it issued (revocations with time and reason),
// serial, crlnumber (above every CRL signed here), newcerts/ and the current CRL — so that the CA
// can leave Signet and go on with `openssl ca`. One audit record: the CA's key leaves the vault.
class CaExportService {
public:
    explicit CaExportService(WorkspaceContext& context) : m_ctx(context) {}

    Result<CaExportResult> exportCa(const CaExportOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
