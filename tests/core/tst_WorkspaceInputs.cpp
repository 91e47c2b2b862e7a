// Untrusted input through the Workspace: references that could mean two certificates, names and
// DN values with control characters, and requests whose names or keys 'issue' would never make.
// Every refusal leaves the workspace as it was.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "crypto/Certificate.h"
#include "pki/Linter.h"

#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

namespace {
const KeyVault::KdfParams kFastKdf{1u << 10, 8, 1};
const QByteArray kPassword = QByteArrayLiteral("workspace inputs");

QStringList ruleIds(const QList<LintFinding>& findings)
{
    QStringList ids;
    for (const LintFinding& f : findings) {
        ids << f.ruleId;
    }
    return ids;
}
} // namespace

class tst_WorkspaceInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_made = 0;

    qint64 count() { return m_ws->count({}).value(); }
    qint64 auditCount() { return m_ws->recentAudit(100000).value().size(); }

    // A request by `openssl req` for a key made with `openssl genpkey genpkeyArgs...`.
    QByteArray csr(const QStringList& genpkeyArgs, const QString& subject, const QString& san = {})
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("k.pem"));
        const auto made = runOpenssl(QStringList{QStringLiteral("genpkey")} + genpkeyArgs
                                     + QStringList{QStringLiteral("-out"), key});
        if (!made.ok()) {
            qWarning("%s", made.describe().constData());
            return {};
        }
        QStringList args{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key,
                         QStringLiteral("-subj"), subject};
        if (!san.isEmpty()) {
            args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + san;
        }
        const auto req = runOpenssl(args);
        if (!req.ok()) {
            qWarning("%s", req.describe().constData());
        }
        return req.out;
    }
    QByteArray ecCsr(const QString& subject, const QString& san = {})
    {
        return csr({QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256")},
                   subject, san);
    }

    CsrOptions csrOptions(const QByteArray& request, Profile profile = Profile::Server)
    {
        CsrOptions options;
        options.ca = CertificateRef::typed(QStringLiteral("Lab"));
        options.csr = request;
        options.profile = profile;
        return options;
    }

    // Refused with `part` in the message, and neither a certificate nor an audit record added.
    template <typename R>
    void verifyRefused(const R& result, const QString& part)
    {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(part), qPrintable(result.error().toString()));
    }

