// Import, with inputs written by the real `openssl` command at test time: every file shape an
// administrator brings (PEM mixes, DER, PKCS#8 plain and encrypted, traditional RSA, CSRs, CRLs,
// junk), then the workspace side: an existing CA made with openssl goes on issuing from Signet.

#include "TestEngine.h"
#include "TestSupport.h"

#include "Workspace.h"
#include "import/ImportParser.h"
#include "pki/Clock.h"

#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kWorkspacePassword = QByteArrayLiteral("import test workspace");
const QByteArray kKeyPassword = QByteArrayLiteral("import-secret");
} // namespace

class tst_ImportParser : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs openssl in the temp folder; records a failure (with openssl's words) when it fails.
    bool openssl(const QStringList& arguments)
    {
        const ProcessResult result = runOpenssl(arguments, m_dir.path());
        if (!result.ok()) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << result.describe();
        }
        return result.ok();
    }

    bool concatenate(const QStringList& parts, const QString& target)
    {
        QByteArray all;
        for (const QString& part : parts) {
            all += readFile(path(part));
        }
        return writeFile(path(target), all);
    }

    std::unique_ptr<Workspace> newWorkspace()
    {
        const QString file = path(QStringLiteral("ws-%1.signet").arg(++m_workspaces));
        auto ws = Workspace::create(test::workspaceAt(file), kWorkspacePassword, systemClock(), kFastKdf);
        if (!ws) {
            qWarning().noquote() << ws.error().toString();
            return nullptr;
        }
        return std::move(ws).value();
    }

    // A self-signed CA as `openssl req` makes one for people who never heard of Signet.
    bool makeOpensslCa(const QString& stem, const QString& cn)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + cn, QStringLiteral("-days"),
                        QStringLiteral("3650"), QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                        stem + QStringLiteral(".key"), QStringLiteral("-out"), stem + QStringLiteral(".pem")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is needed (the README's test command installs it)");
        const auto s = [](const char* text) { return QString::fromLatin1(text); };

        // One EC key in every encoding, and what it signs.
        QVERIFY(openssl({s("genpkey"), s("-algorithm"), s("EC"), s("-pkeyopt"), s("ec_paramgen_curve:P-256"),
                         s("-out"), s("ec.key")}));
        QVERIFY(openssl({s("pkey"), s("-in"), s("ec.key"), s("-pubout"), s("-outform"), s("DER"), s("-out"),
                         s("ec.pub.der")}));
        QVERIFY(openssl({s("pkcs8"), s("-topk8"), s("-nocrypt"), s("-in"), s("ec.key"), s("-outform"), s("DER"),
                         s("-out"), s("ec.key.der")}));
        QVERIFY(openssl({s("pkcs8"), s("-topk8"), s("-v2"), s("aes-256-cbc"), s("-in"), s("ec.key"), s("-passout"),
                         QStringLiteral("pass:") + QString::fromLatin1(kKeyPassword), s("-out"), s("ec.enc.key")}));
        QVERIFY(readFile(path(s("ec.enc.key"))).contains("BEGIN ENCRYPTED PRIVATE KEY"));
        QVERIFY(openssl({s("req"), s("-x509"), s("-key"), s("ec.key"), s("-subj"), s("/CN=Import Test"), s("-days"),
                         s("30"), s("-out"), s("cert.pem")}));
        QVERIFY(openssl({s("x509"), s("-in"), s("cert.pem"), s("-outform"), s("DER"), s("-out"), s("cert.der")}));
        QVERIFY(openssl({s("req"), s("-new"), s("-key"), s("ec.key"), s("-subj"), s("/CN=Import Request"), s("-out"),
                         s("csr.pem")}));
        QVERIFY(openssl({s("req"), s("-in"), s("csr.pem"), s("-outform"), s("DER"), s("-out"), s("csr.der")}));

        // `openssl ca -gencrl` wants a database and a CRL number file.
        QVERIFY(writeFile(path(s("index.txt")), {}));
        QVERIFY(writeFile(path(s("crlnumber")), "01\n"));
        QVERIFY(writeFile(path(s("ca.cnf")), "[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\ncrlnumber = crlnumber\n"
                                              "default_md = sha256\ndefault_crl_days = 30\n"));
        QVERIFY(openssl({s("ca"), s("-gencrl"), s("-config"), s("ca.cnf"), s("-keyfile"), s("ec.key"), s("-cert"),
                         s("cert.pem"), s("-out"), s("crl.pem")}));
        QVERIFY(concatenate({s("cert.pem"), s("ec.key"), s("csr.pem"), s("crl.pem")}, s("mixed.pem")));

        QVERIFY(openssl({s("genrsa"), s("-traditional"), s("-out"), s("rsa.key"), s("2048")}));
        QVERIFY(readFile(path(s("rsa.key"))).contains("BEGIN RSA PRIVATE KEY"));
        QVERIFY(openssl({s("pkey"), s("-in"), s("rsa.key"), s("-pubout"), s("-outform"), s("DER"), s("-out"),
                         s("rsa.pub.der")}));

        QVERIFY(openssl({s("pkcs12"), s("-export"), s("-in"), s("cert.pem"), s("-inkey"), s("ec.key"), s("-passout"),
                         QStringLiteral("pass:") + QString::fromLatin1(kKeyPassword), s("-out"), s("openssl.p12")}));
        // Files that would make key derivation run one iteration past what Signet accepts: in the
        // key's PBKDF2, and in the key bag of a PKCS#12 file whose certificates are not encrypted.
        QVERIFY(openssl({s("pkcs8"), s("-topk8"), s("-v2"), s("aes-256-cbc"), s("-iter"), s("1000001"), s("-in"),
                         s("ec.key"), s("-passout"), QStringLiteral("pass:") + QString::fromLatin1(kKeyPassword),
                         s("-out"), s("costly.enc.key")}));
        QVERIFY(openssl({s("pkcs12"), s("-export"), s("-in"), s("cert.pem"), s("-inkey"), s("ec.key"), s("-certpbe"),
                         s("NONE"), s("-iter"), s("1000001"), s("-passout"),
                         QStringLiteral("pass:") + QString::fromLatin1(kKeyPassword), s("-out"), s("costly.p12")}));
        QVERIFY(openssl({s("rand"), s("-out"), s("random.bin"), s("512")}));
        QVERIFY(writeFile(path(s("empty.pem")), {}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("certificates");  // each one must be cert.der
        QTest::addColumn<QString>("keyPublic");  // DER of the expected key's public half; empty: no key
        QTest::addColumn<QStringList>("skipped"); // the n-th skipped line contains the n-th of these
        QTest::addColumn<QString>("error");      // empty: parse must succeed

        const QString ec = QStringLiteral("ec.pub.der");
        const QString none;
        QTest::newRow("PEM certificate") << "cert.pem" << QByteArray() << 1 << none << QStringList() << none;
        QTest::newRow("DER certificate") << "cert.der" << QByteArray() << 1 << none << QStringList() << none;
        QTest::newRow("PEM cert + key + CSR + CRL")
            << "mixed.pem" << QByteArray() << 1 << ec
            << QStringList{QStringLiteral("a certificate request; sign it")} << none;
        QTest::newRow("PKCS#8 PEM key") << "ec.key" << QByteArray() << 0 << ec << QStringList() << none;
        QTest::newRow("encrypted PKCS#8, right password")
            << "ec.enc.key" << kKeyPassword << 0 << ec << QStringList() << none;
        QTest::newRow("encrypted PKCS#8, no password")
            << "ec.enc.key" << QByteArray() << 0 << none << QStringList() << "no password was given";
        QTest::newRow("encrypted PKCS#8, wrong password")
            << "ec.enc.key" << QByteArrayLiteral("guess") << 0 << none << QStringList() << "wrong password";
        QTest::newRow("traditional RSA key")
            << "rsa.key" << QByteArray() << 0 << "rsa.pub.der" << QStringList() << none;
        QTest::newRow("DER PKCS#8 key") << "ec.key.der" << QByteArray() << 0 << ec << QStringList() << none;
        QTest::newRow("PKCS#12 by openssl") << "openssl.p12" << kKeyPassword << 1 << ec << QStringList() << none;
        QTest::newRow("encrypted PKCS#8 of 1,000,001 iterations")
            << "costly.enc.key" << kKeyPassword << 0 << none << QStringList() << "1000001 iterations";
        QTest::newRow("PKCS#12 key bag of 1,000,001 iterations")
            << "costly.p12" << kKeyPassword << 0 << none << QStringList() << "1000001 iterations";
        QTest::newRow("DER CSR") << "csr.der" << QByteArray() << 0 << none
                                 << QStringList{QStringLiteral("a certificate request; sign it with a CA")}
                                 << none;
        QTest::newRow("random bytes") << "random.bin" << QByteArray() << 0 << none << QStringList()
                                      << "is not a certificate, private key or PKCS#12";
        QTest::newRow("empty file") << "empty.pem" << QByteArray() << 0 << none << QStringList() << "is empty";
    }

    void parse()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(int, certificates);
        QFETCH(QString, keyPublic);
        QFETCH(QStringList, skipped);
        QFETCH(QString, error);

        const QByteArray data = readFile(path(file));
        QCOMPARE(data.isEmpty(), file == QLatin1String("empty.pem"));
        auto parsed = ImportParser::parse(data, file, password);
        if (!error.isEmpty()) {
            QVERIFY2(!parsed, "parsing should have failed");
            const QString message = parsed.error().message;
            QVERIFY2(message.contains(error), qPrintable(message));
            QVERIFY2(message.contains(file), qPrintable(message)); // the person learns which file it was
            return;
        }
        SIGNET_VERIFY_OK(parsed);
        QCOMPARE(int(parsed->certificates.size()), certificates);
        for (const Certificate& cert : parsed->certificates) {
            QCOMPARE(cert.toDer(), readFile(path(QStringLiteral("cert.der"))));
        }
        QCOMPARE(parsed->keys.size(), std::size_t(keyPublic.isEmpty() ? 0 : 1));
        if (!keyPublic.isEmpty()) {
            const QByteArray expected = readFile(path(keyPublic));
            QVERIFY(!expected.isEmpty());
            QCOMPARE(parsed->keys.front().publicKeyDer(), expected);
        }
        // A CRL is read (import keeps it for a CA whose key is elsewhere): only the mixed file has one.
        QCOMPARE(parsed->crls.size(), std::size_t(file == QLatin1String("mixed.pem") ? 1 : 0));
        QCOMPARE(parsed->skipped.size(), skipped.size());
        for (qsizetype i = 0; i < skipped.size(); ++i) {
            QVERIFY2(parsed->skipped.at(i).contains(skipped.at(i)), qPrintable(parsed->skipped.at(i)));
            QVERIFY2(parsed->skipped.at(i).startsWith(file), qPrintable(parsed->skipped.at(i)));
        }
    }

    void existingCaKeepsIssuing()
    {
        QVERIFY(makeOpensslCa(QStringLiteral("legacy"), QStringLiteral("Legacy CA")));
        auto ws = newWorkspace();
        QVERIFY(ws);
        ImportOptions options;
        options.name = QStringLiteral("Legacy");
        auto report = ws->importFiles({path(QStringLiteral("legacy.pem")), path(QStringLiteral("legacy.key"))}, options);
        SIGNET_VERIFY_OK(report);
        QCOMPARE(report->certificateNames(), QStringList{QStringLiteral("Legacy")});
        QCOMPARE(report->keysAttached, QStringList{QStringLiteral("Legacy")});
        QVERIFY2(report->skipped.isEmpty(), qPrintable(report->skipped.join(QLatin1Char('\n'))));

        auto ca = ws->find(CertificateRef::typed(QStringLiteral("Legacy")));
        SIGNET_VERIFY_OK(ca);
        QVERIFY(ca->isCa);
        QCOMPARE(ca->profile, Profile::RootCa);
        QVERIFY(ca->keyId.has_value());
        QVERIFY(!ca->issuerId.has_value());
        QCOMPARE(ca->commonName, QStringLiteral("Legacy CA"));

        LeafOptions leafOptions;
        leafOptions.ca = CertificateRef::typed(QStringLiteral("Legacy"));
        leafOptions.dnsNames = {QStringLiteral("app.legacy.test")};
        auto leaf = ws->issue(leafOptions);
        SIGNET_VERIFY_OK(leaf);
        QCOMPARE(leaf->record.issuerId, std::optional<qint64>(ca->id));
        auto leafCert = ws->certificate(leaf->record);
        SIGNET_VERIFY_OK(leafCert);
        QVERIFY(writeFile(path(QStringLiteral("legacy-leaf.pem")), leafCert->toPem()));
        const ProcessResult verify = runOpenssl({QStringLiteral("verify"), QStringLiteral("-CAfile"),
                                                 QStringLiteral("legacy.pem"), QStringLiteral("legacy-leaf.pem")},
                                                m_dir.path());
        QVERIFY2(verify.ok(), verify.describe().constData());
        QCOMPARE(verify.out.trimmed(), QByteArrayLiteral("legacy-leaf.pem: OK"));

        // The same certificate again: reported, not duplicated.
        const CertificateRepository::Filter all;
        auto before = ws->count(all);
        SIGNET_VERIFY_OK(before);
        auto again = ws->importFiles({path(QStringLiteral("legacy.pem"))}, {});
        QVERIFY2(!again, "importing only what is already there must say so");
        QVERIFY2(again.error().message.contains(QStringLiteral("'Legacy' is already in the workspace")),
                 qPrintable(again.error().toString()));
        auto afterAgain = ws->count(all);
        SIGNET_VERIFY_OK(afterAgain);
        QCOMPARE(*afterAgain, *before);

        // ... and alongside something new: the new one lands, the old one is listed as skipped.
        auto mixed = ws->importFiles({path(QStringLiteral("legacy.pem")), path(QStringLiteral("cert.pem"))}, {});
        SIGNET_VERIFY_OK(mixed);
        QCOMPARE(mixed->certificateNames(), QStringList{QStringLiteral("Import Test")});
        QCOMPARE(mixed->skipped, QStringList{QStringLiteral("'Legacy' is already in the workspace")});
        auto afterMixed = ws->count(all);
        SIGNET_VERIFY_OK(afterMixed);
        QCOMPARE(*afterMixed, *before + 1);
        auto byName = ws->list([] {
            CertificateRepository::Filter f;
            f.text = QStringLiteral("Legacy CA");
            return f;
        }());
        SIGNET_VERIFY_OK(byName);
        QCOMPARE(byName->size(), std::size_t(1));
    }

    void leafIsLinkedToItsIssuer_data()
    {
        QTest::addColumn<bool>("leafFirst");
        QTest::addColumn<bool>("separateImports");
        QTest::newRow("leaf listed before its issuer") << true << false;
        QTest::newRow("issuer listed before its leaf") << false << false;
        QTest::newRow("issuer imported later, on its own") << true << true;
    }

    void leafIsLinkedToItsIssuer()
    {
        QFETCH(bool, leafFirst);
        QFETCH(bool, separateImports);
        if (!QFile::exists(path(QStringLiteral("linked-leaf.pem")))) {
            QVERIFY(makeOpensslCa(QStringLiteral("linked-ca"), QStringLiteral("Linked CA")));
            QVERIFY(writeFile(path(QStringLiteral("leaf.ext")),
                              "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                              "extendedKeyUsage=clientAuth\nsubjectKeyIdentifier=hash\n"
                              "authorityKeyIdentifier=keyid\n"));
            QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                             QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                             QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=linked-leaf"),
                             QStringLiteral("-keyout"), QStringLiteral("linked-leaf.key"), QStringLiteral("-out"),
                             QStringLiteral("linked-leaf.csr")}));
            QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                             QStringLiteral("linked-leaf.csr"), QStringLiteral("-CA"), QStringLiteral("linked-ca.pem"),
                             QStringLiteral("-CAkey"), QStringLiteral("linked-ca.key"), QStringLiteral("-set_serial"),
                             QStringLiteral("4242"), QStringLiteral("-days"), QStringLiteral("30"),
                             QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
                             QStringLiteral("linked-leaf.pem")}));
        }
        const QString leafFile = path(QStringLiteral("linked-leaf.pem"));
        const QString caFile = path(QStringLiteral("linked-ca.pem"));

        auto ws = newWorkspace();
        QVERIFY(ws);
        if (separateImports) {
            auto first = ws->importFiles({leafFile}, {});
            SIGNET_VERIFY_OK(first);
            auto orphan = ws->find(CertificateRef::typed(QStringLiteral("linked-leaf")));
            SIGNET_VERIFY_OK(orphan);
            QVERIFY(!orphan->issuerId.has_value());
            auto second = ws->importFiles({caFile}, {});
            SIGNET_VERIFY_OK(second);
        } else {
            auto report =
                ws->importFiles(leafFirst ? QStringList{leafFile, caFile} : QStringList{caFile, leafFile}, {});
            SIGNET_VERIFY_OK(report);
            QCOMPARE(report->certificates.size(), 2);
        }
        auto ca = ws->find(CertificateRef::typed(QStringLiteral("Linked CA")));
        SIGNET_VERIFY_OK(ca);
        auto leaf = ws->find(CertificateRef::typed(QStringLiteral("linked-leaf")));
        SIGNET_VERIFY_OK(leaf);
        QVERIFY(!ca->issuerId.has_value());
        QVERIFY2(leaf->issuerId.has_value(), "the leaf was not linked to its issuer");
        QCOMPARE(*leaf->issuerId, ca->id);
        QCOMPARE(leaf->profile, Profile::Client);
        QVERIFY(!leaf->keyId.has_value());

        // Its key, in a later import, finds it.
        auto keyReport = ws->importFiles({path(QStringLiteral("linked-leaf.key"))}, {});
        SIGNET_VERIFY_OK(keyReport);
        QCOMPARE(keyReport->keysAttached, QStringList{QStringLiteral("linked-leaf")});
        auto withKey = ws->find(CertificateRef::typed(QStringLiteral("linked-leaf")));
        SIGNET_VERIFY_OK(withKey);
        QVERIFY(withKey->keyId.has_value());
    }
};

QTEST_GUILESS_MAIN(tst_ImportParser)
#include "tst_ImportParser.moc"
