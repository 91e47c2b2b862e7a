#pragma once

// Builds large workspaces fast for model tests and benchmarks: one root and one intermediate made
// through the Workspace, then `count` real, distinct leaf certificates signed by the intermediate
// and stored in one transaction (one shared leaf key keeps it quick).

#include "Workspace.h"
#include "TypedValues.h"
#include "crypto/PrivateKey.h"
#include "crypto/Serial.h"
#include "pki/CertificateIssuer.h"
#include "store/CertificateRepository.h"
#include "store/Database.h"
#include "store/KeyStore.h"
#include "store/KeyVault.h"
#include "store/RowAuthenticator.h"

namespace signet::test {

// `realKdf`: the password is derived with Signet's own scrypt parameters, as a real workspace's
// is (each open then costs its unlock); otherwise with a fast one for tests.
inline Status buildBulkWorkspace(const QString& path, const QByteArray& password, int count, const QDateTime& now,
                                 bool realKdf = false)
{
    const KeyVault::KdfParams kdf = realKdf ? KeyVault::KdfParams() : KeyVault::KdfParams{1u << 10, 8, 1};
    {
        auto ws = Workspace::create(path, password, fixedClock(now), kdf);
        if (!ws) {
            return ws.error();
        }
        if (auto root = (*ws)->createCa({QStringLiteral("Bulk Root"), test::dn(QStringLiteral("CN=Bulk Root,O=Signet Bench")),
                                         test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}});
            !root) {
            return root.error();
        }
        if (auto inter = (*ws)->createCa({QStringLiteral("Bulk Issuing"), test::dn(QStringLiteral("CN=Bulk Issuing,O=Signet Bench")),
                                          test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(QStringLiteral("Bulk Root")), -1, {}, {}});
            !inter) {
            return inter.error();
        }
    }
    auto db = Database::open(path, false);
    if (!db) {
        return db.error();
    }
    auto vault = KeyVault::unlock(**db, password);
    if (!vault) {
        return vault.error();
    }
    auto rows = RowAuthenticator::derive(*vault, RowAuthenticator::Purpose::Rows);
    if (!rows) {
        return rows.error();
    }
    CertificateRepository repo(**db, *rows);
    KeyStore keys(**db, *vault, *rows);
    auto inters = repo.byName(QStringLiteral("Bulk Issuing"));
    if (!inters || inters->empty()) {
        return makeError(QStringLiteral("no intermediate"));
    }
    const CertificateRecord& inter = inters->front();
    auto interCert = Certificate::fromDer(inter.der);
    auto interKey = keys.load(*inter.keyId);
    auto leafKey = PrivateKey::generate(KeySpec::parse(QStringLiteral("ec:p256")).value());
    if (!interCert || !interKey || !leafKey) {
        return makeError(QStringLiteral("fixture keys"));
    }
    Transaction tx(**db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    for (int i = 0; i < count; ++i) {
        IssuanceRequest request;
        const bool client = i % 3 == 0;
        request.profile = client ? Profile::Client : Profile::Server;
        const QString host = QStringLiteral("host%1.bench.example").arg(i, 7, 10, QLatin1Char('0'));
        request.subject = DistinguishedName::fromCommonName(host);
        if (!client) {
            request.dnsNames = {host};
        }
        // Spread expiry over the coming two years so every status filter has rows.
        request.validityDays = 10 + (i % 720);
        auto serial = randomSerial();
        auto cert = CertificateIssuer::issue(request, leafKey->get(), {&*interCert, interKey->get()}, *serial, now);
        if (!cert) {
            return cert.error();
        }
        CertificateRecord record = CertificateRepository::recordFor(*cert);
        record.name = host;
        record.profile = request.profile;
        record.issuerId = inter.id;
        if (!repo.insert(record, now)) {
            return makeError(QStringLiteral("insert failed"));
        }
    }
    return tx.commit();
}

} // namespace signet::test
