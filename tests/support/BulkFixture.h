#pragma once

// Builds large workspaces fast for model tests and benchmarks: one root and one intermediate made
// through the Workspace, then `count` real, distinct leaf certificates signed by the intermediate
// and stored in one transaction (one shared leaf key keeps it quick), revoked when asked.

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
#include "store/Schema.h"

#include <algorithm>
#include <functional>
#include <future>
#include <vector>

namespace signet::test {

struct BulkOptions {
    int count = 0;
    // Every leaf revoked (a minute before `now`, reasons taking turns), as revoking each would
    // leave it: its row sealed again and the intermediate's count of revocations raised.
    bool revokeAll = false;
    // The test programs' fast key derivation; signet-cli refuses less than the default.
    KeyVault::KdfParams kdf{1u << 10, 8, 1};
    // Called with each leaf as stored, e.g. to write the same revocations for `openssl ca`.
    std::function<void(const CertificateRecord&)> onLeaf;
};

namespace detail {
// `leaf` with a fresh serial, the CN (and, when `withSan`, the DNS name) `host`, the expiry
// `notAfter`, signed again by `issuerKey`; the returned certificate shares the changed object.
inline Result<Certificate> stamp(const Certificate& leaf, const QString& host, bool withSan,
                                 const QDateTime& notAfter, EVP_PKEY* issuerKey)
{
    X509* x = leaf.get();
    auto serial = randomSerial();
    auto name = DistinguishedName::fromCommonName(host).toX509Name();
    if (!serial || !name) {
        return makeError(QStringLiteral("fixture serial or name"));
    }
    BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char*>(serial->constData()),
                           static_cast<int>(serial->size()), nullptr));
    Asn1IntegerPtr number(bn ? BN_to_ASN1_INTEGER(bn.get(), nullptr) : nullptr);
    if (!number || X509_set_serialNumber(x, number.get()) != 1 || X509_set_subject_name(x, name->get()) != 1
        || ASN1_TIME_set(X509_getm_notAfter(x), static_cast<time_t>(notAfter.toSecsSinceEpoch())) == nullptr) {
        return makeError(QStringLiteral("fixture fields"));
    }
    if (withSan) {
        GeneralNamesPtr sans(GENERAL_NAMES_new());
        GENERAL_NAME* dns = GENERAL_NAME_new();
        ASN1_IA5STRING* text = ASN1_IA5STRING_new();
        const QByteArray ascii = host.toLatin1();
        if (!sans || !dns || !text || ASN1_STRING_set(text, ascii.constData(), static_cast<int>(ascii.size())) != 1) {
            GENERAL_NAME_free(dns);
            ASN1_IA5STRING_free(text);
            return makeError(QStringLiteral("fixture SAN"));
        }
        GENERAL_NAME_set0_value(dns, GEN_DNS, text);
        if (sk_GENERAL_NAME_push(sans.get(), dns) <= 0) {
            GENERAL_NAME_free(dns);
            return makeError(QStringLiteral("fixture SAN"));
        }
        if (X509_add1_ext_i2d(x, NID_subject_alt_name, sans.get(), 0, X509V3_ADD_REPLACE) != 1) {
            return makeError(QStringLiteral("fixture SAN"));
        }
    }
    if (X509_sign(x, issuerKey, PrivateKey::signingDigestFor(issuerKey)) <= 0) {
        return makeError(QStringLiteral("fixture signature"));
    }
    return leaf.clone();
}

// Makes the leaves as records ready to store. One client and one server certificate are issued
// the real way; each leaf is one of them with its own serial, name, SAN and expiry, signed again
// (issuing each from scratch costs several times as much, mostly in encoding the shared public
// key again). One thread at a time: the two templates change with every leaf.
class LeafMaker {
public:
    static Result<LeafMaker> create(const CertificateRecord& issuer, EVP_PKEY* issuerKey, const QDateTime& now)
    {
        LeafMaker maker;
        auto issuerCert = Certificate::fromDer(issuer.der);
        auto leafKey = PrivateKey::generate(KeySpec::parse(QStringLiteral("ec:p256")).value());
        if (!issuerCert || !leafKey) {
            return makeError(QStringLiteral("fixture keys"));
        }
        for (const bool client : {true, false}) {
            IssuanceRequest request;
            request.profile = client ? Profile::Client : Profile::Server;
            request.subject = DistinguishedName::fromCommonName(QStringLiteral("template.bench.example"));
            if (!client) {
                request.dnsNames = {QStringLiteral("template.bench.example")};
            }
            auto serial = randomSerial();
            auto cert = CertificateIssuer::issue(request, leafKey->get(), {&*issuerCert, issuerKey}, *serial, now);
            if (!cert) {
                return cert.error();
            }
            maker.m_templates[client ? 0 : 1] = std::move(cert).value();
        }
        maker.m_issuerId = issuer.id;
        maker.m_issuerKey = issuerKey;
        maker.m_now = now;
        return maker;
    }

    // Leaves number `from` up to `to`.
    Result<std::vector<CertificateRecord>> make(int from, int to)
    {
        std::vector<CertificateRecord> out;
        out.reserve(static_cast<size_t>(to - from));
        for (int i = from; i < to; ++i) {
            const bool client = i % 3 == 0;
            const QString host = QStringLiteral("host%1.bench.example").arg(i, 7, 10, QLatin1Char('0'));
            // Spread expiry over the coming two years so every status filter has rows.
            auto cert = stamp(m_templates[client ? 0 : 1], host, !client, m_now.addDays(10 + (i % 720)), m_issuerKey);
            if (!cert) {
                return cert.error();
            }
            CertificateRecord& record = out.emplace_back(CertificateRepository::recordFor(*cert));
            record.name = host;
            record.profile = client ? Profile::Client : Profile::Server;
            record.issuerId = m_issuerId;
        }
        return out;
    }

private:
    Certificate m_templates[2];
    qint64 m_issuerId = 0;
    EVP_PKEY* m_issuerKey = nullptr;
    QDateTime m_now;
};

