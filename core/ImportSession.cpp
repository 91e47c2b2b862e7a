#include "ImportSession.h"

#include "CrlImport.h"
#include "RequestService.h"
#include "WorkspaceContext.h"
#include "import/ImportParser.h"
#include "pki/NameRules.h"
#include "store/CertificateRow.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace signet {

namespace {
// The strings keep the context they had when ImportService did all this itself.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ImportService)
};

// Subjects kept in the map of CAs; beyond, the map starts again (the store's index answers).
constexpr qsizetype kCaSubjects = 4096;
// Names seen taken, with the next number to try; beyond, the map starts again.
constexpr qsizetype kSuffixes = 100000;
// Private keys that may wait for a certificate later in the files, and CRLs that wait for the end.
constexpr std::size_t kHeldKeys = 100000;
constexpr std::size_t kHeldCrls = 256;

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

QString unmatchedKey(const PrivateKey& key)
{
    return Tr::tr("a %1 private key that matches no certificate without a key here").arg(key.description());
}
} // namespace

ImportSession::ImportSession(WorkspaceContext& ctx, const ImportOptions& options, ImportReport& report)
    : m_ctx(ctx), m_options(options), m_report(report), m_repo(ctx.db(), ctx.rowAuthenticator()), m_now(ctx.now())
{
}

Status ImportSession::begin()
{
    if (Status st = m_repo.fillSpkiHashes(); !st) {
        return st;
    }
    auto next = m_repo.nextId();
    auto names = m_repo.requestNames();
    auto waiting = m_repo.requestsWaiting();
    if (!next || !names || !waiting) {
        return !next ? next.error() : !names ? names.error() : waiting.error();
    }
    m_nextId = *next;
    m_report.firstId = m_nextId;
    m_report.lastId = m_nextId - 1;
    m_requestNames = *names;
    m_requestsWaiting = *waiting;
    return {};
}

void ImportSession::prepare(ImportBatch& batch)
{
    batch.records.reserve(batch.parsed.certificates.size());
    for (const Certificate& cert : batch.parsed.certificates) {
        CertificateRecord& record = batch.records.emplace_back(CertificateRepository::recordFor(cert));
        record.profile = profileFor(cert);
    }
}

Status ImportSession::add(ImportBatch& prepared)
{
    ParsedFile& batch = prepared.parsed;
    const QString& fileName = prepared.fileName;
    m_report.addSkipped(batch.skipped);
    // A given name goes to the certificate whose key comes along (the leaf of a PKCS#12 file),
    // else to the first certificate.
    std::optional<std::size_t> named;
    if (!m_options.name.isEmpty() && !m_givenNameUsed && !batch.certificates.empty()) {
        m_givenNameUsed = true;
        QSet<QByteArray> keys;
        for (const PrivateKey& key : batch.keys) {
            keys.insert(CertificateRow::spkiSha256(key.publicKeyDer()));
        }
        named = 0;
        for (std::size_t i = 0; i < batch.certificates.size() && !keys.isEmpty(); ++i) {
            if (keys.contains(prepared.records[i].spkiSha256)) {
                named = i;
                break;
            }
        }
    }
    auto checks = checkIssuers(prepared);
    if (!checks) {
        return checks.error();
    }
    for (std::size_t i = 0; i < batch.certificates.size(); ++i) {
        if (Status st = addCertificate(batch.certificates[i], prepared.records[i], named == i, (*checks)[i]); !st) {
            return st;
        }
    }
    for (PrivateKey& key : batch.keys) {
        const QByteArray spki = CertificateRow::spkiSha256(key.publicKeyDer());
        auto attached = attachKey(key, spki);
        if (!attached) {
            return attached.error();
        }
        if (!*attached) {
            if (Status st = holdKey(std::move(key), spki); !st) {
                return st;
            }
        }
    }
    for (Crl& crl : batch.crls) {
        if (m_crls.size() >= kHeldCrls) {
            return makeError(Tr::tr("more than %1 CRLs in one import").arg(kHeldCrls));
        }
        m_crls.emplace_back(std::move(crl), fileName);
    }
    return {};
}

Result<std::vector<ImportSession::IssuerCheck>> ImportSession::checkIssuers(const ImportBatch& batch)
{
    const std::vector<Certificate>& certs = batch.parsed.certificates;
    std::vector<IssuerCheck> checks(certs.size());
    QSet<QString> casHere;
    for (const CertificateRecord& record : batch.records) {
        if (record.isCa) {
            casHere.insert(record.subject);
        }
    }
    std::vector<std::size_t> toCheck;
    for (std::size_t i = 0; i < certs.size(); ++i) {
        const CertificateRecord& record = batch.records[i];
        if (casHere.contains(record.issuerDn) || certs[i].isSelfIssued()) {
            continue;
        }
        auto cas = casWithSubject(record.issuerDn);
        if (!cas) {
            return cas.error();
        }
        checks[i].checked = true;
        for (const Ca& ca : **cas) {
            checks[i].candidates.push_back({ca.id, ca.cert.clone()});
        }
        if (!checks[i].candidates.empty()) {
            toCheck.push_back(i);
        }
    }
    // Each thread takes every n-th certificate; the objects are clones, one per thread.
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 1 + toCheck.size() / 16);
    const auto checkEvery = [&](std::size_t first) {
        for (std::size_t k = first; k < toCheck.size(); k += threads) {
            IssuerCheck& check = checks[toCheck[k]];
            for (const Ca& ca : check.candidates) {
                if (certs[toCheck[k]].isSignedBy(ca.cert)) {
                    check.issuer = ca.id;
                    break;
                }
            }
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
        helpers.emplace_back(checkEvery, t);
    }
    checkEvery(0);
    for (std::thread& helper : helpers) {
        helper.join();
    }
    return checks;
}

