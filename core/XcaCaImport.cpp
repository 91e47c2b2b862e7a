#include "XcaCaImport.h"

#include "CaImportService.h"
#include "ImportedRevocations.h"
#include "RequestService.h"
#include "WorkspaceContext.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateRequest.h"
#include "crypto/Crl.h"
#include "import/ImportParser.h"
#include "IssuanceTemplate.h"
#include "store/XcaDatabase.h"
#include "import/XcaTemplate.h"
#include "store/BulkWriteCache.h"
#include "store/TemplateRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <map>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "CaImportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CaImportService)
};

// The CAs in an order where each comes after its issuer (roots first), then everything else: each
// certificate then finds its issuer as it is stored.
std::vector<const XcaDatabase::Certificate*> issuersFirst(const std::vector<XcaDatabase::Certificate>& certs)
{
    QSet<qint64> caIds;
    for (const auto& cert : certs) {
        if (cert.isCa) {
            caIds.insert(cert.id);
        }
    }
    std::vector<const XcaDatabase::Certificate*> ordered;
    QSet<qint64> placed;
    for (bool progress = true; progress;) {
        progress = false;
        for (const auto& cert : certs) {
            const bool issuerReady =
                cert.issuerId == cert.id || !caIds.contains(cert.issuerId) || placed.contains(cert.issuerId);
            if (cert.isCa && !placed.contains(cert.id) && issuerReady) {
                ordered.push_back(&cert);
                placed.insert(cert.id);
                progress = true;
            }
        }
    }
    for (const auto& cert : certs) {
        if (!placed.contains(cert.id)) {
            ordered.push_back(&cert);
        }
    }
    return ordered;
}

// Every certificate and key as a batch of its own, parsed as an import file would be.
Result<std::vector<ParsedFile>> parsedObjects(XcaDatabase& db, const std::vector<XcaDatabase::Certificate>& certs,
                                              const std::vector<XcaDatabase::Key>& keys, const QSet<qint64>& leaveOut)
{
    std::vector<ParsedFile> batches;
    for (const XcaDatabase::Certificate* cert : issuersFirst(certs)) {
        auto parsed = ImportParser::parse(cert->der, cert->name, {});
        if (!parsed) {
            return makeError(Tr::tr("XCA certificate '%1': %2").arg(cert->name, parsed.error().message));
        }
        batches.push_back(std::move(*parsed));
    }
    for (const XcaDatabase::Key& key : keys) {
        if (leaveOut.contains(key.id)) {
            continue;
        }
        auto parsed = ImportParser::parse(key.pkcs8, key.name, db.password());
        if (!parsed) {
            return makeError(Tr::tr("XCA key '%1': %2").arg(key.name, parsed.error().message));
        }
        batches.push_back(std::move(*parsed));
    }
    return batches;
}

// XCA's certificate ids of the CAs, with the ids of their rows here.
Result<std::map<qint64, qint64>> storedCas(WorkspaceContext& ctx, const std::vector<XcaDatabase::Certificate>& certs,
                                          CaImportReport& report)
{
    std::map<qint64, qint64> ids;
    QStringList names;
    for (const auto& cert : issuersFirst(certs)) {
        if (!cert->isCa) {
            continue;
        }
        auto parsed = Certificate::fromDer(cert->der);
        if (!parsed) {
            return parsed.error();
        }
        auto found = ctx.certificates().bySha256(parsed->sha256Fingerprint());
        if (!found) {
            return found.error();
        }
        if (*found) {
            ids[cert->id] = (*found)->id;
            names << (*found)->name;
            report.caKey = report.caKey || (*found)->keyId.has_value();
        }
    }
    report.caName = names.join(QStringLiteral(", "));
    return ids;
}

