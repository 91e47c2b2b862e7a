#include "CaImportService.h"

#include "WorkspaceContext.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "import/BoundedFile.h"
#include "import/CaFolder.h"
#include "import/CaIndex.h"
#include "pki/RevocationReason.h"
#include "store/BulkWriteCache.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaImportService)
};

// A CRL of a million revocations is about 40 MB.
constexpr qint64 kCrlLimit = 256 * 1024 * 1024;

QString relative(const CaFolder& folder, const QString& path)
{
    return QDir(folder.root).relativeFilePath(path);
}

// The certificates and keys, the CA's own first (so that the given name is the CA's), each file
// once even where a layout keeps a copy under a second name.
Result<QStringList> filesOf(const CaFolder& folder)
{
    QStringList files{folder.certificate};
    if (!folder.key.isEmpty()) {
        files << folder.key;
    }
    files << folder.certificates << folder.keys;
    QStringList unique;
    QSet<QByteArray> seen;
    for (const QString& path : files) {
        auto size = QFileInfo(path).size();
        // Copies are small files (one certificate); anything large is taken as it is.
        if (size > 64 * 1024) {
            unique << path;
            continue;
        }
        auto data = BoundedFile::read(path, 64 * 1024);
        if (!data) {
            return data.error();
        }
        if (!seen.contains(*data)) {
            seen.insert(*data);
            unique << path;
        }
    }
    return unique;
}

// Applies the revocations of the old CA, from its index and its CRLs, to what it issued here.
class Revocations {
public:
    Revocations(WorkspaceContext& ctx, qint64 caId, CaImportReport& report) : m_ctx(ctx), m_caId(caId), m_report(report) {}

    Status apply(const QString& serialHex, const QDateTime& at, int reasonCode, const QString& subject)
    {
        constexpr int kRemoveFromCrl = 8; // a hold that ended: valid again
        if (reasonCode == kRemoveFromCrl || m_done.contains(serialHex)) {
            return {};
        }
        m_done.insert(serialHex);
        auto matches = m_ctx.certificates().bySerial(serialHex);
        if (!matches) {
            return matches.error();
        }
        for (const CertificateRecord& cert : *matches) {
            if (cert.issuerId != m_caId || cert.id == m_caId) {
                continue;
            }
            if (cert.revoked) {
                return {};
            }
            const RevocationReason reason =
                revocationReasonFromCode(reasonCode).value_or(RevocationReason::Unspecified);
            if (Status st = m_ctx.certificates().markRevoked(cert.id, at, reason); !st) {
                return st;
            }
            if (++m_report.revokedCount <= ImportReport::kListed) {
                m_report.revoked << Tr::tr("%1 (serial %2): %3, %4")
                                        .arg(cert.name, cert.serial, revocationReasonName(reason),
                                             at.toString(Qt::ISODate));
            }
            return {};
        }
        // Without the certificate its serial cannot go on a CRL signed here: say so loudly.
        m_report.notes << Tr::tr("serial %1 (%2) is revoked, but its certificate is not in the folder: Signet's CRLs "
                                 "cannot list it")
                              .arg(serialHex, subject.left(200));
        return {};
    }

private:
    WorkspaceContext& m_ctx;
    qint64 m_caId;
    CaImportReport& m_report;
    QSet<QString> m_done;
};

