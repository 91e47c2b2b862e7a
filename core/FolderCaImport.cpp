#include "FolderCaImport.h"

#include "CaImportService.h"
#include "ImportedRevocations.h"
#include "RequestService.h"
#include "WorkspaceContext.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/Crl.h"
#include "crypto/PrivateKey.h"
#include "import/BoundedFile.h"
#include "import/CaFolder.h"
#include "import/CaIndex.h"
#include "store/BulkWriteCache.h"

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
// A request that waits for its certificate: kept with its key, to be signed here; without its key,
// or when it cannot be read, reported.
void keepWaiting(WorkspaceContext& ctx, const CaFolder& folder, const CaFolder::Waiting& waiting,
                 const QByteArray& password, CaImportReport& report)
{
    const QString file = relative(folder, waiting.request);
    if (waiting.key.isEmpty()) {
        report.notes << Tr::tr("%1: a request waiting to be signed, without its key in the folder: sign the file "
                               "with CA '%2'")
                            .arg(file, report.caName);
        return;
    }
    auto csrData = BoundedFile::read(waiting.request, BoundedFile::kRequestLimit);
    auto keyData = BoundedFile::read(waiting.key, BoundedFile::kImportLimit);
    auto csr = csrData ? CertificateRequest::fromData(*csrData) : Result<CertificateRequest>(csrData.error());
    auto key = keyData ? PrivateKey::fromData(*keyData, password) : Result<PrivateKey>(keyData.error());
    auto kept = csr && key ? RequestService(ctx).keepWaiting(*csr, *key, QFileInfo(waiting.request).completeBaseName())
                           : Result<QString>(!csr ? csr.error() : key.error());
    if (!kept) {
        report.notes << Tr::tr("%1: a request waiting to be signed, not kept: %2").arg(file, kept.error().message);
        return;
    }
    report.requests << *kept;
}

// Every revocation index.txt and the newest CRL know, and the CRL number above all the CA used.
Status applyHistory(WorkspaceContext& ctx, const CaFolder& folder, const Certificate& caCert, qint64 caId,
                    std::optional<qint64> numberFile, CaImportReport& report)
{
    ImportedRevocations revocations(ctx, caId, report);
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
    const qint64 used = std::max(numberFile.value_or(0), *crl ? std::max<qint64>((*crl)->crlNumber(), 0) : qint64(0));
    return ImportedRevocations::continueCrlNumbers(ctx, caId, used, report);
}
} // namespace

Status FolderCaImport::run(WorkspaceContext& ctx, const QString& path, const CaImportOptions& options,
                           CaImportReport& report)
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
    report.kind = folder->kindName();
    report.format = folder->kind == CaFolder::Kind::EasyRsa ? QStringLiteral("easyrsa") : QStringLiteral("openssl-ca");
    report.source = folder->root;
    report.notes << folder->notes;
    {
        const BulkWriteCache cache(ctx.db());
        ImportOptions importOptions{options.name, options.password, options.cancelled, options.progress};
        qint64 objects = 0;
        auto imported = ImportService(ctx).importWithin(*files, importOptions, objects);
        if (!imported) {
            return imported.error();
        }
        report.files = std::move(*imported);
    }
    auto found = ctx.certificates().bySha256(caCert->sha256Fingerprint());
    if (!found || !*found) {
        return found ? Status(makeError(Tr::tr("the CA certificate was not stored"))) : Status(found.error());
    }
    report.caName = (*found)->name;
    report.caKey = (*found)->keyId.has_value();
    if (!report.caKey) {
        report.notes << Tr::tr("the CA's private key is not in the folder: Signet can show and deploy what it issued, "
                               "but not sign for it");
    }
    if (Status st = applyHistory(ctx, *folder, *caCert, (*found)->id, *numberFile, report); !st) {
        return st;
    }
    for (const CaFolder::Waiting& waiting : folder->requests) {
        keepWaiting(ctx, *folder, waiting, options.password, report);
    }
    return {};
}

} // namespace signet
