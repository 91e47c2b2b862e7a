// Revocations reach the servers from the desktop too: Save All Files records the folder, the status
// bar counts revocations no CRL lists yet, Publish CRL rewrites the folder's CRL file (with no copy
// saved anywhere else unless asked), and Certificates ▸ Deployments lists the folder. Subject rules
// typed in the Server Configuration dialog reach every configuration; a bad one is reported.

#include "GuiTestMain.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "CertificateActions.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "crypto/Crl.h"
#include "dialogs/DeploymentsDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "dialogs/ServerConfigDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace signet;
using namespace signet::test;

class tst_Deployments : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DialogPki m_pki;

    QString folder() const { return m_dir.filePath(QStringLiteral("mtls")); }

    static QList<QByteArray> splitCrls(const QByteArray& pem)
    {
        QList<QByteArray> out;
        const QByteArray end("-----END X509 CRL-----");
        qsizetype from = 0;
        for (qsizetype at = pem.indexOf(end); at >= 0; at = pem.indexOf(end, from)) {
            out << pem.mid(from, at + end.size() - from).trimmed();
            from = at + end.size();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("deploy.signet")));
        SIGNET_VERIFY_OK(pki);
        m_pki = std::move(pki).value();
    }

    void cleanupTestCase() { m_pki.ws.reset(); }

    void rulesReachEveryConfiguration()
    {
        ServerConfigDialog dialog(*m_pki.ws, m_pki.server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QTabWidget>(&dialog, "configTabs")->count(), 4);
        auto* allow = child<QLineEdit>(&dialog, "allowEdit");
        allow->setText(QStringLiteral("XX=1"));
        QTRY_VERIFY(!child<QPushButton>(&dialog, "saveAllButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "resultLabel")->text().contains(QStringLiteral("a rule names one of")));
        allow->setText(QStringLiteral("O=Signet Tests; OU=Staff|Dev"));
        QTRY_VERIFY(child<QPushButton>(&dialog, "saveAllButton")->isEnabled());
        QVERIFY(child<QPlainTextEdit>(&dialog, "nginxView")->toPlainText().contains(QStringLiteral("OU=(Staff|Dev)")));
        QVERIFY(child<QPlainTextEdit>(&dialog, "apacheView")->toPlainText().contains(
            QStringLiteral("%{SSL_CLIENT_S_DN_OU} in { 'Staff', 'Dev' }")));
        QVERIFY(child<QPlainTextEdit>(&dialog, "haproxyView")->toPlainText().contains(QStringLiteral("ssl_c_s_dn(OU)")));
        QVERIFY(child<QPlainTextEdit>(&dialog, "nodeView")->toPlainText().contains(QStringLiteral("values: [\"Staff\", \"Dev\"]")));
    }

    void saveAllRecordsTheFolder()
    {
        ServerConfigDialog dialog(*m_pki.ws, m_pki.server);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, "folderEdit")->setText(folder());
        QTRY_VERIFY(child<QPlainTextEdit>(&dialog, "nginxView")->toPlainText().contains(folder()));
        click(child<QPushButton>(&dialog, "saveAllButton"));
        QVERIFY2(child<QLabel>(&dialog, "resultLabel")->text().contains(QStringLiteral("keeps client-crl.pem")),
                 qPrintable(child<QLabel>(&dialog, "resultLabel")->text()));
        auto deployments = m_pki.ws->deployments();
        SIGNET_VERIFY_OK(deployments);
        QCOMPARE(deployments->size(), 1);
        QCOMPARE(deployments->front().record.directory, folder());
        QCOMPARE(deployments->front().clientCaName, m_pki.inter.name);
    }

    void statusBarCountsUnpublishedRevocations()
    {
        auto reopened = Workspace::open(m_pki.ws->path(), QByteArrayLiteral("dialog test password"));
        SIGNET_VERIFY_OK(reopened);
        MainWindow window;
        window.setWorkspace(std::move(reopened).value());
        auto* crl = child<QLabel>(&window, "crlStatus");
        QVERIFY(!crl->text().contains(QStringLiteral("not yet published")));
        SIGNET_VERIFY_OK(window.workspace()->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));
        window.refresh();
        QVERIFY2(crl->text().contains(QStringLiteral("not yet published (Test Issuing)")),
                 qPrintable(crl->text()));

        DeploymentsDialog list(*window.workspace(), &window);
        auto* rows = child<QTreeWidget>(&list, "deploymentList");
        QCOMPARE(rows->topLevelItemCount(), 1);
        QCOMPARE(rows->topLevelItem(0)->text(1), folder());
    }

    void publishRewritesTheDeployment()
    {
        const QString crlFile = folder() + QStringLiteral("/client-crl.pem");
        const QByteArray before = readFile(crlFile);
        QVERIFY(!before.isEmpty());
        PublishCrlDialog dialog(*m_pki.ws, m_pki.inter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, "deploymentsLabel")->text().contains(crlFile));
        QVERIFY(!child<QCheckBox>(&dialog, "saveCopyCheck")->isChecked()); // the folder gets it
        QVERIFY(!child<QLineEdit>(&dialog, "pathEdit")->isEnabled());
        clickOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QVERIFY(dialog.writtenFile().isEmpty());
        QVERIFY2(dialog.summary().contains(QStringLiteral("rewrote 1 server CRL file")), qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains(QStringLiteral("systemctl reload nginx")));
        const QByteArray after = readFile(crlFile);
        QVERIFY(after != before);
        bool listsAlice = false;
        for (const QByteArray& pem : splitCrls(after)) {
            auto crl = Crl::fromData(pem);
            SIGNET_VERIFY_OK(crl);
            for (const auto& entry : crl->revoked()) {
                listsAlice = listsAlice || entry.serialHex == m_pki.client.serial;
            }
        }
        QVERIFY(listsAlice);
        auto pending = m_pki.ws->unpublishedRevocations();
        SIGNET_VERIFY_OK(pending);
        QVERIFY(pending->isEmpty());
    }
};

SIGNET_GUI_TEST_MAIN(tst_Deployments)

#include "tst_Deployments.moc"