private slots:
    void init()
    {
        // One workspace per function and data row.
        const QString file = QStringLiteral("%1-%2.signet").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(++m_made);
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(file)), kPassword, [] { return fixedNow(); }, kFastKdf);
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        QVERIFY2(!opensslProgram().isEmpty(), "the openssl command is not installed");
        CaOptions root;
        root.name = QStringLiteral("Lab");
        root.subject = test::dn(QStringLiteral("CN=Lab Root"));
        SIGNET_VERIFY_OK(m_ws->createCa(root));
    }
    void cleanup() { m_ws.reset(); }

    // A server CSR without SANs gets its CN as the one name, read as a typed name is.
    void csrCommonNameBecomesItsName_data()
    {
        QTest::addColumn<QString>("cn");
        QTest::addColumn<QString>("san"); // empty: refused
        QTest::newRow("upper case") << QStringLiteral("WWW.Example.TEST") << QStringLiteral("DNS:www.example.test");
        QTest::newRow("trailing dot") << QStringLiteral("Shop.Example.TEST.") << QStringLiteral("DNS:shop.example.test");
        QTest::newRow("address") << QStringLiteral("192.168.1.10") << QStringLiteral("IP:192.168.1.10");
        QTest::newRow("mistyped address") << QStringLiteral("999.1.1.1") << QString();
        QTest::newRow("words") << QStringLiteral("My Server") << QString();
    }
    void csrCommonNameBecomesItsName()
    {
        QFETCH(QString, cn);
        QFETCH(QString, san);
        const qint64 before = count();
        auto signedCsr = m_ws->signCsr(csrOptions(ecCsr(QStringLiteral("/CN=") + cn)));
        if (san.isEmpty()) {
            verifyRefused(signedCsr, QStringLiteral("neither a host name nor an IP address"));
            QCOMPARE(count(), before);
            return;
        }
        SIGNET_VERIFY_OK(signedCsr);
        QCOMPARE(signedCsr->record.sans, QStringList{san});
    }

    // D20: a request whose CN is another certificate's serial cannot take over that serial.
    void nameCannotShadowSerial()
    {
        LeafOptions user;
        user.ca = CertificateRef::typed(QStringLiteral("Lab"));
        user.profile = Profile::Client;
        user.subject = DistinguishedName::fromCommonName(QStringLiteral("user3"));
        auto user3 = m_ws->issue(user);
        SIGNET_VERIFY_OK(user3);

        CsrOptions options = csrOptions(ecCsr(QStringLiteral("/CN=") + user3->record.serial), Profile::Client);
        auto attacker = m_ws->signCsr(options);
        SIGNET_VERIFY_OK(attacker);
        QCOMPARE(attacker->record.name, user3->record.serial + QStringLiteral(" (name)"));
        QCOMPARE(m_ws->find(CertificateRef::typed(user3->record.serial)).value().id, user3->record.id);
        QCOMPARE(m_ws->find(CertificateRef::typed(user3->record.serial.toLower())).value().id, user3->record.id);

        // Given explicitly, such names are refused, and nothing is stored.
        const qint64 before = count();
        const qint64 audits = auditCount();
        options.name = user3->record.serial;
        verifyRefused(m_ws->signCsr(options), QStringLiteral("would read as a serial number"));
        user.name = QStringLiteral("id:1");
        verifyRefused(m_ws->issue(user), QStringLiteral("id:"));
        CaOptions ca;
        ca.name = QStringLiteral("0A:1B:2C");
        ca.subject = test::dn(QStringLiteral("CN=Sub"));
        ca.issuer = CertificateRef::typed(QStringLiteral("Lab"));
        verifyRefused(m_ws->createCa(ca), QStringLiteral("would read as a serial number"));
        QCOMPARE(count(), before);
        QCOMPARE(auditCount(), audits);
    }

    // D15: names and DN values with control characters are refused; a request's are too.
    void controlCharactersRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("message");
        QTest::newRow("name newline") << QStringLiteral("eve\n2025-06-01T12:00:00Z  revoke  alice") << QStringLiteral("eve")
                                      << QString() << QStringLiteral("control characters");
        QTest::newRow("name escape") << QStringLiteral("eve\x1b]0;pwned\x07") << QStringLiteral("eve") << QString()
                                     << QStringLiteral("control characters");
        QTest::newRow("cn newline") << QString() << QStringLiteral("eve\nforged") << QString()
                                    << QStringLiteral("the subject's CN value contains control characters");
        QTest::newRow("subject escape") << QString() << QString() << QStringLiteral("CN=eve\x1b[2J,O=Lab")
                                        << QStringLiteral("the subject's CN value contains control characters");
        QTest::newRow("subject bidi") << QString() << QString()
                                      << (QStringLiteral("CN=eve,O=Lab") + QChar(0x202e))
                                      << QStringLiteral("the subject's O value contains control characters");
    }
    void controlCharactersRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, commonName);
        QFETCH(QString, subject);
        QFETCH(QString, message);
        const qint64 before = count();
        const qint64 audits = auditCount();
        LeafOptions options;
        options.ca = CertificateRef::typed(QStringLiteral("Lab"));
        options.profile = Profile::Client;
        options.name = name;
        options.subject = subject.isEmpty() ? DistinguishedName::fromCommonName(commonName) : test::dn(subject);
        verifyRefused(m_ws->issue(options), message);
        QCOMPARE(count(), before);
        QCOMPARE(auditCount(), audits);
    }

    void requestWithControlCharactersRefused()
    {
        const qint64 before = count();
        verifyRefused(m_ws->signCsr(csrOptions(ecCsr(QStringLiteral("/CN=eve\x1b[2J"), QStringLiteral("DNS:eve.example")))),
                      QStringLiteral("control characters"));
        QCOMPARE(count(), before);
    }

    // D19: what a request names is held to the rules 'issue' applies; --force overrides, and lint
    // reports the same rules on the certificate.
    void requestNamesLinted_data()
    {
        QTest::addColumn<QString>("san");
        QTest::addColumn<QString>("rule");
        QTest::newRow("space") << QStringLiteral("DNS:ex ample.com") << QStringLiteral("rfc5280.san.dns");
        QTest::newRow("two wildcards") << QStringLiteral("DNS:*.*.com") << QStringLiteral("rfc5280.san.dns");
        QTest::newRow("empty label") << QStringLiteral("DNS:a_b..c") << QStringLiteral("rfc5280.san.dns");
        QTest::newRow("javascript") << QStringLiteral("DNS:ok.example,URI:javascript:alert(1)")
                                    << QStringLiteral("signet.san.uri");
        QTest::newRow("email") << QStringLiteral("DNS:ok.example,email:a b@example.com") << QStringLiteral("rfc5280.san.email");
    }
    void requestNamesLinted()
    {
        QFETCH(QString, san);
        QFETCH(QString, rule);
        const QByteArray request = ecCsr(QStringLiteral("/CN=request"), san);
        QVERIFY(!request.isEmpty());
        const qint64 before = count();
        CsrOptions options = csrOptions(request);
        auto refused = m_ws->signCsr(options);
        verifyRefused(refused, rule);
        const QList<LintFinding> findings = refused.error().findings;
        QVERIFY2(ruleIds(Linter::errors(findings)).contains(rule), qPrintable(ruleIds(findings).join(u',')));
        QCOMPARE(count(), before);

        options.force = true;
        auto forced = m_ws->signCsr(options);
        SIGNET_VERIFY_OK(forced);
        const auto cert = m_ws->certificate(forced->record);
        SIGNET_VERIFY_OK(cert);
        QVERIFY(ruleIds(Linter::lint(*cert, nullptr)).contains(rule));
    }

    // D19: keys that 'issue' cannot make are refused for 'sign' too, even with force.
    void requestKeysRefused_data()
    {
        QTest::addColumn<QStringList>("genpkey");
        QTest::addColumn<QString>("kind");
        QTest::newRow("secp256k1") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("ec_paramgen_curve:secp256k1")}
                                   << QStringLiteral("secp256k1");
        QTest::newRow("ed448") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("ED448")} << QStringLiteral("Ed448");
        QTest::newRow("rsa 1024") << QStringList{QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                                 QStringLiteral("rsa_keygen_bits:1024")}
                                  << QStringLiteral("RSA 1024");
    }
    void requestKeysRefused()
    {
        QFETCH(QStringList, genpkey);
        QFETCH(QString, kind);
        const QByteArray request = csr(genpkey, QStringLiteral("/CN=weak.example"), QStringLiteral("DNS:weak.example"));
        QVERIFY(!request.isEmpty());
        const qint64 before = count();
        CsrOptions options = csrOptions(request);
        options.force = true;
        verifyRefused(m_ws->signCsr(options), kind);
        QVERIFY(m_ws->signCsr(options).error().message.contains(QStringLiteral("Signet does not certify this key")));
        QCOMPARE(count(), before);
    }

    void dsaRequestRefused()
    {
        QTemporaryDir dir;
        const QString params = dir.filePath(QStringLiteral("dsa.param"));
        QVERIFY(runOpenssl({QStringLiteral("genpkey"), QStringLiteral("-genparam"), QStringLiteral("-algorithm"),
                            QStringLiteral("DSA"), QStringLiteral("-pkeyopt"), QStringLiteral("dsa_paramgen_bits:1024"),
                            QStringLiteral("-out"), params})
                    .ok());
        const QByteArray request = csr({QStringLiteral("-paramfile"), params}, QStringLiteral("/CN=dsa.example"),
                                       QStringLiteral("DNS:dsa.example"));
        QVERIFY(!request.isEmpty());
        CsrOptions options = csrOptions(request);
        options.force = true;
        verifyRefused(m_ws->signCsr(options), QStringLiteral("DSA"));
    }

    // The keys 'issue' makes stay welcome.
    void supportedRequestKeys()
    {
        auto ed = m_ws->signCsr(csrOptions(csr({QStringLiteral("-algorithm"), QStringLiteral("ED25519")},
                                                QStringLiteral("/CN=ed.example"), QStringLiteral("DNS:ed.example")),
                                            Profile::Client));
        SIGNET_VERIFY_OK(ed);
        auto rsa = m_ws->signCsr(csrOptions(csr({QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("rsa_keygen_bits:2048")},
                                                 QStringLiteral("/CN=rsa.example"), QStringLiteral("DNS:rsa.example"))));
        SIGNET_VERIFY_OK(rsa);
        auto p384 = m_ws->signCsr(csrOptions(csr({QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                                                   QStringLiteral("ec_paramgen_curve:P-384")},
                                                  QStringLiteral("/CN=p384.example"), QStringLiteral("DNS:p384.example"))));
        SIGNET_VERIFY_OK(p384);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceInputs)
#include "tst_WorkspaceInputs.moc"