inline Status createCas(const QString& path, const QByteArray& password, const BulkOptions& options,
                        const QDateTime& now)
{
    auto ws = Workspace::create(path, password, fixedClock(now), options.kdf);
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
    return {};
}

// Stores the leaves; the next batch is made on another thread meanwhile.
inline Status storeLeaves(CertificateRepository& repo, LeafMaker& maker, const BulkOptions& options,
                          const QDateTime& now)
{
    const RevocationReason reasons[] = {RevocationReason::KeyCompromise, RevocationReason::Superseded,
                                        RevocationReason::CessationOfOperation, RevocationReason::Unspecified,
                                        RevocationReason::AffiliationChanged};
    constexpr int kBatch = 2000;
    const auto batchFrom = [&maker, &options](int from) {
        return std::async(std::launch::async, [&maker, from, to = std::min(from + kBatch, options.count)] {
            return maker.make(from, to);
        });
    };
    auto next = batchFrom(0);
    for (int from = 0; from < options.count; from += kBatch) {
        auto batch = next.get();
        if (!batch) {
            return batch.error();
        }
        if (from + kBatch < options.count) {
            next = batchFrom(from + kBatch);
        }
        for (size_t k = 0; k < batch->size(); ++k) {
            CertificateRecord& record = (*batch)[k];
            auto id = repo.insert(record, now);
            if (!id) {
                return id.error();
            }
            record.id = *id;
            if (options.revokeAll) {
                record.revoked = true;
                record.revokedAt = now.addSecs(-60);
                record.revocationReason = reasons[(static_cast<size_t>(from) + k) % std::size(reasons)];
                if (Status st = repo.update(record); !st) {
                    return st;
                }
            }
            if (options.onLeaf) {
                options.onLeaf(record);
            }
        }
    }
    return {};
}

// A bulk workspace's CAs, opened: its connection, the keys that open and authenticate its rows,
// the root and the intermediate, and a maker of leaves signed by the intermediate.
struct OpenedBulk {
    std::unique_ptr<Database> db;
    KeyVault vault;
    RowAuthenticator rows;
    CertificateRecord root;
    CertificateRecord inter;
    PrivateKey interKey;
    LeafMaker maker;
};

inline Result<OpenedBulk> openBulk(const QString& path, const QByteArray& password, const QDateTime& now)
{
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
    auto roots = repo.byName(QStringLiteral("Bulk Root"));
    auto inters = repo.byName(QStringLiteral("Bulk Issuing"));
    if (!roots || !inters || roots->empty() || inters->empty()) {
        return makeError(QStringLiteral("no CAs"));
    }
    auto interKey = keys.load(*inters->front().keyId);
    if (!interKey) {
        return interKey.error();
    }
    auto maker = LeafMaker::create(inters->front(), interKey->get(), now);
    if (!maker) {
        return maker.error();
    }
    return OpenedBulk{std::move(db).value(), std::move(vault).value(), std::move(rows).value(), roots->front(),
                      inters->front(), std::move(interKey).value(), std::move(maker).value()};
}
} // namespace detail

inline Status buildBulkWorkspace(const QString& path, const QByteArray& password, const BulkOptions& options,
                                 const QDateTime& now)
{
    if (Status st = detail::createCas(path, password, options, now); !st) {
        return st;
    }
    auto opened = detail::openBulk(path, password, now);
    if (!opened) {
        return opened.error();
    }
    Database& db = *opened->db;
    CertificateRepository repo(db, opened->rows);
    // The whole build is one transaction: a page cache that holds it spares spilling pages to the
    // WAL halfway and rewriting them.
    if (!db.isServer()) {
        if (auto q = db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !q) {
            return q.error();
        }
    }
    Transaction tx(db);
    if (Status st = tx.begin(); !st) {
        return st;
    }
    if (Status st = detail::storeLeaves(repo, opened->maker, options, now); !st) {
        return st;
    }
    if (options.revokeAll) {
        auto issuer = repo.byId(opened->inter.id);
        if (!issuer) {
            return issuer.error();
        }
        issuer->revocations += options.count;
        if (Status st = repo.update(*issuer); !st) {
            return st;
        }
    }
    return tx.commit();
}

// `realKdf`: the password is derived with Signet's own scrypt parameters, as a real workspace's
// is (each open then costs its unlock); otherwise with a fast one for tests.
inline Status buildBulkWorkspace(const QString& path, const QByteArray& password, int count, const QDateTime& now,
                                 bool realKdf = false)
{
    BulkOptions options;
    options.count = count;
    if (realKdf) {
        options.kdf = KeyVault::KdfParams();
    }
    return buildBulkWorkspace(path, password, options, now);
}

// The schema version that brought the text filter's table: tests and benchmarks set a workspace
// back to the version before it, to see it filled on the next opening.
inline int searchTableVersion()
{
    const QList<QStringList>& migrations = schemaMigrations();
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        for (const QString& statement : migrations.at(i)) {
            if (statement.contains(QLatin1String("CREATE VIRTUAL TABLE IF NOT EXISTS certificate_search"))) {
                return static_cast<int>(i + 1);
            }
        }
    }
    return -1;
}

} // namespace signet::test
