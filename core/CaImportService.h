#pragma once

#include "ImportService.h"
#include "Result.h"

#include <QStringList>

namespace signet {

class WorkspaceContext;

struct CaImportOptions {
    QString name;        // for the CA; what it issued is named by its common names
    QByteArray password; // for encrypted private keys
    bool dryRun = false; // do everything, report it, and keep nothing
    std::function<bool()> cancelled;
    std::function<void(const ImportProgress&)> progress;
};

// What bringing a whole CA over did (or, in a dry run, would do).
struct CaImportReport {
    QString kind;           // what the source was recognised as, for people
    QString format;         // the same for the audit log: openssl-ca, easyrsa or xca
    QString source;         // the folder
    QString caName;
    bool caKey = false;     // the CA's private key is now in the vault
    ImportReport files;     // the certificates and keys, and the files skipped
    QStringList revoked;    // "NAME (serial S): REASON, DATE" (the first ImportReport::kListed)
    qint64 revokedCount = 0;
    qint64 lastCrlNumber = 0; // the CA's next CRL here has a higher number
    QStringList requests;   // requests waiting to be signed, now in the workspace
    QStringList templates;  // templates made from the old CA's (XCA's)
    QStringList notes;      // what was left out or could not be brought along, and why
    bool dryRun = false;
};

// Migrates an existing CA — an `openssl ca` folder or an EasyRSA 3 pki (FolderCaImport), or the
// CAs of an XCA database (XcaCaImport) — with its history: the certificates and keys (sealed in the vault), each revocation from index.txt and the
// last CRL with its original time and reason, and the CRL number, so that the next CRL Signet signs
// lists every certificate revoked before and has a higher number than any the old CA issued.
// One transaction, one audit record; a dry run rolls everything back after reporting it.
class CaImportService {
public:
    explicit CaImportService(WorkspaceContext& context) : m_ctx(context) {}

    Result<CaImportReport> importCa(const QString& path, const CaImportOptions& options);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
