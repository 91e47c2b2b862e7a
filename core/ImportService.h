#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace signet {

class WorkspaceContext;

// Each file must be a regular file of at most BoundedFile::kImportLimit bytes.
struct ImportOptions {
    QString name;         // name for the (first) imported certificate; others get their CN
    QByteArray password;  // for PKCS#12 files and encrypted keys
    std::function<bool()> cancelled; // asked between files and before storing; true rolls back
};

struct ImportedCertificate {
    QString name;
    QString serial; // hex, as 'list' shows it
};

struct ImportReport {
    QList<ImportedCertificate> certificates; // the certificates added
    QStringList keysAttached;   // names of certificates that received their private key
    QStringList crls;           // CAs whose key is elsewhere that received a newer CRL
    QStringList revoked;        // certificates those CRLs list, now marked revoked
    QStringList skipped;        // one line per thing not imported, and why

    [[nodiscard]] QStringList certificateNames() const
    {
        QStringList names;
        for (const ImportedCertificate& cert : certificates) {
            names << cert.name;
        }
        return names;
    }
};

// Brings certificates, private keys and PKCS#12 files into the workspace (PEM or DER), links each
// certificate to its issuer when the issuer is here, and pairs keys with their certificates, so an
// existing CA (certificate + key) can go on issuing from Signet. A certificate whose key waits with a
// request made here gets that key and the request's name; a CRL of a CA whose key is elsewhere (an
// offline root) becomes its current CRL (CrlImport).
class ImportService {
public:
    explicit ImportService(WorkspaceContext& context) : m_ctx(context) {}

    Result<ImportReport> importFiles(const QStringList& paths, const ImportOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
