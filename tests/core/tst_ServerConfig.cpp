// The pieces server configurations are made of: one-pass templates, each server's quoting, subject
// rules, the client scope (which CAs a configuration trusts and admits), and the count of
// revocations that no CRL lists yet.

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "export/ConfigSyntax.h"
#include "export/ServerConfigSpec.h"
#include "export/TextTemplate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using signet::test::fixedNow;

class tst_ServerConfig : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = fixedNow();

    std::unique_ptr<Workspace> makeWorkspace(const QString& name)
    {
        auto ws = Workspace::create(test::workspaceAt(m_dir.filePath(name)), "pw", [this] { return m_now; },
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        return ws ? std::move(ws).value() : nullptr;
    }

    static CaOptions ca(const QString& name, const QString& issuer)
    {
        return {name, DistinguishedName::fromCommonName(name), test::keySpec(QStringLiteral("ec:p256")), 0, CertificateRef::typed(issuer), -1, {}, {}};
    }

private slots:
    void templateValuesAreNeverReadAgain()
    {
        const QString out = fillTemplate(QStringLiteral("a @X@ b @Y@ c@"), {{QStringLiteral("X"), QStringLiteral("%1 @Y@")},
                                                                            {QStringLiteral("Y"), QStringLiteral("y")}});
        QCOMPARE(out, QStringLiteral("a %1 @Y@ b y c@"));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("nginx");
        QTest::addColumn<QString>("apache");
        QTest::addColumn<QString>("haproxy");
        QTest::newRow("plain") << QStringLiteral("/etc/site%6x/a.pem") << QStringLiteral("/etc/site%6x/a.pem")
                               << QStringLiteral("/etc/site%6x/a.pem") << QStringLiteral("/etc/site%6x/a.pem");
        QTest::newRow("space") << QStringLiteral("/a b") << QStringLiteral("\"/a b\"") << QStringLiteral("\"/a b\"")
                               << QStringLiteral("\"/a b\"");
        QTest::newRow("quote") << QStringLiteral("/a\"b") << QStringLiteral("\"/a\\\"b\"") << QString()
                               << QStringLiteral("\"/a\\\"b\"");
        QTest::newRow("dollar") << QStringLiteral("/a$b") << QString() << QStringLiteral("\"/a$b\"")
                                << QStringLiteral("\"/a\\$b\"");
        QTest::newRow("env") << QStringLiteral("/a${X}") << QString() << QString() << QStringLiteral("\"/a\\${X}\"");
        QTest::newRow("newline") << QStringLiteral("/a\nb") << QString() << QString() << QString();
        QTest::newRow("semicolon") << QStringLiteral("/a;b") << QStringLiteral("\"/a;b\"") << QStringLiteral("\"/a;b\"")
                                   << QStringLiteral("\"/a;b\"");
    }

    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, nginx);
        QFETCH(QString, apache);
        QFETCH(QString, haproxy);
        const auto expect = [](const Result<QString>& got, const QString& want) {
            if (want.isEmpty()) {
                QVERIFY2(!got, qPrintable(got ? *got : QString()));
                QVERIFY(got.error().message.contains(QStringLiteral("cannot carry")));
            } else {
                QVERIFY2(got, qPrintable(got ? QString() : got.error().toString()));
                QCOMPARE(*got, want);
            }
        };
        expect(ConfigSyntax::nginxString(value, false), nginx);
        expect(ConfigSyntax::apacheArgument(value), apache);
        expect(ConfigSyntax::haproxyString(value), haproxy);
        QVERIFY(!ConfigSyntax::jsString(value).contains(QLatin1Char('\n')));
    }

    void apacheExpressionStrings()
    {
        QCOMPARE(*ConfigSyntax::apacheExprString(QStringLiteral("O=Acme\\, Inc.")), QStringLiteral("'O=Acme\\\\, Inc.'"));
        QCOMPARE(*ConfigSyntax::apacheExprString(QStringLiteral("it's")), QStringLiteral("'it\\'s'"));
        QVERIFY(!ConfigSyntax::apacheExprString(QStringLiteral("a\"b")));
        QCOMPARE(ConfigSyntax::jsString(QStringLiteral("a\"b\\c\u2028")), QStringLiteral("\"a\\\"b\\\\c\\u2028\""));
    }

    void subjectRules()
    {
        auto rule = SubjectRule::parse(QStringLiteral("ou = Staff| Dev |Staff"));
        SIGNET_VERIFY_OK(rule);
        QCOMPARE(rule->attribute, QStringLiteral("OU"));
        QCOMPARE(rule->values, (QStringList{QStringLiteral("Staff"), QStringLiteral("Dev")}));
        QCOMPARE(rule->toString(), QStringLiteral("OU=Staff|Dev"));
        for (const char* bad : {"Staff", "=x", "SN=x", "OU=", "OU=a|", "OU=Acme, Inc.", "OU=a\"b", "OU=(x)"}) {
            QVERIFY2(!SubjectRule::parse(QString::fromUtf8(bad)), bad);
        }
    }

    // Root -> A -> B, Root -> C: a configuration for A trusts A, Root and B, admits A and B, and
    // checks chains as long as B's clients have.
    void scopeCoversTheSubtree()
    {
        auto ws = makeWorkspace(QStringLiteral("scope.signet"));
        QVERIFY(ws);
        for (const auto& [name, issuer] : {std::pair{"Root", ""}, {"A", "Root"}, {"B", "A"}, {"C", "Root"}}) {
            SIGNET_VERIFY_OK(ws->createCa(ca(QString::fromLatin1(name), QString::fromLatin1(issuer))));
        }
        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("A"));
        server.dnsNames = {QStringLiteral("web.example")};
        SIGNET_VERIFY_OK(ws->issue(server));
        ServerConfigOptions options;
        options.serverCert = CertificateRef::typed(QStringLiteral("web.example"));
        options.clientCa = CertificateRef::typed(QStringLiteral("A"));
        options.outDir = m_dir.filePath(QStringLiteral("never-written"));
        auto preview = ws->previewServerConfig(options);
        SIGNET_VERIFY_OK(preview);
        QCOMPARE(preview->admission.value(0),
                 QStringLiteral("Admits only client certificates issued by \"A\" or by a CA below it (\"B\")."));
        QCOMPARE(preview->verifyDepth, 3);
        QVERIFY(preview->problems.isEmpty());
        QVERIFY(!QFileInfo::exists(options.outDir));
        QVERIFY(preview->snippet.contains(QStringLiteral("    CN=A 1;\n    CN=B 1;\n}")));
        QVERIFY(!preview->snippet.contains(QStringLiteral("CN=C")));
        QVERIFY(!preview->snippet.contains(QStringLiteral("CN=Root 1;")));

        SIGNET_VERIFY_OK(ws->revoke(CertificateRef::typed(QStringLiteral("A")), RevocationReason::CaCompromise));
        preview = ws->previewServerConfig(options);
        SIGNET_VERIFY_OK(preview);
        QCOMPARE(preview->problems.size(), 1);
        auto written = ws->writeServerConfig(options);
        QVERIFY(!written);
        QVERIFY(written.error().forceable);
        QVERIFY(!QFileInfo::exists(options.outDir));
        options.force = true;
        SIGNET_VERIFY_OK(ws->writeServerConfig(options));
        QVERIFY(QFileInfo::exists(options.outDir + QStringLiteral("/nginx.conf")));
    }

    void unpublishedRevocationsCount()
    {
        auto ws = makeWorkspace(QStringLiteral("pending.signet"));
        QVERIFY(ws);
        SIGNET_VERIFY_OK(ws->createCa(ca(QStringLiteral("Root"), {})));
        SIGNET_VERIFY_OK(ws->createCa(ca(QStringLiteral("A"), QStringLiteral("Root"))));
        for (const char* who : {"u1", "u2", "u3"}) {
            LeafOptions client;
            client.ca = CertificateRef::typed(QStringLiteral("A"));
            client.profile = Profile::Client;
            client.subject = DistinguishedName::fromCommonName(QString::fromLatin1(who));
            SIGNET_VERIFY_OK(ws->issue(client));
        }
        QVERIFY(ws->unpublishedRevocations()->isEmpty());
        SIGNET_VERIFY_OK(ws->revoke(CertificateRef::typed(QStringLiteral("u1")), RevocationReason::KeyCompromise));
        SIGNET_VERIFY_OK(ws->revoke(CertificateRef::typed(QStringLiteral("u2")), RevocationReason::KeyCompromise));
        auto pending = ws->unpublishedRevocations();
        SIGNET_VERIFY_OK(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->front().count, 2);
        SIGNET_VERIFY_OK(ws->publishCrl(CertificateRef::typed(QStringLiteral("A")), 7));
        QVERIFY(ws->unpublishedRevocations()->isEmpty());
        // Revoked within the same second as the CRL was signed: still counted, since the CRL's count
        // of revocations, not its time, decides.
        SIGNET_VERIFY_OK(ws->revoke(CertificateRef::typed(QStringLiteral("u3")), RevocationReason::KeyCompromise));
        pending = ws->unpublishedRevocations();
        SIGNET_VERIFY_OK(pending);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->front().count, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ServerConfig)

#include "tst_ServerConfig.moc"
