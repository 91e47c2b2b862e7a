// The export, revoke, publish-CRL and server-configuration dialogs driven through their widgets on a
// real workspace; what they write is judged by the openssl command. (tests/shots/shots_dialogs.cpp
// takes screenshots of them.)

#include "GuiTestMain.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "RevocationService.h"
#include "Workspace.h"
#include "crypto/Crl.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/ServerConfigDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;
using namespace signet::test;

class tst_Dialogs : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    CertificateRecord m_root;
    CertificateRecord m_inter;
    CertificateRecord m_server;
    CertificateRecord m_client;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    // python3's plistlib reads the .mobileconfig and writes its PKCS#12 payload to `p12`; the
    // payload types, in order, come back.
    static QByteArray extractIdentity(const QString& profile, const QString& p12)
    {
        static const char script[] = R"(
import plistlib, sys
with open(sys.argv[1], 'rb') as f:
    payloads = plistlib.load(f)['PayloadContent']
for p in payloads:
    if p['PayloadType'] == 'com.apple.security.pkcs12':
        open(sys.argv[2], 'wb').write(p['PayloadContent'])
print(' '.join(p['PayloadType'] for p in payloads))
)";
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), profile, p12});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            return "python3 failed: " + python.readAllStandardError();
        }
        return python.readAllStandardOutput().trimmed();
    }