// XCA's list of revocations per CA, and the CRL numbers its CRLs used.
Status applyHistory(WorkspaceContext& ctx, XcaDatabase& db, const std::map<qint64, qint64>& cas,
                    CaImportReport& report)
{
    auto revocations = db.revocations();
    auto crls = db.crls();
    if (!revocations || !crls) {
        return !revocations ? revocations.error() : crls.error();
    }
    std::map<qint64, ImportedRevocations> perCa;
    for (const auto& [xcaId, id] : cas) {
        perCa.try_emplace(xcaId, ctx, id, report);
    }
    for (const XcaDatabase::Revocation& revocation : *revocations) {
        auto ca = perCa.find(revocation.caId);
        if (ca == perCa.end()) {
            continue; // a CA that was not imported (the reader lists only CAs it holds)
        }
        if (Status st = ca->second.apply(revocation.serialHex, revocation.date, revocation.reason, QString()); !st) {
            return st;
        }
    }
    std::map<qint64, qint64> used;
    for (const XcaDatabase::Crl& stored : *crls) {
        auto crl = Crl::fromData(stored.der);
        if (crl && cas.count(stored.issuerId) != 0) {
            used[stored.issuerId] = std::max(used[stored.issuerId], std::max<qint64>(crl->crlNumber(), 0));
        }
    }
    for (const auto& [xcaId, id] : cas) {
        const auto number = used.find(xcaId);
        if (Status st = ImportedRevocations::continueCrlNumbers(ctx, id, number == used.end() ? 0 : number->second, report);
            !st) {
            return st;
        }
    }
    return {};
}

// The requests that wait for a certificate, with their keys: kept to be signed here. Returns those
// whose key is not in the database (or not usable), for the report.
std::vector<XcaDatabase::Request> keepWaiting(WorkspaceContext& ctx, XcaDatabase& db,
                                              const std::vector<XcaDatabase::Request>& requests,
                                              const std::vector<XcaDatabase::Key>& keys, CaImportReport& report)
{
    std::vector<XcaDatabase::Request> left;
    for (const XcaDatabase::Request& request : requests) {
        const auto key = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.id == request.keyId; });
        auto csr = CertificateRequest::fromData(request.der);
        auto parsed = key != keys.end() ? ImportParser::parse(key->pkcs8, key->name, db.password())
                                        : Result<ParsedFile>(makeError(QString()));
        if (!csr || !parsed || parsed->keys.empty()) {
            left.push_back(request);
            continue;
        }
        auto kept = RequestService(ctx).keepWaiting(*csr, parsed->keys.front(), request.name);
        if (!kept) {
            report.notes << Tr::tr("XCA request '%1': not kept: %2").arg(request.name, kept.error().message);
            continue;
        }
        report.requests << *kept;
    }
    return left;
}

// An XCA template for servers or clients as a Signet template: the profile from its extended key
// usage, its validity, the O, OU, C, ST and L of its subject, and "copy the CN into the DNS names"
// as the pattern {cn}. XCA's other settings (key usage bits, Netscape extensions) Signet sets itself.
Result<IssuanceTemplate> signetTemplate(const QString& name, const XcaTemplate& x)
{
    if (x.settings.value(QStringLiteral("ca")) == QLatin1String("1")) {
        return makeError(Tr::tr("a CA template; Signet's templates are for servers and clients"));
    }
    QStringList usages;
    for (const QString& usage : x.settings.value(QStringLiteral("eKeyUse")).split(QLatin1Char(','))) {
        usages << usage.trimmed();
    }
    const bool server = usages.contains(QStringLiteral("serverAuth"));
    const bool client = usages.contains(QStringLiteral("clientAuth"));
    if (!server && !client) {
        return makeError(Tr::tr("neither for servers nor for clients (no serverAuth or clientAuth)"));
    }
    IssuanceTemplate t;
    t.name = name;
    t.profile = server && client ? Profile::ServerClient : server ? Profile::Server : Profile::Client;
    const int unit = x.settings.value(QStringLiteral("validM")).toInt(); // XCA: 0 days, 1 months, 2 years
    t.days = x.settings.value(QStringLiteral("validN")).toInt() * (unit == 2 ? 365 : unit == 1 ? 30 : 1);
    for (const auto& [attribute, value] : x.subject) {
        QString* field = attribute == QLatin1String("O")    ? &t.subject.organization
                         : attribute == QLatin1String("OU") ? &t.subject.organizationalUnit
                         : attribute == QLatin1String("C")  ? &t.subject.country
                         : attribute == QLatin1String("ST") ? &t.subject.state
                         : attribute == QLatin1String("L")  ? &t.subject.locality
                                                            : nullptr;
        if (field != nullptr) {
            *field = value;
        }
    }
    for (const QString& entry : x.settings.value(QStringLiteral("subAltName")).split(QLatin1Char(','))) {
        if (entry.trimmed().compare(QStringLiteral("DNS:copycn"), Qt::CaseInsensitive) == 0) {
            t.dnsPatterns << QStringLiteral("{cn}");
        }
    }
    return t.validated();
}

