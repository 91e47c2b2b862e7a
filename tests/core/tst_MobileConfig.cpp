// Apple configuration profiles judged by independent readers: python3's plistlib parses the
// property list (its payloads, types, identifiers and UUIDs), and the real `openssl pkcs12` opens
// the embedded identity with the passphrase and reports the compatible profile's algorithms.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "export/MobileConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

using namespace signet;
using namespace signet::test;

namespace {
const QByteArray kWorkspacePassword = QByteArrayLiteral("mobileconfig test password");
const QByteArray kProfilePassword = QByteArrayLiteral("profile pässphrase <&>");

// Names with XML's special characters: they must come out of the parser as they went in.
const QString kRootName = QStringLiteral("R&D Root <main>");
const QString kInterName = QStringLiteral("Issuing \"Devices\"");
const QString kClientName = QStringLiteral("alice's iPhone");

const QString kRootPayload = QStringLiteral("com.apple.security.root");
const QString kCertPayload = QStringLiteral("com.apple.security.pkcs1");
const QString kIdentityPayload = QStringLiteral("com.apple.security.pkcs12");

// plistlib reads the file (a failure to parse fails the run) and prints it as JSON; <data> turns
// into {"$data": base64} and <date> would fail, as a profile holds none.
const char* const kPlistToJson = R"(
import base64, json, plistlib, sys
with open(sys.argv[1], 'rb') as f:
    plist = plistlib.load(f, fmt=plistlib.FMT_XML)
def convert(v):
    if isinstance(v, bytes):
        return {'$data': base64.b64encode(v).decode()}
    if isinstance(v, dict):
        return {k: convert(x) for k, x in v.items()}
    if isinstance(v, list):
        return [convert(x) for x in v]
    return v
print(json.dumps(convert(plist)))
)";

QByteArray dataOf(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toObject().value(QStringLiteral("$data")).toString().toLatin1());
}

bool isUuid(const QString& text)
{
    static const QRegularExpression canonical(QStringLiteral("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$"));
    return canonical.match(text).hasMatch() && !QUuid::fromString(text).isNull();
}
} // namespace

