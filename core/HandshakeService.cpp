#include "HandshakeService.h"

#include "ClientScope.h"
#include "WorkspaceContext.h"
#include "crypto/PrivateKey.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "HandshakeService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HandshakeService)
};

// One side of the handshake: its certificate and key, the intermediates it sends, and the
// certificate its peer trusts it by (its root, or itself when its issuer is not in the workspace).
struct Party {
    Certificate cert;
    PrivateKey key;
    std::vector<Certificate> intermediates;
    Certificate anchor;

    [[nodiscard]] HandshakeCheck::Peer peer() const
    {
        HandshakeCheck::Peer p{&cert, key.get(), {}};
        for (const Certificate& link : intermediates) {
            p.chain.push_back(&link);
        }
        return p;
    }
};

Result<Party> loadParty(WorkspaceContext& ctx, const CertificateRecord& record)
{
    if (record.isCa) {
        return makeError(Tr::tr("'%1' is a CA, not a TLS certificate").arg(record.name));
    }
    if (!record.keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(record.name));
    }
    auto chain = ctx.chainOf(record);
    if (!chain) {
        return chain.error();
    }
    Party party;
    for (std::size_t i = 0; i < chain->size(); ++i) {
        auto cert = ctx.certificateOf((*chain)[i]);
        if (!cert) {
            return cert.error();
        }
        if (i == 0) {
            party.cert = std::move(cert).value();
        } else if (i + 1 == chain->size()) {
            party.anchor = std::move(cert).value();
        } else {
            party.intermediates.push_back(std::move(cert).value());
        }
    }
    if (party.anchor.isNull()) {
        party.anchor = party.cert.clone();
    }
    auto key = ctx.keyOf(record);
    if (!key) {
        return key.error();
    }
    party.key = std::move(key).value();
    return party;
}
// Why a server configured for `scope` and `rules` answers 403 after the handshake, or empty.
QString admissionRefusal(const ClientScope& scope, const CertificateRecord& client, const Certificate& cert,
                         const QList<SubjectRule>& rules)
{
    if (!client.issuerId || !scope.admits(*client.issuerId)) {
        return Tr::tr("HTTP 403: '%1' was issued by %2, which this configuration does not admit (only '%3' and the "
                      "CAs below it)")
            .arg(client.name, client.issuerDn, scope.chain.front().record.name);
    }
    const auto& entries = cert.subjectName().entries();
    for (const SubjectRule& rule : rules) {
        const bool holds = std::any_of(entries.begin(), entries.end(), [&rule](const QPair<QString, QString>& entry) {
            return entry.first.compare(rule.attribute, Qt::CaseInsensitive) == 0 && rule.values.contains(entry.second);
        });
        if (!holds) {
            return Tr::tr("HTTP 403: the subject of '%1' does not have %2").arg(client.name, rule.toString());
        }
    }
    return {};
}
} // namespace

Result<HandshakeReport> HandshakeService::check(const CertificateRef& serverRef, const CertificateRef& clientRef,
                                                const HandshakeCheckOptions& options)
{
    auto serverRecord = m_ctx.resolve(serverRef);
    if (!serverRecord) {
        return serverRecord.error();
    }
    auto clientRecord = m_ctx.resolve(clientRef);
    if (!clientRecord) {
        return clientRecord.error();
    }
    CertificateRef caRef = options.clientCa;
    if (caRef.isNull()) {
        if (!serverRecord->issuerId) {
            return makeError(Tr::tr("'%1' has no issuer in this workspace: name the CA whose clients are accepted")
                                 .arg(serverRecord->name));
        }
        caRef = CertificateRef::id(*serverRecord->issuerId);
    }
    auto caRecord = m_ctx.resolve(caRef);
    if (!caRecord) {
        return caRecord.error();
    }
    if (!caRecord->isCa) {
        return makeError(Tr::tr("'%1' is not a CA").arg(caRecord->name));
    }
    auto server = loadParty(m_ctx, *serverRecord);
    if (!server) {
        return server.error();
    }
    auto client = loadParty(m_ctx, *clientRecord);
    if (!client) {
        return client.error();
    }

    // What client-ca.pem and client-crl.pem hold: the client CA with every CA above and below it,
    // and their CRLs.
    auto scope = ClientScope::of(m_ctx, *caRecord);
    if (!scope) {
        return scope.error();
    }
    std::vector<const Certificate*> trust;
    std::vector<Crl> crls;
    bool everyCrl = true;
    bool issuerCrl = false;
    for (const ClientScope::Ca* ca : scope->all()) {
        trust.push_back(&ca->cert);
        auto stored = m_ctx.crls().forCa(ca->record.id);
        if (!stored) {
            return stored.error();
        }
        if (!*stored) {
            everyCrl = false;
            continue;
        }
        auto crl = Crl::fromData((*stored)->der);
        if (!crl) {
            return crl.error();
        }
        crls.push_back(std::move(crl).value());
        issuerCrl = issuerCrl || clientRecord->issuerId == ca->record.id;
    }
    // A server given only some of the CRLs would refuse everyone when it checks every level; with
    // just the issuing CA's CRL it can still check the client certificate itself.
    if (!everyCrl && !issuerCrl) {
        crls.clear();
    }

    HandshakeCheck::Input input;
    input.server = server->peer();
    input.client = client->peer();
    input.clientTrust = trust;
    input.serverTrust.push_back(&server->anchor);
    for (const Crl& crl : crls) {
        input.crls.push_back(&crl);
    }
    input.crlCheckAll = everyCrl;
    input.verifyDepth = scope->verifyDepth;
    input.hostname = options.hostname.trimmed();
    input.at = m_ctx.now();
    auto report = HandshakeCheck::run(input);
    if (!report) {
        return report.error();
    }
    report->clientCaName = caRecord->name;
    const QString refusal = admissionRefusal(*scope, *clientRecord, client->cert, options.rules);
    for (HandshakeOutcome& outcome : report->outcomes) {
        if (outcome.ok && !refusal.isEmpty()) {
            outcome.ok = false;
            outcome.refusedBy = HandshakeSide::Server;
            outcome.reason = refusal;
        }
    }
    return report;
}

} // namespace signet