Status ImportSession::addCertificate(const Certificate& cert, CertificateRecord& record, bool givenName,
                                     const IssuerCheck& check)
{
    auto issuer = check.checked ? Result<std::optional<qint64>>(check.issuer) : findIssuer(cert, record.issuerDn);
    if (!issuer) {
        return issuer.error();
    }
    record.issuerId = *issuer;
    std::optional<RequestRecord> request;
    if (m_requestsWaiting) {
        // The answer to a request made here: it gets the request's key and name.
        auto waiting = RequestService(m_ctx).waitingFor(cert);
        if (!waiting) {
            return waiting.error();
        }
        request = *waiting;
    }
    bool heldKey = false;
    if (request) {
        record.keyId = request->keyId;
    } else if (auto held = m_heldBySpki.find(record.spkiSha256); held != m_heldBySpki.end()) {
        auto existing = m_ctx.certificates().bySha256(record.sha256);
        if (!existing) {
            return existing.error();
        }
        std::optional<PrivateKey>& key = m_heldKeys[held.value()];
        if (!*existing && key && cert.matchesKey(key->get())) {
            auto stored = m_ctx.keys().store(*key, m_now);
            if (!stored) {
                return stored.error();
            }
            record.keyId = *stored;
            key.reset();
            m_heldBySpki.erase(held);
            heldKey = true;
        }
    }
    QString wanted = givenName ? m_options.name : request && !givenName ? request->name : cert.commonName();
    if (wanted.isEmpty()) {
        wanted = cert.subjectAltNames().value(0, cert.serialHex());
    }
    auto stored = store(record, wanted, givenName, request && !givenName ? request->name.toLower() : QString());
    if (!stored) {
        return stored.error();
    }
    if (!*stored) {
        auto existing = m_ctx.certificates().bySha256(record.sha256);
        if (!existing || !*existing) {
            return existing ? makeError(Tr::tr("this certificate is already in the workspace")) : existing.error();
        }
        m_report.addSkipped((*existing)->removedAt.isValid()
                                ? Tr::tr("'%1' is already in the workspace, removed: restore it instead").arg((*existing)->name)
                                : Tr::tr("'%1' is already in the workspace").arg((*existing)->name));
        return {};
    }
    listCertificate(record);
    if (request) {
        if (Status st = m_ctx.requests().complete(*request, record.id); !st) {
            return st;
        }
    }
    if (request || heldKey) {
        listKey(record.name);
    }
    if (record.isCa) {
        if (auto cas = m_cas.find(record.subject); cas != m_cas.end()) {
            cas->second.push_back({record.id, cert.clone()});
        }
        return adoptOrphans(record.id, cert, record.subject);
    }
    return {};
}

Result<const std::vector<ImportSession::Ca>*> ImportSession::casWithSubject(const QString& subject)
{
    auto cas = m_cas.find(subject);
    if (cas == m_cas.end()) {
        if (m_cas.size() >= std::size_t(kCaSubjects)) {
            m_cas.clear();
        }
        auto rows = m_ctx.certificates().casWithSubject(subject);
        if (!rows) {
            return rows.error();
        }
        std::vector<Ca> found;
        for (const CertificateRecord& ca : *rows) {
            // Below a removed CA the certificate would be out of view too; it stays an orphan instead.
            if (ca.removedAt.isValid()) {
                continue;
            }
            if (auto parsed = Certificate::fromDer(ca.der)) {
                found.push_back({ca.id, std::move(parsed).value()});
            }
        }
        cas = m_cas.emplace(subject, std::move(found)).first;
    }
    return &cas->second;
}

Result<std::optional<qint64>> ImportSession::findIssuer(const Certificate& cert, const QString& issuerDn)
{
    if (cert.isSelfIssued()) {
        return std::optional<qint64>();
    }
    auto cas = casWithSubject(issuerDn);
    if (!cas) {
        return cas.error();
    }
    for (const Ca& ca : **cas) {
        if (cert.isSignedBy(ca.cert)) {
            return std::optional<qint64>(ca.id);
        }
    }
    return std::optional<qint64>();
}

