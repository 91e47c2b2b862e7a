#include "ImportService.h"

#include "CrlImport.h"
#include "RequestService.h"
#include "WorkspaceContext.h"
#include "import/BoundedFile.h"
#include "import/ImportParser.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
};

Profile profileFor(const Certificate& cert)
{
    if (cert.isCa()) {
        return cert.isSelfIssued() ? Profile::RootCa : Profile::IntermediateCa;
    }
    const QStringList eku = cert.extendedKeyUsage();
    const bool server = eku.contains(QLatin1String("serverAuth"));
    const bool client = eku.contains(QLatin1String("clientAuth"));
    if (server && client) {
        return Profile::ServerClient;
    }
    if (server) {
        return Profile::Server;
    }
    if (client) {
        return Profile::Client;
    }
    return Profile::Imported;
}

// The CA in the workspace (or among `pending`, already inserted) that signed `cert`.
Result<std::optional<qint64>> findIssuer(WorkspaceContext& ctx, const Certificate& cert)
{
    if (cert.isSelfIssued()) {
        return std::optional<qint64>();
    }
    auto cas = ctx.certificates().casWithSubject(cert.issuer());
    if (!cas) {
        return cas.error();
    }
    for (const CertificateRecord& ca : *cas) {
        // Below a removed CA the certificate would be out of view too; it stays an orphan instead.
        if (ca.removedAt.isValid()) {
            continue;
        }
        auto candidate = Certificate::fromDer(ca.der);
        if (candidate && cert.isSignedBy(*candidate)) {
            return std::optional<qint64>(ca.id);
        }
    }
    return std::optional<qint64>();
}
QString wantedName(const Certificate& cert, const ImportOptions& options, bool useGivenName)
{
    QString wanted = useGivenName ? options.name : cert.commonName();
    if (wanted.isEmpty()) {
        wanted = cert.subjectAltNames().value(0, cert.serialHex());
    }
    return wanted;
}

// The request's own name, which uniqueName reports as taken by the request itself; only a
// certificate that took the name meanwhile makes it "name (2)".
Result<QString> requestedName(WorkspaceContext& ctx, const RequestRecord& request)
{
    auto taken = ctx.certificates().nameExists(request.name);
    if (!taken) {
        return taken.error();
    }
    return *taken ? ctx.uniqueName(request.name, false) : Result<QString>(request.name);
}

// "name (serial S),name (serial S)" for the audit record.
QString importedNames(const ImportReport& report)
{
    QStringList names;
    for (const ImportedCertificate& cert : report.certificates) {
        names << QStringLiteral("%1 (serial %2)").arg(cert.name, cert.serial);
    }
    return names.join(QLatin1Char(','));
}

// Certificates imported earlier than their CA get linked to it now.
Status adoptOrphans(WorkspaceContext& ctx, qint64 caId, const Certificate& ca)
{
    auto orphans = ctx.certificates().orphansNaming(ca.subject(), caId);
    if (!orphans) {
        return orphans.error();
    }
    std::vector<qint64> adopted;
    for (const CertificateRecord& orphan : *orphans) {
        auto cert = Certificate::fromDer(orphan.der);
        if (cert && !cert->isSelfIssued() && cert->isSignedBy(ca)) {
            adopted.push_back(orphan.id);
        }
    }
    for (qint64 id : adopted) {
        if (Status st = ctx.certificates().setIssuer(id, caId); !st) {
            return st;
        }
    }
    return {};
}
} // namespace

