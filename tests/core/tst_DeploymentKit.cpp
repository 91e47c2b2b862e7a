// The deployment kit: every file a server needs for mutual TLS with nginx, Apache and HAProxy in
// one folder, keys 0600, an executable test-mtls.sh that bash accepts, a README that says where
// each file goes, and one audit record. (tests/interop/test_kit.sh runs the script against nginx.)

#include "TestEngine.h"
#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "export/ConfigSyntax.h"
#include "export/DeploymentKitTemplates.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace signet;
using namespace signet::test;

namespace {
unsigned modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    return st.st_mode & 0777;
}
} // namespace

class tst_DeploymentKit : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    Result<CertificateRecord> createCa(const QString& name, const QString& issuer)
    {
        CaOptions options;
        options.name = name;
        options.subject = test::dn(QStringLiteral("CN=%1,O=Kit Tests").arg(name));
        options.key = test::keySpec(QStringLiteral("ec:p256"));
        options.issuer = CertificateRef::typed(issuer);
        auto created = m_ws->createCa(options);
        if (!created) {
            return created.error();
        }
        return created->record;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto ws = Workspace::create(test::workspaceAt(path(QStringLiteral("kit.signet"))), QByteArrayLiteral("kit"), systemClock(),
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        SIGNET_VERIFY_OK(createCa(QStringLiteral("Kit Root"), {}));
        SIGNET_VERIFY_OK(createCa(QStringLiteral("Kit Clients"), QStringLiteral("Kit Root")));
        SIGNET_VERIFY_OK(createCa(QStringLiteral("Other Clients"), QStringLiteral("Kit Root")));
        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Kit Clients"));
        server.name = QStringLiteral("web");
        server.dnsNames = {QStringLiteral("app.example.test"), QStringLiteral("www.example.test")};
        SIGNET_VERIFY_OK(m_ws->issue(server));
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void writesEverything()
    {
        DeploymentKitOptions options;
        options.serverCert = CertificateRef::typed(QStringLiteral("web"));
        options.outDir = path(QStringLiteral("kit"));
        options.port = 8443;
        options.backend = QStringLiteral("http://127.0.0.1:9000");
        auto kit = m_ws->writeDeploymentKit(options);
        SIGNET_VERIFY_OK(kit);

        const QDir dir(kit->directory);
        QCOMPARE(kit->directory, QFileInfo(options.outDir).absoluteFilePath());
        QStringList names = dir.entryList(QDir::Files);
        names.sort();
        const QStringList expected = {QStringLiteral("README.txt"),    QStringLiteral("apache.conf"),
                                      QStringLiteral("client-ca.pem"), QStringLiteral("client-crl.pem"),
                                      QStringLiteral("haproxy.cfg"),   QStringLiteral("nginx.conf"),
                                      QStringLiteral("server-ca.pem"), QStringLiteral("server.crt"),
                                      QStringLiteral("server.js"),     QStringLiteral("server.key"),
                                      QStringLiteral("server.pem"),    QStringLiteral("test-mtls.sh")};
        QCOMPARE(names, expected);
        QStringList reported;
        for (const QString& file : kit->files) {
            reported << QFileInfo(file).fileName();
        }
        reported.sort();
        QCOMPARE(reported, expected); // each once
        QCOMPARE(kit->configFiles, (QStringList{dir.filePath(QStringLiteral("nginx.conf")),
                                                dir.filePath(QStringLiteral("apache.conf")),
                                                dir.filePath(QStringLiteral("haproxy.cfg")),
                                                dir.filePath(QStringLiteral("server.js"))}));

        QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.key"))), 0600u);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("server.pem"))), 0600u);
        QCOMPARE(modeOf(kit->testScript), 0755u);
        QCOMPARE(modeOf(kit->readme), 0644u);

        // The configurations: the server certificate's issuer accepts the clients by default.
        const QByteArray nginx = readFile(dir.filePath(QStringLiteral("nginx.conf")));
        QVERIFY(nginx.contains("listen 8443 ssl;"));
        QVERIFY(nginx.contains("server_name app.example.test;"));
        QVERIFY(nginx.contains("\"Kit Clients\""));
        QVERIFY(nginx.contains(dir.filePath(QStringLiteral("client-crl.pem")).toUtf8()));
        QVERIFY(readFile(dir.filePath(QStringLiteral("apache.conf"))).contains("SSLCARevocationCheck chain"));
        QVERIFY(readFile(dir.filePath(QStringLiteral("haproxy.cfg"))).contains("crl-file"));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("client-crl.pem"))).count("BEGIN X509 CRL"), 2);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("client-ca.pem"))).count("BEGIN CERTIFICATE"), 2);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("server-ca.pem"))).count("BEGIN CERTIFICATE"), 1);

        // The README: where each file goes, how to reload each server, how to refresh the CRLs.
        const QString readme = QString::fromUtf8(readFile(kit->readme));
        for (const QString& needle :
             {QStringLiteral("/etc/nginx/signet"), QStringLiteral("/etc/nginx/conf.d/app.example.test.conf"),
              QStringLiteral("systemctl reload nginx"), QStringLiteral("/etc/apache2/sites-available/"),
              QStringLiteral("systemctl reload apache2"),
              QStringLiteral("/etc/haproxy/haproxy.cfg"), QStringLiteral("systemctl reload haproxy"),
              QStringLiteral("signet-cli crl 'Kit Clients' --bundle --out"), QStringLiteral("test-mtls.sh"),
              QStringLiteral("server.key"), QStringLiteral("0600"), kit->directory}) {
            QVERIFY2(readme.contains(needle), qPrintable(needle));
        }

        // The test script: curl against the server's name at SERVER_IP, and valid shell.
        const QString script = QString::fromUtf8(readFile(kit->testScript));
        QVERIFY(script.startsWith(QStringLiteral("#!/usr/bin/env bash\n")));
        QVERIFY(script.contains(QStringLiteral("host=app.example.test\n")));
        QVERIFY(script.contains(QStringLiteral("port=${SERVER_PORT:-8443}")));
        QVERIFY(script.contains(QStringLiteral("${SERVER_IP:-127.0.0.1}")));
        QVERIFY(script.contains(QStringLiteral("--cacert")));
        QVERIFY(script.contains(QStringLiteral("--resolve")));
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), kit->testScript});
        QVERIFY(bash.waitForFinished(10000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        // Without a client certificate it explains its usage (exit status 2) and contacts nobody.
        bash.start(QStringLiteral("bash"), {kit->testScript});
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitCode(), 2);
        QVERIFY(bash.readAllStandardError().contains("usage:"));

        // One audit record for the kit (plus the CRLs it had to publish), none per configuration.
        auto audit = m_ws->recentAudit(20);
        SIGNET_VERIFY_OK(audit);
        int kits = 0;
        for (const AuditLog::Entry& entry : *audit) {
            QVERIFY(entry.action != QLatin1String("server-config"));
            if (entry.action == QLatin1String("deployment-kit")) {
                ++kits;
                QCOMPARE(entry.target, QStringLiteral("web"));
                QVERIFY(entry.details.contains(QStringLiteral("client_ca=Kit Clients")));
            }
        }
        QCOMPARE(kits, 1);
    }

    void explicitClientCa()
    {
        DeploymentKitOptions options;
        options.serverCert = CertificateRef::typed(QStringLiteral("web"));
        options.clientCa = CertificateRef::typed(QStringLiteral("Other Clients"));
        options.outDir = path(QStringLiteral("other"));
        auto kit = m_ws->writeDeploymentKit(options);
        SIGNET_VERIFY_OK(kit);
        QVERIFY(readFile(path(QStringLiteral("other/nginx.conf"))).contains("\"Other Clients\""));
        QVERIFY(readFile(kit->readme).contains("signet-cli crl 'Other Clients' --bundle"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("clientCa");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("message");
        QTest::newRow("a CA as server") << QStringLiteral("Kit Clients") << QString() << 443 << QStringLiteral("is a CA");
        QTest::newRow("client CA not a CA") << QStringLiteral("web") << QStringLiteral("web") << 443
                                            << QStringLiteral("is not a CA");
        QTest::newRow("bad port") << QStringLiteral("web") << QString() << 70000 << QStringLiteral("out of range");
        QTest::newRow("unknown certificate") << QStringLiteral("nobody") << QString() << 443 << QString();
    }

    void refusals()
    {
        QFETCH(QString, server);
        QFETCH(QString, clientCa);
        QFETCH(int, port);
        QFETCH(QString, message);
        DeploymentKitOptions options;
        options.serverCert = CertificateRef::typed(server);
        options.clientCa = CertificateRef::typed(clientCa);
        options.port = port;
        options.outDir = path(QStringLiteral("refused"));
        auto kit = m_ws->writeDeploymentKit(options);
        QVERIFY(!kit);
        QVERIFY2(kit.error().message.contains(message), qPrintable(kit.error().toString()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("refused/server.key"))));
    }

    void shellQuoting()
    {
        QCOMPARE(ConfigSyntax::shellWord(QStringLiteral("Clients")), QStringLiteral("Clients"));
        QCOMPARE(ConfigSyntax::shellWord(QStringLiteral("Kit Clients")), QStringLiteral("'Kit Clients'"));
        QCOMPARE(ConfigSyntax::shellWord(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        QCOMPARE(ConfigSyntax::shellWord(QStringLiteral("$(rm -rf /)")), QStringLiteral("'$(rm -rf /)'"));
        QCOMPARE(ConfigSyntax::shellWord(QString()), QStringLiteral("''"));
    }
};

QTEST_GUILESS_MAIN(tst_DeploymentKit)
#include "tst_DeploymentKit.moc"
