#include "WorkspaceContext.h"

#include "store/MemberRepository.h"

#include "pki/NameRules.h"
#include "store/Database.h"
#include "store/KeyVault.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Workspace", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// "0x3F:A0:01" -> "3FA001": upper case, no colons or prefix, no leading zero octets, as stored.
QString serialDigits(const QString& text)
{
    QString serial = text.trimmed().toUpper().remove(QLatin1Char(':'));
    if (serial.startsWith(QLatin1String("0X"))) {
        serial = serial.mid(2);
    }
    while (serial.size() > 1 && serial.startsWith(QLatin1String("00"))) {
        serial = serial.mid(2);
    }
    return serial;
}
} // namespace

WorkspaceContext::WorkspaceContext(Database& db, KeyVault& vault, Clock clock, RowAuthenticator rows,
                                   RowAuthenticator chain)
    : m_db(db), m_vault(vault), m_clock(std::move(clock)), m_rows(std::move(rows)), m_chain(std::move(chain)),
      m_certificates(db, m_rows), m_crls(db, m_rows), m_deployments(db, m_rows), m_keys(db, vault, m_rows),
      m_requests(db, m_rows), m_audit(db, m_chain, vault.hasMember() ? vault.memberName() : AuditLog::currentAccount())
{
}

Result<CertificateRecord> WorkspaceContext::resolve(const CertificateRef& ref)
{
    auto record = lookup(ref, false);
    if (record && record->removedAt.isValid()) {
        return makeError(Tr::tr("'%1' was removed from this workspace on %2; restore it to use it again")
                             .arg(record->name, record->removedAt.toString(Qt::ISODate)));
    }
    return record;
}

Result<CertificateRecord> WorkspaceContext::resolveIncludingRemoved(const CertificateRef& ref)
{
    return lookup(ref, true);
}

Result<CertificateRecord> WorkspaceContext::lookup(const CertificateRef& ref, bool includeRemoved)
{
    if (ref.rowId()) {
        return m_certificates.byId(*ref.rowId());
    }
    const QString text = ref.text();
    if (text.isEmpty()) {
        return makeError(Tr::tr("no certificate named"));
    }
    if (NameRules::looksLikeId(text)) {
        bool ok = false;
        const qint64 id = text.mid(3).toLongLong(&ok);
        if (!ok) {
            return makeError(Tr::tr("'%1' is not a valid id").arg(text));
        }
        return m_certificates.byId(id);
    }
    auto byName = m_certificates.byName(text);
    if (!byName) {
        return byName.error();
    }
    std::vector<CertificateRecord> bySerial;
    if (NameRules::looksLikeSerial(text)) {
        auto found = m_certificates.bySerial(serialDigits(text));
        if (!found) {
            return found.error();
        }
        bySerial = std::move(found).value();
        // A removed certificate that shares a serial with a present one makes no reference ambiguous.
        const auto removed = [](const CertificateRecord& r) { return r.removedAt.isValid(); };
        if (!includeRemoved && !std::all_of(bySerial.begin(), bySerial.end(), removed)) {
            std::erase_if(bySerial, removed);
        }
    }
    // Names that read as serials are refused now, but a workspace may hold one from before: a
    // reference that fits a name and another certificate's serial is refused, never guessed.
    if (!byName->empty()) {
        const CertificateRecord& named = byName->front();
        for (const CertificateRecord& other : bySerial) {
            if (other.id != named.id) {
                return makeError(Tr::tr("'%1' is the name of one certificate (id:%2) and the serial of another "
                                        "(id:%3); use id:N")
                                     .arg(text)
                                     .arg(named.id)
                                     .arg(other.id));
            }
        }
        return std::move(byName->front());
    }
    if (bySerial.size() == 1) {
        return std::move(bySerial.front());
    }
    if (bySerial.size() > 1) {
        return makeError(Tr::tr("serial %1 matches %2 certificates from different CAs; use its name or id:N")
                             .arg(serialDigits(text))
                             .arg(bySerial.size()));
    }
    return makeError(Tr::tr("no certificate or CA named '%1' in this workspace").arg(text));
}

Result<std::vector<CertificateRecord>> WorkspaceContext::chainOf(const CertificateRecord& record)
{
    std::vector<CertificateRecord> chain;
    chain.push_back(record);
    while (chain.back().issuerId && *chain.back().issuerId != chain.back().id) {
        if (chain.size() > 16) {
            return makeError(Tr::tr("the issuer chain of '%1' is too long or loops").arg(record.name));
        }
        auto issuer = m_certificates.byId(*chain.back().issuerId);
        if (!issuer) {
            return issuer.error();
        }
        chain.push_back(std::move(issuer).value());
    }
    return chain;
}

