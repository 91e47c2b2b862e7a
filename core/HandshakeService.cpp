#include "HandshakeService.h"

#include "WorkspaceContext.h"
#include "crypto/PrivateKey.h"

#include <QCoreApplication>

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
    auto key = ctx.keys().load(*record.keyId);
    if (!key) {
        return key.error();
    }
    party.key = std::move(key).value();
    return party;
}
} // namespace

Result<HandshakeReport> HandshakeService::check(const QString& serverRef, const QString& clientRef,
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
    QString caRef = options.clientCa.trimmed();
    if (caRef.isEmpty()) {
        if (!serverRecord->issuerId) {
            return makeError(Tr::tr("'%1' has no issuer in this workspace: name the CA whose clients are accepted")
                                 .arg(serverRecord->name));
        }
        caRef = QStringLiteral("id:%1").arg(*serverRecord->issuerId);
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

    // What client-ca.pem and client-crl.pem hold: the CA with every CA above it, and their CRLs.
    auto caChain = m_ctx.chainOf(*caRecord);
    if (!caChain) {
        return caChain.error();
    }
    std::vector<Certificate> trust;
    std::vector<Crl> crls;
    bool everyCrl = true;
    bool issuerCrl = false;
    for (const CertificateRecord& link : *caChain) {
        auto cert = m_ctx.certificateOf(link);
        if (!cert) {
            return cert.error();
        }
        trust.push_back(std::move(cert).value());
        auto stored = m_ctx.crls().forCa(link.id);
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
        issuerCrl = issuerCrl || clientRecord->issuerId == link.id;
    }
    // A server given only some of the CRLs would refuse everyone when it checks every level; with
    // just the issuing CA's CRL it can still check the client certificate itself.
    if (!everyCrl && !issuerCrl) {
        crls.clear();
    }

    HandshakeCheck::Input input;
    input.server = server->peer();
    input.client = client->peer();
    for (const Certificate& cert : trust) {
        input.clientTrust.push_back(&cert);
    }
    input.serverTrust.push_back(&server->anchor);
    for (const Crl& crl : crls) {
        input.crls.push_back(&crl);
    }
    input.crlCheckAll = everyCrl;
    input.verifyDepth = static_cast<int>(trust.size());
    input.hostname = options.hostname.trimmed();
    input.at = m_ctx.now();
    auto report = HandshakeCheck::run(input);
    if (!report) {
        return report.error();
    }
    report->clientCaName = caRecord->name;
    return report;
}

} // namespace signet