// Stores the record under `wanted` or, unless the name was given, the first free "wanted (n)". A
// request's own name (`ownName`, lower case) is free for the certificate that answers it. False
// when the certificate is in the workspace already.
Result<bool> ImportSession::store(CertificateRecord& record, const QString& wanted, bool explicitName,
                                  const QString& ownName)
{
    if (explicitName) {
        if (Status st = NameRules::checkCertificateName(wanted); !st) {
            return st.error();
        }
    }
    const QString base = explicitName ? wanted.trimmed() : ownName.isEmpty() ? NameRules::certificateNameFrom(wanted) : wanted;
    if (base.isEmpty()) {
        return makeError(Tr::tr("a name is needed"));
    }
    const QString folded = base.toLower();
    const auto taken = [&] { return makeError(Tr::tr("the name '%1' is already taken in this workspace").arg(base)); };
    for (int n = std::max(m_nextSuffix.value(folded, 1), 1);; ++n) {
        record.name = n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
        const QString name = record.name.toLower();
        const bool requested = m_requestNames.contains(name) && name != ownName;
        auto inserted = requested ? Result<ImportRepository::Inserted>(ImportRepository::Inserted::NameTaken)
                                  : m_repo.insert(record, m_nextId, m_now);
        if (!inserted) {
            return inserted.error();
        }
        if (*inserted == ImportRepository::Inserted::NameTaken) {
            if (explicitName) {
                return taken();
            }
            continue;
        }
        if (n > 1) {
            if (m_nextSuffix.size() >= kSuffixes) {
                m_nextSuffix.clear();
            }
            m_nextSuffix.insert(folded, n + 1);
        }
        if (*inserted == ImportRepository::Inserted::AlreadyThere) {
            return false;
        }
        record.id = m_nextId++;
        return true;
    }
}

// Certificates imported earlier than their CA get linked to it now.
Status ImportSession::adoptOrphans(qint64 caId, const Certificate& ca, const QString& subject)
{
    std::vector<qint64> adopted;
    Status st = m_repo.forEachOrphanNaming(subject, caId, [&ca, &adopted](const CertificateRecord& orphan) -> Status {
        auto cert = Certificate::fromDer(orphan.der);
        if (cert && !cert->isSelfIssued() && cert->isSignedBy(ca)) {
            adopted.push_back(orphan.id);
        }
        return {};
    });
    if (!st) {
        return st;
    }
    for (qint64 id : adopted) {
        if (Status set = m_ctx.certificates().setIssuer(id, caId); !set) {
            return set;
        }
    }
    return {};
}

// The key goes to every certificate here without a key whose public key it is.
Result<bool> ImportSession::attachKey(const PrivateKey& key, const QByteArray& spki)
{
    auto candidates = m_repo.keylessWithSpki(spki);
    if (!candidates) {
        return candidates.error();
    }
    std::optional<qint64> keyId;
    for (CertificateRecord& candidate : *candidates) {
        auto cert = Certificate::fromDer(candidate.der);
        if (!cert || !cert->matchesKey(key.get())) {
            continue;
        }
        if (!keyId) {
            auto stored = m_ctx.keys().store(key, m_now);
            if (!stored) {
                return stored.error();
            }
            keyId = *stored;
        }
        candidate.keyId = keyId;
        if (Status st = m_ctx.certificates().update(candidate); !st) {
            return st.error();
        }
        listKey(candidate.name);
    }
    return keyId.has_value();
}

Status ImportSession::holdKey(PrivateKey&& key, const QByteArray& spki)
{
    if (m_heldBySpki.contains(spki)) {
        m_report.addSkipped(unmatchedKey(key));
        return {};
    }
    if (m_heldKeys.size() >= kHeldKeys) {
        return makeError(Tr::tr("more than %1 private keys wait for their certificates: put the certificates before "
                                "their keys")
                             .arg(kHeldKeys));
    }
    m_heldBySpki.insert(spki, m_heldKeys.size());
    m_heldKeys.emplace_back(std::move(key));
    return {};
}

void ImportSession::listCertificate(const CertificateRecord& record)
{
    if (++m_report.certificateCount <= ImportReport::kListed) {
        m_report.certificates.append({record.name, record.serial});
    }
}

void ImportSession::listKey(const QString& name)
{
    if (++m_report.keyCount <= ImportReport::kListed) {
        m_report.keysAttached << name;
    }
}

Status ImportSession::finish()
{
    m_report.lastId = m_nextId - 1;
    if (Status st = m_repo.idsFollow(); !st) {
        return st;
    }
    for (const std::optional<PrivateKey>& key : m_heldKeys) {
        if (key) {
            m_report.addSkipped(unmatchedKey(*key));
        }
    }
    // After the certificates: a CRL of a CA imported just now finds its CA.
    for (const auto& [crl, fileName] : m_crls) {
        if (Status st = CrlImport::import(m_ctx, crl, fileName, m_report); !st) {
            return st;
        }
    }
    if (m_report.skippedCount > ImportReport::kListed) {
        m_report.skipped << Tr::tr("%n more not imported", nullptr,
                                   static_cast<int>(m_report.skippedCount - ImportReport::kListed));
    }
    return {};
}

} // namespace signet