class tst_MobileConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The profile as JSON, by way of python3's plistlib.
    QJsonObject parse(const QByteArray& profile, const QString& name)
    {
        const QString file = path(name);
        if (!writeFile(file, profile)) {
            return {};
        }
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(kPlistToJson), file});
        if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            qWarning("plistlib: %s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    Result<ExportedData> exportProfile(const QString& ref, const QByteArray& password = {}, bool embed = false)
    {
        ExportOptions options;
        options.format = ExportFormat::MobileConfig;
        options.password = password;
        options.embedPassword = embed;
        return m_ws->exportCertificate(CertificateRef::typed(ref), options);
    }

    QByteArray derOf(const QString& ref)
    {
        auto record = m_ws->find(CertificateRef::typed(ref));
        if (!record) {
            return {};
        }
        return record->der;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (the README's test command installs it)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty(), "python3 is needed");
        auto ws = Workspace::create(test::workspaceAt(path(QStringLiteral("test.signet"))), kWorkspacePassword, systemClock(),
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        SIGNET_VERIFY_OK(m_ws->createCa({kRootName, test::dn(QStringLiteral("CN=Signet Test Root,O=Signet & Sons,C=ES")),
                                         test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        SIGNET_VERIFY_OK(m_ws->createCa({kInterName, test::dn(QStringLiteral("CN=Signet Devices CA,O=Signet & Sons,C=ES")),
                                         test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(kRootName), 0, {}, {}}));
        LeafOptions client;
        client.ca = CertificateRef::typed(kInterName);
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        client.emails = {QStringLiteral("alice@example.test")};
        client.name = kClientName;
        SIGNET_VERIFY_OK(m_ws->issue(client));
        // A CA without an O: the profile's organization falls back to the CA's name.
        SIGNET_VERIFY_OK(m_ws->createCa({QStringLiteral("Plain Root"), test::dn(QStringLiteral("CN=Plain Root")),
                                         test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}}));
        LeafOptions direct = client;
        direct.ca = CertificateRef::typed(QStringLiteral("Plain Root"));
        direct.name = QStringLiteral("bob");
        direct.subject = DistinguishedName::fromCommonName(QStringLiteral("bob"));
        SIGNET_VERIFY_OK(m_ws->issue(direct));
    }

    void cleanupTestCase() { m_ws.reset(); }

    void formatName()
    {
        QVERIFY(exportFormatFromName(QStringLiteral("mobileconfig")) == ExportFormat::MobileConfig);
        QVERIFY(exportFormatNames().contains(QStringLiteral("mobileconfig")));
    }

    void profile()
    {
        auto exported = exportProfile(kClientName);
        SIGNET_VERIFY_OK(exported);
        QVERIFY(exported->secret);
        const QByteArray password = exported->generatedPassword;
        QCOMPARE(password.size(), 29); // generated like a .p12's: the device asks for it
        const QByteArray& xml = exported->data;
        QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(xml.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                             "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
        QVERIFY(xml.contains("R&amp;D Root &lt;main&gt;"));

        const QJsonObject top = parse(xml, QStringLiteral("alice.mobileconfig"));
        QVERIFY2(!top.isEmpty(), xml.constData());
        QCOMPARE(top.value(QStringLiteral("PayloadType")).toString(), QStringLiteral("Configuration"));
        QCOMPARE(top.value(QStringLiteral("PayloadVersion")), QJsonValue(1));
        QCOMPARE(top.value(QStringLiteral("PayloadDisplayName")).toString(),
                 kClientName + QStringLiteral(" — Signet"));
        QCOMPARE(top.value(QStringLiteral("PayloadOrganization")).toString(), QStringLiteral("Signet & Sons"));
        QVERIFY(top.value(QStringLiteral("PayloadDescription")).toString().contains(kRootName));
        QCOMPARE(top.value(QStringLiteral("PayloadRemovalDisallowed")), QJsonValue(false));
        const QString identifier = top.value(QStringLiteral("PayloadIdentifier")).toString();
        QVERIFY2(identifier.startsWith(QStringLiteral("org.signet.profile."))
                     && isUuid(identifier.mid(QStringLiteral("org.signet.profile.").size())),
                 qPrintable(identifier));
        QVERIFY(!top.contains(QStringLiteral("Password")));

        const QJsonArray payloads = top.value(QStringLiteral("PayloadContent")).toArray();
        QCOMPARE(payloads.size(), 3);
        QSet<QString> uuids{top.value(QStringLiteral("PayloadUUID")).toString()};
        QSet<QString> identifiers{identifier};
        QMap<QString, QJsonObject> byType;
        for (const QJsonValue& value : payloads) {
            const QJsonObject payload = value.toObject();
            const QString type = payload.value(QStringLiteral("PayloadType")).toString();
            QVERIFY2(!byType.contains(type), qPrintable(type));
            byType.insert(type, payload);
            uuids.insert(payload.value(QStringLiteral("PayloadUUID")).toString());
            const QString id = payload.value(QStringLiteral("PayloadIdentifier")).toString();
            QVERIFY2(id.startsWith(identifier + QLatin1Char('.')), qPrintable(id));
            identifiers.insert(id);
            QCOMPARE(payload.value(QStringLiteral("PayloadVersion")), QJsonValue(1));
            QVERIFY(!payload.value(QStringLiteral("PayloadDescription")).toString().isEmpty());
        }
        QCOMPARE(QSet<QString>(byType.keyBegin(), byType.keyEnd()),
                 (QSet<QString>{kRootPayload, kCertPayload, kIdentityPayload}));
        QCOMPARE(uuids.size(), 4);
        for (const QString& uuid : std::as_const(uuids)) {
            QVERIFY2(isUuid(uuid), qPrintable(uuid));
        }
        QCOMPARE(identifiers.size(), 4);
        // Installed in order: trust first, then the chain, then the identity that needs both.
        QCOMPARE(payloads.at(0).toObject().value(QStringLiteral("PayloadType")).toString(), kRootPayload);
        QCOMPARE(payloads.at(2).toObject().value(QStringLiteral("PayloadType")).toString(), kIdentityPayload);

        const QJsonObject root = byType.value(kRootPayload);
        QCOMPARE(root.value(QStringLiteral("PayloadDisplayName")).toString(), kRootName);
        QCOMPARE(dataOf(root.value(QStringLiteral("PayloadContent"))), derOf(kRootName));
        const QJsonObject inter = byType.value(kCertPayload);
        QCOMPARE(inter.value(QStringLiteral("PayloadDisplayName")).toString(), kInterName);
        QCOMPARE(dataOf(inter.value(QStringLiteral("PayloadContent"))), derOf(kInterName));
        const QJsonObject identity = byType.value(kIdentityPayload);
        QCOMPARE(identity.value(QStringLiteral("PayloadDisplayName")).toString(), kClientName);
        QCOMPARE(identity.value(QStringLiteral("PayloadCertificateFileName")).toString(),
                 QStringLiteral("alice-s-iPhone.p12"));
        for (const QJsonObject& payload : {root, inter, identity}) {
            QVERIFY(!payload.contains(QStringLiteral("Password")));
        }

        // The identity opens with the passphrase, in the compatible profile, with key and whole chain.
        const QString p12 = path(QStringLiteral("alice.p12"));
        QVERIFY(writeFile(p12, dataOf(identity.value(QStringLiteral("PayloadContent")))));
        const QString passin = QStringLiteral("pass:") + QString::fromLatin1(password);
        const ProcessResult info = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"),
                                               p12, QStringLiteral("-passin"), passin, QStringLiteral("-nodes")});
        QVERIFY2(info.ok(), info.describe().constData());
        QVERIFY2(info.err.contains("MAC: sha1"), info.err.constData());
        QVERIFY2(info.err.contains("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"), info.err.constData());
        QVERIFY2(info.err.contains("PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC"), info.err.constData());
        QVERIFY(!info.err.contains("AES"));
        QCOMPARE(info.out.count("-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY(info.out.contains("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(info.out.contains("friendlyName: " + kClientName.toUtf8()));
        const ProcessResult wrong = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12,
                                                QStringLiteral("-passin"), QStringLiteral("pass:wrong"),
                                                QStringLiteral("-nodes")});
        QVERIFY(wrong.started && !wrong.ok());

        auto audit = m_ws->recentAudit(1);
        SIGNET_VERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("export-private-key"));
        QCOMPARE(audit->first().details, QStringLiteral("format=mobileconfig"));
    }

    void embeddedPassword()
    {
        auto exported = exportProfile(kClientName, kProfilePassword, true);
        SIGNET_VERIFY_OK(exported);
        QVERIFY(exported->generatedPassword.isEmpty());
        const QJsonObject top = parse(exported->data, QStringLiteral("embedded.mobileconfig"));
        QVERIFY(!top.isEmpty());
        int passwords = 0;
        for (const QJsonValue& value : top.value(QStringLiteral("PayloadContent")).toArray()) {
            const QJsonObject payload = value.toObject();
            if (!payload.contains(QStringLiteral("Password"))) {
                continue;
            }
            ++passwords;
            QCOMPARE(payload.value(QStringLiteral("PayloadType")).toString(), kIdentityPayload);
            QCOMPARE(payload.value(QStringLiteral("Password")).toString(), QString::fromUtf8(kProfilePassword));
            const QString p12 = path(QStringLiteral("embedded.p12"));
            QVERIFY(writeFile(p12, dataOf(payload.value(QStringLiteral("PayloadContent")))));
            const ProcessResult info
                = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                              QStringLiteral("pass:") + QString::fromUtf8(kProfilePassword), QStringLiteral("-nodes")});
            QVERIFY2(info.ok(), info.describe().constData());
        }
        QCOMPARE(passwords, 1);
        auto audit = m_ws->recentAudit(1);
        SIGNET_VERIFY_OK(audit);
        QCOMPARE(audit->first().details, QStringLiteral("format=mobileconfig password=embedded"));
    }

    // Re-exporting replaces the profile on the device (same identifier), yet no UUID repeats.
    void sameIdentifierFreshUuids()
    {
        auto first = exportProfile(kClientName, kProfilePassword);
        auto second = exportProfile(kClientName, kProfilePassword);
        SIGNET_VERIFY_OK(first);
        SIGNET_VERIFY_OK(second);
        const QJsonObject a = parse(first->data, QStringLiteral("first.mobileconfig"));
        const QJsonObject b = parse(second->data, QStringLiteral("second.mobileconfig"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QCOMPARE(a.value(QStringLiteral("PayloadIdentifier")), b.value(QStringLiteral("PayloadIdentifier")));
        QSet<QString> uuids;
        for (const QJsonObject& top : {a, b}) {
            uuids.insert(top.value(QStringLiteral("PayloadUUID")).toString());
            for (const QJsonValue& value : top.value(QStringLiteral("PayloadContent")).toArray()) {
                uuids.insert(value.toObject().value(QStringLiteral("PayloadUUID")).toString());
            }
        }
        QCOMPARE(uuids.size(), 8);

        auto other = exportProfile(QStringLiteral("bob"), kProfilePassword);
        SIGNET_VERIFY_OK(other);
        const QJsonObject c = parse(other->data, QStringLiteral("bob.mobileconfig"));
        QVERIFY(c.value(QStringLiteral("PayloadIdentifier")) != a.value(QStringLiteral("PayloadIdentifier")));
    }

    // A client issued by the root itself: no intermediate payload; the organization is the CA's name.
    void directlyUnderRoot()
    {
        auto exported = exportProfile(QStringLiteral("bob"), kProfilePassword);
        SIGNET_VERIFY_OK(exported);
        const QJsonObject top = parse(exported->data, QStringLiteral("bob.mobileconfig"));
        QVERIFY(!top.isEmpty());
        QCOMPARE(top.value(QStringLiteral("PayloadOrganization")).toString(), QStringLiteral("Plain Root"));
        QStringList types;
        for (const QJsonValue& value : top.value(QStringLiteral("PayloadContent")).toArray()) {
            types << value.toObject().value(QStringLiteral("PayloadType")).toString();
        }
        QCOMPARE(types, (QStringList{kRootPayload, kIdentityPayload}));
    }

    // Without the root (a chain the workspace holds only in part) there is no root to trust.
    void chainWithoutRoot()
    {
        auto chain = makeChain(QStringLiteral("ec:p256"));
        SIGNET_VERIFY_OK(chain);
        const std::vector<MobileConfig::Link> links{{&chain->leaf.cert, QStringLiteral("leaf")},
                                                    {&chain->intermediate.cert, QStringLiteral("inter")}};
        auto built = MobileConfig::build(links, chain->leaf.key, {kProfilePassword, false});
        SIGNET_VERIFY_OK(built);
        const QJsonObject top = parse(*built, QStringLiteral("partial.mobileconfig"));
        QStringList types;
        for (const QJsonValue& value : top.value(QStringLiteral("PayloadContent")).toArray()) {
            types << value.toObject().value(QStringLiteral("PayloadType")).toString();
        }
        QCOMPARE(types, (QStringList{kCertPayload, kIdentityPayload}));
        QCOMPARE(MobileConfig::profileIdentifier(chain->leaf.cert),
                 top.value(QStringLiteral("PayloadIdentifier")).toString());

        QVERIFY(!MobileConfig::build(links, chain->leaf.key, {QByteArray(), false})); // never without a password
        QVERIFY(!MobileConfig::build(links, chain->intermediate.key, {kProfilePassword, false})); // wrong key
        QVERIFY(!MobileConfig::build({}, chain->leaf.key, {kProfilePassword, false}));
    }

    void needsTheKey()
    {
        // A certificate whose key the workspace does not hold: signed from a CSR.
        const QString csrKey = path(QStringLiteral("csr.key"));
        const QString csr = path(QStringLiteral("req.csr"));
        const ProcessResult req = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                              QStringLiteral("-keyout"), csrKey, QStringLiteral("-out"), csr,
                                              QStringLiteral("-subj"), QStringLiteral("/CN=carol")});
        QVERIFY2(req.ok(), req.describe().constData());
        CsrOptions options;
        options.ca = CertificateRef::typed(kInterName);
        options.csr = readFile(csr);
        options.profile = Profile::Client;
        options.name = QStringLiteral("carol");
        SIGNET_VERIFY_OK(m_ws->signCsr(options));
        auto exported = exportProfile(QStringLiteral("carol"));
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(QStringLiteral("no private key")),
                 qPrintable(exported.error().toString()));
    }
};

QTEST_GUILESS_MAIN(tst_MobileConfig)
#include "tst_MobileConfig.moc"
