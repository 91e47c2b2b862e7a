// "Save Deployment Kit…" and "Check Handshake…" driven through their dialogs on a real workspace:
// the kit lands in the chosen folder with the key 0600 and an executable test script; the handshake
// dialog shows one line per protocol, accepted for a good pair and refused (by whom, why) after a
// revocation or with a wrong host name. Also: which selections enable the two actions.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "CertificateActions.h"
#include "Workspace.h"
#include "dialogs/DeploymentKitDialog.h"
#include "dialogs/HandshakeDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

class tst_KitAndCheck : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    CertificateRecord m_root;
    CertificateRecord m_inter;
    CertificateRecord m_server;
    CertificateRecord m_client;

    QString path(const QString& name) const { return m_dir->filePath(name); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto pki = makeDialogPki(path(QStringLiteral("test.signet")));
        SIGNET_VERIFY_OK(pki);
        m_ws = std::move(pki->ws);
        m_root = pki->root;
        m_inter = pki->inter;
        m_server = pki->server;
        m_client = pki->client;
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void kitDialogSavesTheKit()
    {
        DeploymentKitDialog dialog(*m_ws, m_server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* clientCa = child<QComboBox>(&dialog, "clientCaCombo");
        auto* port = child<QSpinBox>(&dialog, "portSpin");
        auto* backend = child<QLineEdit>(&dialog, "backendEdit");
        auto* folder = child<QLineEdit>(&dialog, "folderEdit");
        auto* save = child<QPushButton>(&dialog, "saveButton");
        auto* result = child<QLabel>(&dialog, "resultLabel");
        QVERIFY(clientCa && port && backend && folder && save && result);
        QVERIFY(child<QPushButton>(&dialog, "browseButton") != nullptr);
        QCOMPARE(clientCa->currentData().toLongLong(), m_inter.id); // the server certificate's issuer
        QCOMPARE(port->value(), 443);

        // No folder: an error, nothing written.
        folder->clear();
        click(save);
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error != nullptr && error->isVisible());
        QVERIFY(!dialog.saved());

        const QString dir = path(QStringLiteral("kit"));
        QTest::keyClicks(folder, dir);
        port->setValue(8443);
        backend->setText(QStringLiteral("http://127.0.0.1:9000"));
        click(save);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));
        QVERIFY(dialog.saved().has_value());
        QCOMPARE(dialog.saved()->directory, dir);
        for (const char* file : {"server.crt", "server.key", "server.pem", "client-ca.pem", "client-crl.pem",
                                 "server-ca.pem", "nginx.conf", "apache.conf", "haproxy.cfg", "test-mtls.sh",
                                 "README.txt"}) {
            QVERIFY2(QFileInfo(dir + QLatin1Char('/') + QLatin1String(file)).size() > 0, file);
        }
        QCOMPARE(modeOf(dir + QStringLiteral("/server.key")), 0600u);
        QCOMPARE(modeOf(dir + QStringLiteral("/test-mtls.sh")), 0755u);
        QVERIFY(readFile(dir + QStringLiteral("/nginx.conf")).contains("listen 8443 ssl;"));
        QVERIFY(readFile(dir + QStringLiteral("/nginx.conf")).contains("proxy_pass http://127.0.0.1:9000;"));
        QVERIFY(result->text().contains(QStringLiteral("test-mtls.sh")));
        QVERIFY(result->text().contains(QStringLiteral("README.txt")));
    }

    void kitDialogReportsErrors()
    {
        DeploymentKitDialog dialog(*m_ws, m_server);
        child<QLineEdit>(&dialog, "folderEdit")->setText(path(QStringLiteral("bad")));
        child<QLineEdit>(&dialog, "backendEdit")->setText(QStringLiteral("ftp://nowhere"));
        click(child<QPushButton>(&dialog, "saveButton"));
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("ftp://nowhere")), qPrintable(error->text()));
        QVERIFY(!dialog.saved());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("bad/server.key"))));
    }

    void handshakeDialogAcceptsAGoodPair()
    {
        HandshakeDialog dialog(*m_ws, m_server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* clients = child<QComboBox>(&dialog, "clientCombo");
        QVERIFY(clients != nullptr);
        QCOMPARE(clients->count(), 1); // alice: neither the server itself nor a CA
        QCOMPARE(clients->currentData().toLongLong(), m_client.id);
        QCOMPARE(child<QComboBox>(&dialog, "clientCaCombo")->currentData().toLongLong(), m_inter.id);
        // The check runs as the dialog opens.
        QVERIFY(dialog.report().has_value());
        QVERIFY(dialog.report()->allOk());
        const QString tls13 = child<QLabel>(&dialog, "tls13Result")->text();
        const QString tls12 = child<QLabel>(&dialog, "tls12Result")->text();
        QVERIFY2(tls13.contains(QStringLiteral("TLS 1.3")) && tls13.contains(QStringLiteral("accepted")),
                 qPrintable(tls13));
        QVERIFY2(tls12.contains(QStringLiteral("TLS 1.2")) && tls12.contains(QStringLiteral("accepted")),
                 qPrintable(tls12));
        QVERIFY(child<QLabel>(&dialog, "detailsLabel")->text().contains(QStringLiteral("www.example.test")));

        // A host name the certificate does not carry: the client refuses the server.
        QTest::keyClicks(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("intranet.example.test"));
        click(child<QPushButton>(&dialog, "checkButton"));
        QVERIFY(dialog.report().has_value());
        QVERIFY(!dialog.report()->allOk());
        const QString refused = child<QLabel>(&dialog, "tls13Result")->text();
        QVERIFY2(refused.contains(QStringLiteral("refused by the client")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("hostname mismatch")), qPrintable(refused));
    }

    void handshakeDialogShowsTheRevocation()
    {
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Test Issuing")), 30));
        SIGNET_VERIFY_OK(m_ws->publishCrl(CertificateRef::typed(QStringLiteral("Test Root")), 30));
        HandshakeDialog dialog(*m_ws, m_server);
        auto* clients = child<QComboBox>(&dialog, "clientCombo");
        QVERIFY(clients->currentText().contains(QStringLiteral("revoked")));
        QVERIFY(dialog.report().has_value());
        for (const char* name : {"tls13Result", "tls12Result"}) {
            const QString text = child<QLabel>(&dialog, name)->text();
            QVERIFY2(text.contains(QStringLiteral("refused by the server: certificate revoked")), qPrintable(text));
        }
        const QString details = child<QLabel>(&dialog, "detailsLabel")->text();
        QVERIFY2(details.contains(QStringLiteral("alert: certificate revoked")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("every CA")), qPrintable(details));
    }

    void handshakeDialogWithoutClients()
    {
        auto other = Workspace::create(path(QStringLiteral("other.signet")), QByteArrayLiteral("pw"), systemClock(),
                                       KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(other);
        CaOptions ca;
        ca.name = QStringLiteral("Lonely Root");
        ca.subject = test::dn(QStringLiteral("CN=Lonely Root"));
        SIGNET_VERIFY_OK((*other)->createCa(ca));
        LeafOptions leaf;
        leaf.ca = CertificateRef::typed(QStringLiteral("Lonely Root"));
        leaf.dnsNames = {QStringLiteral("lonely.example.test")};
        auto server = (*other)->issue(leaf);
        SIGNET_VERIFY_OK(server);
        HandshakeDialog dialog(**other, server->record);
        QCOMPARE(child<QComboBox>(&dialog, "clientCombo")->count(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "checkButton")->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "errorLabel")->isHidden());
        QVERIFY(!dialog.report());
    }

    void actionsFollowTheSelection()
    {
        QMainWindow window;
        CertificateActions actions(&window);
        QVERIFY(!actions.deploymentKit->isEnabled());
        QVERIFY(!actions.checkHandshake->isEnabled());
        actions.setWorkspace(m_ws.get());
        QVERIFY(!actions.deploymentKit->isEnabled());
        actions.setSelection({m_server});
        QVERIFY(actions.deploymentKit->isEnabled());
        QVERIFY(actions.checkHandshake->isEnabled());
        QCOMPARE(actions.deploymentKit->isEnabled(), actions.serverConfig->isEnabled());
        QCOMPARE(actions.deploymentKit->objectName(), QStringLiteral("actionDeploymentKit"));
        QCOMPARE(actions.checkHandshake->objectName(), QStringLiteral("actionCheckHandshake"));
        for (const CertificateRecord& other : {m_client, m_inter, m_root}) {
            actions.setSelection({other});
            QVERIFY2(!actions.deploymentKit->isEnabled(), qPrintable(other.name));
            QVERIFY2(!actions.checkHandshake->isEnabled(), qPrintable(other.name));
        }
        actions.setWorkspace(nullptr);
    }
};

SIGNET_GUI_TEST_MAIN(tst_KitAndCheck)
#include "tst_KitAndCheck.moc"
