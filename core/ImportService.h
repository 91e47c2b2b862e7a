#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <vector>

namespace signet {

class WorkspaceContext;
struct ParsedFile;

// How far an import has come: through the bytes of all its files, and the certificates stored.
struct ImportProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 certificates = 0;
};

// Files are read as they go (ImportStream): a PEM bundle of any size, each object in it (and each
// DER, PKCS#7 or PKCS#12 file) bounded by ImportStream::kObjectLimit.
struct ImportOptions {
    QString name;         // name for the (first) imported certificate; others get their CN
    QByteArray password;  // for PKCS#12 files and encrypted keys
    std::function<bool()> cancelled; // asked after every batch; true rolls the whole import back
    // Called after every batch, on the importing thread.
    std::function<void(const ImportProgress&)> progress;
};

struct ImportedCertificate {
    QString name;
    QString serial; // hex, as 'list' shows it
};

// What an import did. The lists name at most kListed entries each, so that a million certificates
// do not fill memory; the counts count everything, and the certificates added are the rows with
// ids firstId to lastId (Workspace::forEachImported lists them all).
struct ImportReport {
    static constexpr qsizetype kListed = 1000;

    QList<ImportedCertificate> certificates; // the certificates added (the first kListed)
    QStringList keysAttached;   // names of certificates that received their private key
    QStringList crls;           // CAs whose key is elsewhere that received a newer CRL
    QStringList revoked;        // certificates those CRLs list, now marked revoked
    QStringList skipped;        // one line per thing not imported, and why (the last line may count the rest)
    qint64 certificateCount = 0;
    qint64 keyCount = 0;
    qint64 skippedCount = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;

    [[nodiscard]] QStringList certificateNames() const
    {
        QStringList names;
        for (const ImportedCertificate& cert : certificates) {
            names << cert.name;
        }
        return names;
    }
    void addSkipped(const QString& line)
    {
        if (++skippedCount <= kListed) {
            skipped << line;
        }
    }
    void addSkipped(const QStringList& lines)
    {
        for (const QString& line : lines) {
            addSkipped(line);
        }
    }
    [[nodiscard]] bool nothingDone() const { return certificateCount == 0 && keyCount == 0 && crls.isEmpty(); }
};

// Brings certificates, private keys, PKCS#7 and PKCS#12 files into the workspace (PEM or DER), links
// each certificate to its issuer when the issuer is here, and pairs keys with their certificates, so
// an existing CA (certificate + key) can go on issuing from Signet. A certificate whose key waits
// with a request made here gets that key and the request's name; a CRL of a CA whose key is
// elsewhere (an offline root) becomes its current CRL (CrlImport).
// The work is linear in what the files hold (ImportSession): the whole import is one transaction,
// so a failure or Cancel leaves the workspace as it was, and it writes one audit record.
class ImportService {
public:
    explicit ImportService(WorkspaceContext& context) : m_ctx(context) {}

    Result<ImportReport> importFiles(const QStringList& paths, const ImportOptions& options);
    // What importFiles does to the workspace, inside a transaction the caller holds, without an
    // audit record of its own (CaImportService). `objects` counts what the files held.
    Result<ImportReport> importWithin(const QStringList& paths, const ImportOptions& options, qint64& objects);
    // The same for objects parsed already (an XCA database's), batch by batch in this order;
    // `source` names where they came from in the report.
    Result<ImportReport> importParsed(std::vector<ParsedFile>& batches, const QString& source,
                                      const ImportOptions& options);
    // Name and serial of every certificate `report` added, in the order they were added.
    Status forEachImported(const ImportReport& report,
                           const std::function<void(const ImportedCertificate&)>& visit);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