private slots:
    // A fresh workspace with root -> intermediate -> server + client for every test (and row).
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

    void exportFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("keyPassword");
        QTest::newRow("pem") << int(ExportFormat::Pem) << QStringLiteral("www.example.test.crt") << QString();
        QTest::newRow("der") << int(ExportFormat::Der) << QStringLiteral("www.example.test.der") << QString();
        QTest::newRow("chain") << int(ExportFormat::Chain) << QStringLiteral("www.example.test-chain.pem") << QString();
        QTest::newRow("fullchain") << int(ExportFormat::FullChain) << QStringLiteral("www.example.test-fullchain.pem")
                                   << QString();
        QTest::newRow("p7b") << int(ExportFormat::P7b) << QStringLiteral("www.example.test.p7b") << QString();
        QTest::newRow("key") << int(ExportFormat::Key) << QStringLiteral("www.example.test.key") << QString();
        QTest::newRow("key encrypted") << int(ExportFormat::Key) << QStringLiteral("www.example.test.key")
                                       << QStringLiteral("kéy pass");
    }

    void exportFormats()
    {
        QFETCH(int, format);
        QFETCH(QString, fileName);
        QFETCH(QString, keyPassword);
        ExportDialog dialog(*m_ws, m_server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseData(child<QComboBox>(&dialog, "formatCombo"), format);
        auto* pathEdit = child<QLineEdit>(&dialog, "pathEdit");
        QCOMPARE(QFileInfo(pathEdit->text()).fileName(), fileName); // the default name follows the format
        const QString out = path(fileName);
        pathEdit->setText(out);
        if (format == int(ExportFormat::Key)) {
            auto* warning = child<QLabel>(&dialog, "keyWarningLabel");
            QVERIFY(warning->isVisible());
            QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
            child<QLineEdit>(&dialog, "keyPasswordEdit")->setText(keyPassword);
            child<QLineEdit>(&dialog, "keyPasswordConfirmEdit")->setText(keyPassword);
        }
        clickOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QCOMPARE(dialog.writtenFile(), out);
        const QByteArray data = readFile(out);
        QVERIFY(!data.isEmpty());

        switch (static_cast<ExportFormat>(format)) {
        case ExportFormat::Pem: {
            QCOMPARE(data.count("-----BEGIN CERTIFICATE-----"), 1);
            const auto r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-in"), out, QStringLiteral("-noout"),
                                       QStringLiteral("-subject")});
            QVERIFY2(r.ok() && r.out.contains("www.example.test"), r.describe().constData());
            break;
        }
        case ExportFormat::Der: {
            const auto r = runOpenssl({QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                       QStringLiteral("-in"), out, QStringLiteral("-noout"), QStringLiteral("-serial")});
            QVERIFY2(r.ok() && r.out.contains(m_server.serial.toLatin1()), r.describe().constData());
            break;
        }
        case ExportFormat::Chain:
            QCOMPARE(data.count("-----BEGIN CERTIFICATE-----"), 2);
            break;
        case ExportFormat::FullChain:
            QCOMPARE(data.count("-----BEGIN CERTIFICATE-----"), 3);
            break;
        case ExportFormat::P7b: {
            const auto r = runOpenssl({QStringLiteral("pkcs7"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                       QStringLiteral("-in"), out, QStringLiteral("-print_certs")});
            QVERIFY2(r.ok(), r.describe().constData());
            QCOMPARE(r.out.count("-----BEGIN CERTIFICATE-----"), 3);
            QVERIFY(r.out.contains("Test Root"));
            break;
        }
        case ExportFormat::Key: {
            QCOMPARE(modeOf(out), 0600u);
            QStringList args{QStringLiteral("pkey"), QStringLiteral("-in"), out, QStringLiteral("-noout")};
            if (keyPassword.isEmpty()) {
                QVERIFY(data.startsWith("-----BEGIN PRIVATE KEY-----"));
            } else {
                QVERIFY(data.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
                const auto wrong = runOpenssl(args + QStringList{QStringLiteral("-passin"), QStringLiteral("pass:nope")});
                QVERIFY(!wrong.ok());
                args << QStringLiteral("-passin") << QStringLiteral("pass:") + keyPassword;
            }
            const auto r = runOpenssl(args);
            QVERIFY2(r.ok(), r.describe().constData());
            break;
        }
        case ExportFormat::P12:
        case ExportFormat::MobileConfig:
            QFAIL("covered by exportPkcs12");
        }
    }

    // Targets, not algorithms: each one maps to a file type and a PKCS#12 profile.
    void exportPkcs12_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("appleProfile"); // a .mobileconfig around the .p12
        QTest::addColumn<bool>("modern");
        QTest::newRow("iPhone") << QStringLiteral("iPhone / iPad / Mac") << true << false;
        QTest::newRow("Android") << QStringLiteral("Android") << false << false;
        QTest::newRow("Windows") << QStringLiteral("Windows") << false << false;
        QTest::newRow("Firefox") << QStringLiteral("Firefox / Chrome / modern systems") << false << true;
        QTest::newRow("iPhone .p12") << QStringLiteral("iPhone / iPad / Mac, .p12 only (MDM, Apple Configurator)")
                                     << false << false;
    }

    void exportPkcs12()
    {
        QFETCH(QString, target);
        QFETCH(bool, appleProfile);
        QFETCH(bool, modern);
        ExportDialog dialog(*m_ws, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseData(child<QComboBox>(&dialog, "formatCombo"), int(ExportFormat::P12));
        auto* targets = child<QComboBox>(&dialog, "targetCombo");
        QVERIFY(targets->isVisible());
        QCOMPARE(targets->count(), 5);
        const int index = targets->findText(target);
        QVERIFY(index >= 0);
        targets->setCurrentIndex(index);
        const QString fileName = appleProfile ? QStringLiteral("alice.mobileconfig") : QStringLiteral("alice.p12");
        QCOMPARE(QFileInfo(child<QLineEdit>(&dialog, "pathEdit")->text()).fileName(), fileName);
        QCOMPARE(child<QLabel>(&dialog, "targetNote")->text().contains(QStringLiteral("AirDrop")), appleProfile);

        auto* passphraseEdit = child<QLineEdit>(&dialog, "passphraseEdit");
        QVERIFY(passphraseEdit->isReadOnly());
        const QString first = passphraseEdit->text();
        QCOMPARE(first.size(), 29); // 5 groups of 5
        click(child<QPushButton>(&dialog, "regeneratePassphraseButton"));
        const QString passphrase = passphraseEdit->text();
        QVERIFY(passphrase != first);
        click(child<QPushButton>(&dialog, "copyPassphraseButton"));
        QCOMPARE(QApplication::clipboard()->text(), passphrase);

        const QString written = path(fileName);
        child<QLineEdit>(&dialog, "pathEdit")->setText(written);
        clickOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QCOMPARE(modeOf(written), 0600u);
        QString out = written;
        if (appleProfile) {
            out = path(QStringLiteral("identity.p12"));
            const QByteArray types = extractIdentity(written, out);
            QCOMPARE(types, QByteArray("com.apple.security.root com.apple.security.pkcs1 com.apple.security.pkcs12"));
        }

        const auto r = runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-in"), out,
                                   QStringLiteral("-passin"), QStringLiteral("pass:") + passphrase,
                                   QStringLiteral("-nodes")});
        QVERIFY2(r.ok(), r.describe().constData());
        const QByteArray info = r.out + r.err;
        if (modern) {
            QVERIFY2(info.contains("MAC: sha256"), info.constData());
            QVERIFY2(info.contains("AES-256-CBC"), info.constData());
            QVERIFY(!info.contains("TripleDES"));
        } else {
            QVERIFY2(info.contains("MAC: sha1"), info.constData());
            QVERIFY2(info.contains("pbeWithSHA1And3-KeyTripleDES-CBC"), info.constData());
            QVERIFY(!info.contains("AES-256"));
        }
        QCOMPARE(r.out.count("-----BEGIN CERTIFICATE-----"), 3);
        QVERIFY(r.out.contains("-----BEGIN PRIVATE KEY-----"));
    }

    void exportWithoutKeyOffersNoKeyFormats()
    {
        ExportDialog dialog(*m_ws, m_root);
        auto* formats = child<QComboBox>(&dialog, "formatCombo");
        QCOMPARE(formats->count(), 7); // the root's key is in the workspace
        CertificateRecord keyless = m_server;
        keyless.keyId.reset();
        ExportDialog certOnly(*m_ws, keyless);
        auto* certFormats = child<QComboBox>(&certOnly, "formatCombo");
        QCOMPARE(certFormats->count(), 5);
        QCOMPARE(certFormats->findData(int(ExportFormat::P12)), -1);
        certOnly.selectFormat(ExportFormat::P12); // ignored
        certOnly.selectFormat(ExportFormat::MobileConfig); // ignored
        QCOMPARE(certFormats->currentData().toInt(), int(ExportFormat::Pem));
    }

    // The Apple profile is the iPhone target of the device entry, not a format of its own.
    void selectMobileConfig()
    {
        ExportDialog dialog(*m_ws, m_client);
        auto* targets = child<QComboBox>(&dialog, "targetCombo");
        targets->setCurrentIndex(targets->findText(QStringLiteral("Android")));
        dialog.selectFormat(ExportFormat::MobileConfig);
        QCOMPARE(child<QComboBox>(&dialog, "formatCombo")->currentData().toInt(), int(ExportFormat::P12));
        QCOMPARE(targets->currentText(), QStringLiteral("iPhone / iPad / Mac"));
        QVERIFY(child<QLineEdit>(&dialog, "pathEdit")->text().endsWith(QStringLiteral("alice.mobileconfig")));
    }

    void exportBadPathStaysOpen()
    {
        ExportDialog dialog(*m_ws, m_server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.selectFormat(ExportFormat::P12);
        QCOMPARE(child<QComboBox>(&dialog, "formatCombo")->currentData().toInt(), int(ExportFormat::P12));
        const QString out = path(QStringLiteral("no/such/folder/server.p12"));
        child<QLineEdit>(&dialog, "pathEdit")->setText(out);
        clickOk(dialog);
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("does not exist")));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.writtenFile().isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void revoke()
    {
        RevokeDialog dialog(*m_ws, m_client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* reasons = child<QComboBox>(&dialog, "reasonCombo");
        QCOMPARE(reasons->count(), 9);
        QCOMPARE(reasons->currentData().toInt(), 0);
        chooseData(reasons, 1); // keyCompromise
        QCOMPARE(reasons->currentText(), QStringLiteral("Key compromise"));
        auto* revokeButton = child<QPushButton>(&dialog, "revokeButton");
        QCOMPARE(revokeButton->text().remove(QLatin1Char('&')), QStringLiteral("Revoke"));
        QVERIFY(!revokeButton->isDefault());
        click(revokeButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto found = m_ws->find(CertificateRef::id(m_client.id));
        SIGNET_VERIFY_OK(found);
        QVERIFY(found->revoked);
        QCOMPARE(found->revocationReason, RevocationReason::KeyCompromise);
    }

    void revokeErrorStaysOpen()
    {
        RevokeDialog dialog(*m_ws, m_root); // a root cannot be revoked
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseData(child<QComboBox>(&dialog, "reasonCombo"), 4); // superseded
        click(child<QPushButton>(&dialog, "revokeButton"));
        auto* error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("root CA")));
        QVERIFY(dialog.isVisible());
        QVERIFY(!m_ws->find(CertificateRef::typed(QStringLiteral("Test Root")))->revoked);
    }

    void publishBundle()
    {
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));
        PublishCrlDialog dialog(*m_ws, m_inter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(&dialog, "daysSpin")->value(), RevocationService::kDefaultCrlDays);
        QVERIFY(child<QRadioButton>(&dialog, "bundleRadio")->isChecked());
        QVERIFY(!child<QCheckBox>(&dialog, "derCheck")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "reminderLabel")->text().contains(QStringLiteral("reload")));
        const QString out = path(QStringLiteral("bundle.pem"));
        child<QLineEdit>(&dialog, "pathEdit")->setText(out);
        clickOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QCOMPARE(dialog.writtenFile(), out);
        const QByteArray bundle = readFile(out);
        QCOMPARE(bundle.count("-----BEGIN X509 CRL-----"), 2);
        QVERIFY(m_ws->crlOf(m_inter.id)->has_value());
        QVERIFY(m_ws->crlOf(m_root.id)->has_value());
    }

    void publishSingleDer()
    {
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));
        PublishCrlDialog dialog(*m_ws, m_inter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(&dialog, "daysSpin")->setValue(7);
        toggle(child<QRadioButton>(&dialog, "singleRadio"));
        auto* der = child<QCheckBox>(&dialog, "derCheck");
        QVERIFY(der->isEnabled());
        toggle(der);
        auto* pathEdit = child<QLineEdit>(&dialog, "pathEdit");
        QVERIFY(pathEdit->text().endsWith(QStringLiteral(".crl")));
        const QString out = path(QStringLiteral("issuing.crl"));
        pathEdit->setText(out);
        clickOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));

        const auto r = runOpenssl({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                   QStringLiteral("-in"), out, QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(r.ok(), r.describe().constData());
        QVERIFY2(r.out.contains(m_client.serial.toLatin1()), r.out.constData());
        QVERIFY(r.out.contains("Key Compromise"));
        auto crl = Crl::fromData(readFile(out));
        SIGNET_VERIFY_OK(crl);
        QCOMPARE(crl->lastUpdate().daysTo(crl->nextUpdate()), 7);
        QVERIFY(!m_ws->crlOf(m_root.id)->has_value()); // only this CA's CRL was published
    }

    void publishBadPathStaysOpen()
    {
        PublishCrlDialog dialog(*m_ws, m_inter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "pathEdit")->setText(path(QStringLiteral("missing/crl.pem")));
        clickOk(dialog);
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY(!m_ws->crlOf(m_inter.id)->has_value()); // nothing was published either
    }

    void serverConfig()
    {
        ServerConfigDialog dialog(*m_ws, m_server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* cas = child<QComboBox>(&dialog, "clientCaCombo");
        QCOMPARE(cas->count(), 2);
        QCOMPARE(cas->currentData().toLongLong(), m_inter.id);
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 443);
        QCOMPARE(child<QLineEdit>(&dialog, "backendEdit")->text(), QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(child<QLineEdit>(&dialog, "folderEdit")->text().endsWith(QStringLiteral("/signet-mtls/www.example.test")));
        auto* tabs = child<QTabWidget>(&dialog, "configTabs");
        QCOMPARE(tabs->count(), 4);
        auto* nginx = child<QPlainTextEdit>(&dialog, "nginxView");
        auto* apache = child<QPlainTextEdit>(&dialog, "apacheView");
        auto* haproxy = child<QPlainTextEdit>(&dialog, "haproxyView");
        QVERIFY(nginx->isReadOnly());
        // The templates align their values; compare with runs of spaces collapsed.
        QVERIFY2(nginx->toPlainText().simplified().contains(QStringLiteral("ssl_verify_client on")),
                 qPrintable(nginx->toPlainText()));
        QVERIFY(apache->toPlainText().simplified().contains(QStringLiteral("SSLCARevocationCheck chain")));
        QVERIFY(haproxy->toPlainText().simplified().contains(QStringLiteral("verify required")));

        // Inputs re-render the snippets after a pause; a bad backend is reported and blocks saving.
        child<QSpinBox>(&dialog, "portSpin")->setValue(8443);
        QTRY_VERIFY(nginx->toPlainText().contains(QStringLiteral("8443")));
        auto* backend = child<QLineEdit>(&dialog, "backendEdit");
        auto* saveAll = child<QPushButton>(&dialog, "saveAllButton");
        auto* result = child<QLabel>(&dialog, "resultLabel");
        backend->setText(QStringLiteral("ftp://nowhere"));
        QTRY_VERIFY(!saveAll->isEnabled());
        QVERIFY(result->text().contains(QStringLiteral("backend")));
        backend->setText(QStringLiteral("http://127.0.0.1:9000"));
        QTRY_VERIFY(saveAll->isEnabled());
        QVERIFY(haproxy->toPlainText().contains(QStringLiteral("127.0.0.1:9000")));

        tabs->setCurrentIndex(1);
        click(child<QPushButton>(&dialog, "copyButton"));
        QCOMPARE(QApplication::clipboard()->text(), apache->toPlainText());

        // A folder that cannot be made (its parent is a file) is reported in red; nothing else happens.
        tabs->setCurrentIndex(0);
        child<QLineEdit>(&dialog, "folderEdit")->setText(path(QStringLiteral("test.signet/mtls")));
        click(saveAll);
        QVERIFY2(result->text().contains(QStringLiteral("Nothing saved")), qPrintable(result->text()));
        QVERIFY(result->styleSheet().contains(QStringLiteral("#b01e1e")));
        QVERIFY(dialog.isVisible());

        const QString folder = path(QStringLiteral("mtls"));
        child<QLineEdit>(&dialog, "folderEdit")->setText(folder);
        click(saveAll);
        QVERIFY2(result->text().contains(QStringLiteral("curl")), qPrintable(result->text()));
        QVERIFY(!result->styleSheet().contains(QStringLiteral("#b01e1e")));
        for (const char* name : {"nginx.conf", "server.crt", "client-ca.pem", "client-crl.pem"}) {
            QVERIFY2(QFileInfo::exists(folder + QLatin1Char('/') + QLatin1String(name)), name);
        }
        QCOMPARE(modeOf(folder + QStringLiteral("/server.key")), 0600u);
        QVERIFY(readFile(folder + QStringLiteral("/nginx.conf")).contains("listen 8443"));
        QCOMPARE(readFile(folder + QStringLiteral("/client-crl.pem")).count("-----BEGIN X509 CRL-----"), 2);
        QVERIFY(dialog.isVisible());
        auto* box = dialog.findChild<QDialogButtonBox*>();
        click(box->button(QDialogButtonBox::Close));
        QVERIFY(!dialog.isVisible());
    }
};

SIGNET_GUI_TEST_MAIN(tst_Dialogs)
#include "tst_Dialogs.moc"