// XCA's templates, as Signet templates of the same names where they fit; the others reported.
Status importTemplates(WorkspaceContext& ctx, XcaDatabase& db, CaImportReport& report)
{
    auto templates = db.templates();
    if (!templates) {
        return templates.error();
    }
    TemplateRepository repo(ctx.db(), ctx.rowAuthenticator());
    for (const XcaDatabase::Template& stored : *templates) {
        auto parsed = XcaTemplate::parse(stored.raw);
        auto converted = parsed ? signetTemplate(stored.name, *parsed) : Result<IssuanceTemplate>(parsed.error());
        auto existing = converted ? repo.byName(converted->name) : Result<std::optional<IssuanceTemplate>>(std::nullopt);
        if (!existing) {
            return existing.error();
        }
        if (converted && (*existing || IssuanceTemplate::findBuiltIn(converted->name))) {
            converted = makeError(Tr::tr("a template of that name is here already"));
        }
        if (!converted) {
            report.notes << Tr::tr("XCA template '%1': not brought along: %2").arg(stored.name, converted.error().message);
            continue;
        }
        converted->createdAt = ctx.now();
        if (Status st = repo.insert(*converted); !st) {
            return st;
        }
        report.templates << converted->name;
    }
    return {};
}

Status reportTheRest(XcaDatabase& db, const std::vector<XcaDatabase::Request>& requests, CaImportReport& report)
{
    auto skippedKeys = db.skippedKeys();
    if (!skippedKeys) {
        return skippedKeys.error();
    }
    for (const XcaDatabase::Request& request : requests) {
        report.notes << Tr::tr("XCA request '%1': waiting to be signed, without its key in the database: export it "
                               "from XCA and sign the file here")
                            .arg(request.name);
    }
    for (const QString& line : *skippedKeys) {
        report.notes << Tr::tr("XCA key %1").arg(line);
    }
    return {};
}
} // namespace

Status XcaCaImport::run(WorkspaceContext& ctx, const QString& path, const CaImportOptions& options,
                        CaImportReport& report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        return makeError(Tr::tr("%1 is neither a CA's folder nor an XCA database").arg(QFileInfo(path).fileName()));
    }
    file.close();
    if (options.password.isEmpty()) {
        return makeError(Tr::tr("%1 is an XCA database, protected by its password: give the password to import it")
                             .arg(QFileInfo(path).fileName()));
    }
    auto db = XcaDatabase::open(path, options.password);
    if (!db) {
        return db.error();
    }
    report.kind = Tr::tr("XCA database");
    report.format = QStringLiteral("xca");
    report.source = QFileInfo(path).absoluteFilePath();
    auto certs = db->certificates();
    auto keys = db->keys();
    auto requests = db->requests();
    if (!certs || !keys || !requests) {
        return !certs ? certs.error() : !keys ? keys.error() : requests.error();
    }
    if (std::none_of(certs->begin(), certs->end(), [](const auto& cert) { return cert.isCa; })) {
        return makeError(Tr::tr("%1 holds no CA certificate").arg(QFileInfo(path).fileName()));
    }
    // The key of a request still waiting stays with the request, in XCA.
    QSet<qint64> requestKeys;
    for (const XcaDatabase::Request& request : *requests) {
        requestKeys.insert(request.keyId);
    }
    auto batches = parsedObjects(*db, *certs, *keys, requestKeys);
    if (!batches) {
        return batches.error();
    }
    {
        const BulkWriteCache cache(ctx.db());
        ImportOptions importOptions{options.name, options.password, options.cancelled, options.progress};
        auto imported = ImportService(ctx).importParsed(*batches, QFileInfo(path).fileName(), importOptions);
        if (!imported) {
            return imported.error();
        }
        report.files = std::move(*imported);
    }
    auto cas = storedCas(ctx, *certs, report);
    if (!cas) {
        return cas.error();
    }
    if (Status st = applyHistory(ctx, *db, *cas, report); !st) {
        return st;
    }
    if (Status st = importTemplates(ctx, *db, report); !st) {
        return st;
    }
    return reportTheRest(*db, keepWaiting(ctx, *db, *requests, *keys, report), report);
}

} // namespace signet
