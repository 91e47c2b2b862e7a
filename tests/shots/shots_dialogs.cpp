// Screenshots of the export, revoke, publish-CRL, server-configuration, renew and restore dialogs,
// for a look at the layout:
//   SIGNET_SHOTS_DIR=/tmp/shots/dialogs xvfb-run -a -s "-screen 0 1280x1024x24" ./shots_dialogs
// Not a test; CTest does not run it (tests/ui/tst_Dialogs.cpp checks the dialogs).

#include "DialogTestSupport.h"
#include "ShotSupport.h"
#include "TestSupport.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "dialogs/RenewDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/ServerConfigDialog.h"
#include "dialogs/VerifyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class DialogShots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DialogPki m_pki;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static void shoot(QDialog& dialog, const QString& name)
    {
        dialog.move(20, 20);
        dialog.show();
        shots::takeShot(dialog, name);
        qInfo("%s: size %dx%d, hint %dx%d", qPrintable(name), dialog.width(), dialog.height(),
              dialog.sizeHint().width(), dialog.sizeHint().height());
        dialog.hide();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pki = makeDialogPki(path(QStringLiteral("shots.signet")));
        SIGNET_VERIFY_OK(pki);
        m_pki = std::move(pki).value();
    }

    void cleanupTestCase() { m_pki.ws.reset(); }

    void verifyDialog()
    {
        IntegrityReport intact{4200, 4180, 3, 2, 9311, {}};
        VerifyDialog clean(intact);
        shoot(clean, QStringLiteral("verify-intact"));
        IntegrityReport altered = intact;
        altered.problems = {QStringLiteral("the certificate 'user1' was changed outside Signet"),
                            QStringLiteral("the CRL of CA 'Acme Issuing' was changed outside Signet"),
                            QStringLiteral("the audit log was altered outside Signet: entries 9310 to 9311 were removed "
                                           "from its end")};
        VerifyDialog broken(altered);
        shoot(broken, QStringLiteral("verify-altered"));
    }

    void exportDialog()
    {
        ExportDialog dialog(*m_pki.ws, m_pki.server);
        shoot(dialog, QStringLiteral("export-pem"));
        dialog.selectFormat(ExportFormat::P12);
        shoot(dialog, QStringLiteral("export-p12"));
        child<QComboBox>(&dialog, "targetCombo")->setCurrentIndex(3);
        child<QLineEdit>(&dialog, "pathEdit")->setText(path(QStringLiteral("missing/www.example.test.p12")));
        clickOk(dialog);
        shoot(dialog, QStringLiteral("export-p12-error"));
        dialog.selectFormat(ExportFormat::Key);
        shoot(dialog, QStringLiteral("export-key"));
    }

    void revokeDialog()
    {
        RevokeDialog dialog(*m_pki.ws, m_pki.client);
        shoot(dialog, QStringLiteral("revoke"));
    }

    void publishCrlDialog()
    {
        PublishCrlDialog dialog(*m_pki.ws, m_pki.inter);
        shoot(dialog, QStringLiteral("publish-crl"));
        child<QRadioButton>(&dialog, "singleRadio")->setChecked(true);
        child<QCheckBox>(&dialog, "derCheck")->setChecked(true);
        shoot(dialog, QStringLiteral("publish-crl-single"));
    }

    void serverConfigDialog()
    {
        ServerConfigDialog dialog(*m_pki.ws, m_pki.server);
        shoot(dialog, QStringLiteral("server-config"));
        child<QLineEdit>(&dialog, "folderEdit")->setText(path(QStringLiteral("mtls")));
        click(child<QPushButton>(&dialog, "saveAllButton"));
        shoot(dialog, QStringLiteral("server-config-saved"));
    }

    void renewDialog()
    {
        RenewDialog one(*m_pki.ws, {m_pki.server});
        shoot(one, QStringLiteral("renew-one"));
        RenewDialog several(*m_pki.ws, {m_pki.server, m_pki.client, m_pki.inter});
        shoot(several, QStringLiteral("renew-several"));
    }

    // Last: it removes the client and the issuing CA (with what is below it).
    void restoreDialog()
    {
        SIGNET_VERIFY_OK(m_pki.ws->remove(CertificateRef::id(m_pki.client.id)));
        RemoveOptions all;
        all.confirmedCount = m_pki.ws->countForRemoval(CertificateRef::id(m_pki.inter.id))->certificates;
        SIGNET_VERIFY_OK(m_pki.ws->remove(CertificateRef::id(m_pki.inter.id), all));
        RestoreDialog dialog(*m_pki.ws);
        shoot(dialog, QStringLiteral("restore"));
    }
};

int main(int argc, char** argv)
{
    return signet::shots::run<DialogShots>(argc, argv);
}

#include "shots_dialogs.moc"