Result<ImportReport> ImportService::importFiles(const QStringList& paths, const ImportOptions& options)
{
    if (paths.isEmpty()) {
        return makeError(Tr::tr("no file to import"));
    }
    std::vector<Certificate> certs;
    std::vector<PrivateKey> keys;
    std::vector<std::pair<Crl, QString>> crls; // with the name of the file each came from
    ImportReport report;
    const auto cancelledError = [] { return makeError(Tr::tr("the import was cancelled")); };
    for (const QString& path : paths) {
        if (options.cancelled && options.cancelled()) {
            return cancelledError();
        }
        auto data = BoundedFile::read(path, BoundedFile::kImportLimit);
        if (!data) {
            return data.error();
        }
        auto parsed = ImportParser::parse(*data, QFileInfo(path).fileName(), options.password);
        if (!parsed) {
            return parsed.error();
        }
        for (Certificate& c : parsed->certificates) {
            certs.push_back(std::move(c));
        }
        for (PrivateKey& k : parsed->keys) {
            keys.push_back(std::move(k));
        }
        for (Crl& crl : parsed->crls) {
            crls.emplace_back(std::move(crl), QFileInfo(path).fileName());
        }
        report.skipped << parsed->skipped;
    }
    if (certs.empty() && keys.empty() && crls.empty()) {
        return makeError(Tr::tr("nothing to import: %1").arg(report.skipped.join(QStringLiteral("; "))));
    }

    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    const QDateTime now = m_ctx.now();
    // Issuers first: roots, then whatever they signed, so every link can be made.
    std::vector<bool> done(certs.size(), false);
    bool progress = true;
    // A given name goes to the certificate whose key comes along (the leaf of a PKCS#12 file),
    // else to the first certificate of the first file.
    std::size_t namedIndex = 0;
    for (std::size_t i = 0; i < certs.size(); ++i) {
        const bool keyed = std::any_of(keys.begin(), keys.end(),
                                       [&](const PrivateKey& key) { return certs[i].matchesKey(key.get()); });
        if (keyed) {
            namedIndex = i;
            break;
        }
    }
    while (progress) {
        progress = false;
        for (std::size_t i = 0; i < certs.size(); ++i) {
            if (done[i]) {
                continue;
            }
            const Certificate& cert = certs[i];
            bool issuerPending = false;
            for (std::size_t j = 0; j < certs.size(); ++j) {
                if (!done[j] && j != i && !cert.isSelfIssued() && cert.isSignedBy(certs[j])) {
                    issuerPending = true;
                }
            }
            if (issuerPending) {
                continue;
            }
            done[i] = true;
            progress = true;
            auto existing = m_ctx.certificates().bySha256(cert.sha256Fingerprint());
            if (!existing) {
                return existing.error();
            }
            if (*existing) {
                report.skipped << ((*existing)->removedAt.isValid()
                                       ? Tr::tr("'%1' is already in the workspace, removed: restore it instead")
                                             .arg((*existing)->name)
                                       : Tr::tr("'%1' is already in the workspace").arg((*existing)->name));
                continue;
            }
            CertificateRecord record = CertificateRepository::recordFor(cert);
            record.profile = profileFor(cert);
            auto issuer = findIssuer(m_ctx, cert);
            if (!issuer) {
                return issuer.error();
            }
            record.issuerId = *issuer;
            // The answer to a request made here: it gets the request's key and name.
            auto request = RequestService(m_ctx).waitingFor(cert);
            if (!request) {
                return request.error();
            }
            const bool useGivenName = !options.name.isEmpty() && i == namedIndex;
            auto name = *request && !useGivenName ? requestedName(m_ctx, **request)
                                                  : m_ctx.uniqueName(wantedName(cert, options, useGivenName), useGivenName);
            if (!name) {
                return name.error();
            }
            record.name = *name;
            if (*request) {
                record.keyId = (*request)->keyId;
            }
            auto id = m_ctx.certificates().insert(record, now);
            if (!id) {
                return id.error();
            }
            report.certificates.append({record.name, record.serial});
            if (*request) {
                if (Status st = m_ctx.requests().complete(**request, *id); !st) {
                    return st.error();
                }
                report.keysAttached << record.name;
            }
            if (record.isCa) {
                if (Status st = adoptOrphans(m_ctx, *id, cert); !st) {
                    return st.error();
                }
            }
        }
    }
    for (const PrivateKey& key : keys) {
        auto keyless = m_ctx.certificates().withoutKey();
        if (!keyless) {
            return keyless.error();
        }
        bool attached = false;
        std::optional<qint64> keyId;
        for (const CertificateRecord& candidate : *keyless) {
            auto cert = Certificate::fromDer(candidate.der);
            if (!cert || !cert->matchesKey(key.get())) {
                continue;
            }
            if (!keyId) {
                auto stored = m_ctx.keys().store(key, now);
                if (!stored) {
                    return stored.error();
                }
                keyId = *stored;
            }
            if (Status st = m_ctx.certificates().setKey(candidate.id, *keyId); !st) {
                return st.error();
            }
            report.keysAttached << candidate.name;
            attached = true;
        }
        if (!attached) {
            report.skipped << Tr::tr("a %1 private key that matches no certificate without a key here").arg(key.description());
        }
    }
    // After the certificates: a CRL of a CA imported just now finds its CA.
    for (const auto& [crl, fileName] : crls) {
        if (Status st = CrlImport::import(m_ctx, crl, fileName, report); !st) {
            return st.error();
        }
    }
    if (report.certificates.isEmpty() && report.keysAttached.isEmpty() && report.crls.isEmpty()) {
        return makeError(Tr::tr("nothing was imported: %1").arg(report.skipped.join(QStringLiteral("; "))));
    }
    if (options.cancelled && options.cancelled()) {
        return cancelledError();
    }
    if (Status st = m_ctx.audit(QStringLiteral("import"), paths.join(QStringLiteral(", ")),
                                QStringLiteral("certificates=%1 keys=%2 crls=%3 revoked=%4")
                                    .arg(importedNames(report), report.keysAttached.join(QLatin1Char(',')),
                                         report.crls.join(QLatin1Char(',')), report.revoked.join(QLatin1Char(','))));
        !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return report;
}

} // namespace signet
