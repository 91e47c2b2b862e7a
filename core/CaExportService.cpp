#include "CaExportService.h"

#include "WorkspaceContext.h"
#include "crypto/Certificate.h"
#include "crypto/Crl.h"
#include "crypto/Serial.h"
#include "store/CertificateRepository.h"
#include "store/CrlRepository.h"
#include "export/FileWriter.h"
#include "export/OpenSslCaFolder.h"
#include "pki/RevocationReason.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaExportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaExportService)
};

constexpr int kPage = 1000;

Status makeFolder(const QString& path, bool secret)
{
    if (!QDir().mkpath(path)) {
        return makeError(Tr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(path)));
    }
    const auto permissions = secret ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                    : QFile::permissions(path);
    if (secret && !QFile::setPermissions(path, permissions)) {
        return makeError(Tr::tr("cannot make %1 private").arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

// Every certificate the CA issued, removed ones too (their serials are used, and a revoked one
// stays on the CRL), a page at a time: index.txt grows line by line, newcerts/ file by file.
Status writeIssued(WorkspaceContext& ctx, const CertificateRecord& ca, const QString& dir, QByteArray& index,
                   CaExportResult& result)
{
    const QDateTime now = ctx.now();
    for (const bool removed : {false, true}) {
        CertificateRepository::Filter filter;
        filter.issuerId = ca.id;
        filter.removed = removed;
        filter.now = now;
        filter.limit = kPage;
        for (;;) {
            auto page = ctx.certificates().list(filter);
            if (!page) {
                return page.error();
            }
            for (const CertificateRecord& r : *page) {
                auto cert = Certificate::fromDer(r.der);
                if (!cert) {
                    return cert.error();
                }
                const OpenSslCaFolder::Entry entry{r.serial, r.notAfter, r.revoked, r.revokedAt,
                                                   r.revoked ? revocationReasonCode(r.revocationReason) : -1};
                index += OpenSslCaFolder::indexLine(entry, *cert, now);
                const QString file = dir + QStringLiteral("/newcerts/") + r.serial + QStringLiteral(".pem");
                if (Status st = writeFileAtomically(file, cert->toPem(), FileAccess::Public); !st) {
                    return st;
                }
                ++result.certificates;
                result.revoked += r.revoked ? 1 : 0;
            }
            if (page->size() < kPage) {
                break;
            }
            filter.after = CertificateRepository::PageKey::of(page->back());
        }
    }
    return {};
}
// The folder's own files, once newcerts/ is written and index.txt complete.
Status writeFiles(const QString& dir, const CertificateRecord& ca, const Certificate& cert, const QByteArray& keyPem,
                  const QByteArray& index, const QByteArray& serial, qint64 lastCrlNumber,
                  const std::optional<CrlRecord>& crl)
{
    const std::vector<std::tuple<QString, QByteArray, FileAccess>> files{
        {QStringLiteral("openssl.cnf"), OpenSslCaFolder::config(dir, ca.name), FileAccess::Public},
        {QStringLiteral("cacert.pem"), cert.toPem(), FileAccess::Public},
        {QStringLiteral("private/cakey.pem"), keyPem, FileAccess::Secret},
        {QStringLiteral("index.txt"), index, FileAccess::Public},
        {QStringLiteral("index.txt.attr"), QByteArray("unique_subject = no\n"), FileAccess::Public},
        {QStringLiteral("serial"), OpenSslCaFolder::numberFile(serial), FileAccess::Public},
        {QStringLiteral("crlnumber"), OpenSslCaFolder::numberFile(lastCrlNumber + 1), FileAccess::Public},
    };
    for (const auto& [name, data, access] : files) {
        if (Status st = writeFileAtomically(dir + QLatin1Char('/') + name, data, access); !st) {
            return st;
        }
    }
    if (crl) {
        if (Status st = writeFileAtomically(dir + QStringLiteral("/crl.pem"), Crl::pemFromDer(crl->der),
                                            FileAccess::Public);
            !st) {
            return st;
        }
    }
    return {};
}
} // namespace

Result<CaExportResult> CaExportService::exportCa(const CaExportOptions& options)
{
    if (options.password.isEmpty()) {
        return makeError(Tr::tr("the CA's key is never written without a password"));
    }
    auto ca = m_ctx.resolve(options.ca);
    if (!ca) {
        return ca.error();
    }
    if (!ca->isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(ca->name));
    }
    auto key = m_ctx.keyOf(*ca);
    if (!key) {
        return key.error();
    }
    const QString dir = QFileInfo(options.directory).absoluteFilePath();
    if (QFileInfo(dir).exists() && !QDir(dir).isEmpty() && !options.replaceFiles) {
        Error error = makeError(Tr::tr("%1 is not empty: an exported CA goes into a new or empty folder")
                                    .arg(QDir::toNativeSeparators(dir)));
        error.existingFiles << dir;
        return error;
    }
    auto cert = m_ctx.certificateOf(*ca);
    auto keyPem = key->toPkcs8Pem(options.password);
    auto crl = m_ctx.crls().forCa(ca->id);
    auto last = m_ctx.crls().numberAbove(ca->id, ca->lastCrlNumber);
    auto serial = randomSerial();
    if (!cert || !keyPem || !crl || !last || !serial) {
        return !cert     ? cert.error()
               : !keyPem ? keyPem.error()
               : !crl    ? crl.error()
               : !last   ? last.error()
                         : serial.error();
    }
    // The record first, in a transaction that commits only once every file is written: a failed
    // write leaves no record of a key that did not leave.
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    for (const auto& [sub, secret] : {std::pair{QString(), false}, std::pair{QStringLiteral("/private"), true},
                                      std::pair{QStringLiteral("/newcerts"), false}, std::pair{QStringLiteral("/certs"), false},
                                      std::pair{QStringLiteral("/crl"), false}}) {
        if (Status st = makeFolder(dir + sub, secret); !st) {
            return st.error();
        }
    }
    CaExportResult result;
    result.directory = dir;
    result.caName = ca->name;
    QByteArray index;
    if (Status st = writeIssued(m_ctx, *ca, dir, index, result); !st) {
        return st.error();
    }
    if (Status st = m_ctx.audit(QStringLiteral("export-ca"), ca->name,
                                QStringLiteral("dir=%1 certificates=%2 revoked=%3")
                                    .arg(dir)
                                    .arg(result.certificates)
                                    .arg(result.revoked));
        !st) {
        return st.error();
    }
    result.nextCrlNumber = QString::fromLatin1(OpenSslCaFolder::numberFile(*last + 1)).trimmed();
    if (Status st = writeFiles(dir, *ca, *cert, *keyPem, index, *serial, *last, *crl); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return result;
}

} // namespace signet