Result<CertificateRecord> WorkspaceContext::resolveSigningCa(const CertificateRef& ref)
{
    auto ca = resolve(ref);
    if (!ca) {
        return ca;
    }
    auto caCert = certificateOf(*ca);
    if (!caCert) {
        return caCert.error();
    }
    // The certificate itself decides, not only the row: a leaf never signs.
    if (!ca->isCa || !caCert->isCa()) {
        return makeError(Tr::tr("'%1' is not a certificate authority").arg(ca->name));
    }
    if (!ca->keyId) {
        return makeError(Tr::tr("the workspace holds no private key for CA '%1', so it cannot sign").arg(ca->name));
    }
    auto chain = chainOf(*ca);
    if (!chain) {
        return chain.error();
    }
    const QDateTime at = now();
    for (const CertificateRecord& link : *chain) {
        if (link.revoked) {
            return makeError(Tr::tr("CA '%1' is revoked and cannot issue").arg(link.name));
        }
        if (link.notAfter <= at) {
            return makeError(Tr::tr("CA '%1' expired on %2 and cannot issue")
                                 .arg(link.name, link.notAfter.toString(Qt::ISODate)));
        }
    }
    return ca;
}

Result<Certificate> WorkspaceContext::certificateOf(const CertificateRecord& record)
{
    return Certificate::fromDer(record.der);
}

Result<PrivateKey> WorkspaceContext::keyOf(const CertificateRecord& record)
{
    if (!record.keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(record.name));
    }
    auto cert = certificateOf(record);
    if (!cert) {
        return cert.error();
    }
    if (!m_rows.isChecking()) {
        return makeError(Tr::tr("this needs the workspace password (the workspace was opened without it)"));
    }
    auto held = m_keys.isHeld(*record.keyId);
    if (!held) {
        return held.error();
    }
    if (!*held) {
        return makeError(Tr::tr("the private key of '%1' is not shared with you (member '%2'); a member who holds it can "
                                "share it")
                             .arg(record.name, m_vault.memberName()));
    }
    auto key = m_keys.load(*record.keyId);
    if (!key) {
        return key.error();
    }
    if (!cert->matchesKey(key->get())) {
        return makeError(Tr::tr("the private key linked to '%1' belongs to another certificate: the workspace was "
                                "changed outside Signet")
                             .arg(record.name));
    }
    return key;
}

Result<QString> WorkspaceContext::uniqueName(const QString& wanted, bool explicitName, const QString& ownRequest)
{
    if (explicitName) {
        if (Status st = NameRules::checkCertificateName(wanted); !st) {
            return st.error();
        }
    }
    const QString base = explicitName ? wanted.trimmed() : NameRules::certificateNameFrom(wanted);
    if (base.isEmpty()) {
        return makeError(Tr::tr("a name is needed"));
    }
    auto taken = nameTaken(base, ownRequest);
    if (!taken) {
        return taken.error();
    }
    if (!*taken) {
        return base;
    }
    if (explicitName) {
        return makeError(Tr::tr("the name '%1' is already taken in this workspace").arg(base));
    }
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        auto exists = nameTaken(candidate, ownRequest);
        if (!exists) {
            return exists.error();
        }
        if (!*exists) {
            return candidate;
        }
    }
    return makeError(Tr::tr("too many certificates named '%1'").arg(base));
}

Result<bool> WorkspaceContext::nameTaken(const QString& name, const QString& ownRequest)
{
    auto certificate = m_certificates.nameExists(name);
    if (!certificate || *certificate) {
        return certificate;
    }
    if (!ownRequest.isEmpty() && name.compare(ownRequest, Qt::CaseInsensitive) == 0) {
        return false;
    }
    return m_requests.nameExists(name);
}

Status WorkspaceContext::audit(const QString& action, const QString& target, const QString& details)
{
    // Every change ends here, in its transaction: a CA key it brought in (a new CA, a key imported
    // or renewed for one) is sealed under a key of its own for this member before it commits.
    if (m_vault.hasMember()) {
        auto unshared = MemberRepository(m_db, m_rows).unsharedCaKeys();
        if (!unshared) {
            return unshared.error();
        }
        for (qint64 key : *unshared) {
            if (Status st = m_keys.protect(key); !st) {
                return st;
            }
        }
    }
    return m_audit.append(now(), action, target, details);
}

} // namespace signet