// The newest CRL among the folder's files that the CA signed.
Result<std::optional<Crl>> newestCrl(const CaFolder& folder, const Certificate& ca, CaImportReport& report)
{
    std::optional<Crl> newest;
    for (const QString& path : folder.crls) {
        auto data = BoundedFile::read(path, kCrlLimit);
        if (!data) {
            return data.error();
        }
        auto crl = Crl::fromData(*data);
        if (!crl || !crl->isSignedBy(ca)) {
            report.notes << Tr::tr("%1: not a CRL of this CA").arg(relative(folder, path));
            continue;
        }
        if (!newest || crl->crlNumber() > newest->crlNumber()
            || (crl->crlNumber() == newest->crlNumber() && crl->lastUpdate() > newest->lastUpdate())) {
            newest = std::move(*crl);
        }
    }
    return newest;
}
// The old CA's history on what it issued here: each revocation of index.txt and of its newest
// CRL, and the CRL number, which continues above the highest one it used.
Status applyHistory(WorkspaceContext& ctx, const CaFolder& folder, const Certificate& caCert,
                    const CertificateRecord& ca, std::optional<qint64> numberFile, CaImportReport& report)
{
    Revocations revocations(ctx, ca.id, report);
    if (!folder.index.isEmpty()) {
        Status st = CaIndex::read(folder.index, [&](const CaIndexEntry& entry) -> Status {
            if (entry.state != CaIndexEntry::State::Revoked) {
                return {};
            }
            return revocations.apply(entry.serialHex, entry.revokedAt, entry.reason, entry.subject);
        });
        if (!st) {
            return st;
        }
    }
    auto crl = newestCrl(folder, caCert, report);
    if (!crl) {
        return crl.error();
    }
    if (*crl) {
        for (const RevokedEntry& entry : (*crl)->revoked()) {
            if (Status st = revocations.apply(entry.serialHex, entry.revokedAt, entry.reason, QString()); !st) {
                return st;
            }
        }
    }
    // The next CRL signed here continues above every number the old CA used.
    auto current = ctx.certificates().byId(ca.id);
    if (!current) {
        return current.error();
    }
    report.lastCrlNumber = std::max({current->lastCrlNumber, numberFile.value_or(0),
                                     *crl ? std::max<qint64>((*crl)->crlNumber(), 0) : qint64(0)});
    if (report.lastCrlNumber > current->lastCrlNumber) {
        current->lastCrlNumber = report.lastCrlNumber;
        if (Status st = ctx.certificates().update(*current); !st) {
            return st;
        }
    }
    return {};
}
} // namespace

Result<CaImportReport> CaImportService::importCa(const QString& path, const CaImportOptions& options)
{
    auto folder = CaFolder::find(path);
    if (!folder) {
        return folder.error();
    }
    auto caData = BoundedFile::read(folder->certificate, BoundedFile::kImportLimit);
    if (!caData) {
        return caData.error();
    }
    auto caCert = Certificate::fromData(*caData);
    if (!caCert || !caCert->isCa()) {
        return makeError(Tr::tr("%1 is not a CA certificate").arg(relative(*folder, folder->certificate)));
    }
    auto numberFile = CaFolder::lastCrlNumber(folder->crlNumber);
    auto files = filesOf(*folder);
    if (!numberFile || !files) {
        return (!numberFile ? numberFile.error() : files.error());
    }
    CaImportReport report;
    report.kind = folder->kindName();
    report.source = folder->root;
    report.dryRun = options.dryRun;
    report.notes = folder->notes;

    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    {
        const BulkWriteCache cache(m_ctx.db());
        ImportOptions importOptions{options.name, options.password, options.cancelled, options.progress};
        qint64 objects = 0;
        auto imported = ImportService(m_ctx).importWithin(*files, importOptions, objects);
        if (!imported) {
            return imported.error();
        }
        report.files = std::move(*imported);
    }
    auto found = m_ctx.certificates().bySha256(caCert->sha256Fingerprint());
    if (!found || !*found) {
        return found ? makeError(Tr::tr("the CA certificate was not stored")) : found.error();
    }
    const CertificateRecord ca = std::move(**found);
    report.caName = ca.name;
    report.caKey = ca.keyId.has_value();
    if (!report.caKey) {
        report.notes << Tr::tr("the CA's private key is not in the folder: Signet can show and deploy what it issued, "
                               "but not sign for it");
    }
    if (Status st = applyHistory(m_ctx, *folder, *caCert, ca, *numberFile, report); !st) {
        return st.error();
    }
    for (const QString& request : folder->requests) {
        report.notes << Tr::tr("%1: a request waiting to be signed; sign it with CA '%2'")
                            .arg(relative(*folder, request), ca.name);
    }
    const QString details = QStringLiteral("kind=%1 certificates=%2 keys=%3 revoked=%4 last_crl_number=%5")
                                .arg(folder->kind == CaFolder::Kind::EasyRsa ? QStringLiteral("easyrsa")
                                                                             : QStringLiteral("openssl-ca"))
                                .arg(report.files.certificateCount)
                                .arg(report.files.keyCount)
                                .arg(report.revokedCount)
                                .arg(report.lastCrlNumber);
    if (Status st = m_ctx.audit(QStringLiteral("import-ca"), ca.name, details); !st) {
        return st.error();
    }
    if (options.cancelled && options.cancelled()) {
        return makeError(Tr::tr("the import was cancelled"));
    }
    if (options.dryRun) {
        return report; // the transaction rolls back as it goes out of scope
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace signet
