// What the main window asks and tells around the workspace's files: Change Password wants the
// current password first (a wrong one changes nothing); Export says what was written where;
// Publish CRL names the CRL number, its next update and the deployments it rewrote; and a request
// met by Import or a drop is offered to the Sign CSR wizard instead of being skipped.

#include "GuiTestMain.h"
#include "CsrTestSupport.h"
#include "DialogTestSupport.h"

#include "CertificateActions.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Workspace.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PublishCrlDialog.h"
#include "wizards/SignRequestWizard.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>

using namespace signet;
using test::onModal;

namespace {
void setField(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit != nullptr, name);
    edit->setText(text);
}
} // namespace

class tst_Confirmations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_password = QByteArrayLiteral("dialog test password");
    std::unique_ptr<MainWindow> m_window;
    test::DialogPki m_pki;

    QAction* action(const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        auto pki = test::makeDialogPki(m_dir.filePath(QStringLiteral("confirm.signet")));
        SIGNET_VERIFY_OK(pki);
        m_pki = std::move(pki).value();
        m_window = std::make_unique<MainWindow>();
        m_window->setWorkspace(std::move(m_pki.ws));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void changePasswordAsksForTheCurrentOne()
    {
        Workspace* ws = m_window->workspace();
        QString buttonText;
        QString firstHint;
        onModal<PasswordDialog>([&](PasswordDialog* dialog) {
            buttonText = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text();
            setField(dialog, "currentPasswordEdit", QStringLiteral("not the password"));
            setField(dialog, "passwordEdit", QStringLiteral("a new password 2026"));
            setField(dialog, "confirmEdit", QStringLiteral("a new password 2026"));
            // Wrong: the dialog comes back with the error, and the workspace is as it was.
            onModal<PasswordDialog>([&](PasswordDialog* again) {
                firstHint = again->findChild<QLabel*>(QStringLiteral("passwordHint"))->text();
                QVERIFY(ws->checkPassword(m_password));
                setField(again, "currentPasswordEdit", QString::fromLatin1(m_password));
                test::clickOk(*again);
            });
            test::clickOk(*dialog);
        });
        action("actionChangePassword")->trigger();
        QCOMPARE(buttonText, QStringLiteral("&Change Password"));
        QVERIFY2(firstHint.contains(QStringLiteral("current password is wrong")), qPrintable(firstHint));
        QVERIFY(!ws->checkPassword(m_password));
        QVERIFY(ws->checkPassword("a new password 2026"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("password was changed")));
    }

    void exportSaysWhereTheFileWent()
    {
        const QString path = m_dir.filePath(QStringLiteral("www.crt"));
        m_window->selectCertificate(m_pki.server.id);
        onModal<ExportDialog>([&path](ExportDialog* dialog) {
            setField(dialog, "pathEdit", path);
            test::clickOk(*dialog);
        });
        action("actionExport")->trigger();
        QVERIFY(QFile::exists(path));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(path) && message.contains(m_pki.server.name), qPrintable(message));
    }

    void publishCrlSaysNumberNextUpdateAndDeployments()
    {
        Workspace* ws = m_window->workspace();
        ServerConfigOptions config;
        config.serverCert = CertificateRef::typed(m_pki.server.name);
        config.clientCa = CertificateRef::typed(m_pki.inter.name);
        config.outDir = m_dir.filePath(QStringLiteral("nginx"));
        SIGNET_VERIFY_OK(ws->writeServerConfig(config)); // records the folder, with CRL 1 of each CA

        m_window->selectCertificate(m_pki.inter.id);
        QString report;
        onModal<PublishCrlDialog>([&report](PublishCrlDialog* dialog) {
            onModal<QMessageBox>([&report](QMessageBox* box) {
                QCOMPARE(box->objectName(), QStringLiteral("crlPublishedBox"));
                report = box->text();
                box->accept();
            });
            test::clickOk(*dialog);
        });
        action("actionPublishCrl")->trigger();
        auto crl = ws->crlOf(m_pki.inter.id);
        QVERIFY(crl && crl->has_value());
        QVERIFY2(report.contains(QStringLiteral("CRL number %1 of “Test Issuing”").arg((*crl)->number)), qPrintable(report));
        QVERIFY(report.contains(QLocale().toString((*crl)->nextUpdate.toLocalTime(), QLocale::LongFormat)));
        QVERIFY(report.contains(QDir::toNativeSeparators(config.outDir)));
        QVERIFY(report.contains(QStringLiteral("reload")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Published CRL number")));
    }

    void importedRequestIsOfferedForSigning()
    {
        QTemporaryDir dir;
        const QByteArray pem = test::makeCsr(dir.path(), QStringLiteral("/CN=device.example.test"));
        QVERIFY(!pem.isEmpty());
        const QString csr = dir.filePath(QStringLiteral("request.csr"));
        CertificateRepository::Filter all;
        all.now = m_window->workspace()->now();
        const qint64 before = *m_window->workspace()->count(all);

        // Skipped: no wizard, nothing imported.
        QString offer;
        onModal<QMessageBox>([&offer](QMessageBox* box) {
            offer = box->text() + QLatin1Char(' ') + box->informativeText();
            box->button(QMessageBox::No)->click();
        });
        m_window->certificateActions()->importPaths({csr});
        QVERIFY2(offer.contains(QStringLiteral("request.csr")) && offer.contains(QStringLiteral("Sign CSR")),
                 qPrintable(offer));
        QCOMPARE(*m_window->workspace()->count(all), before);

        // Dropped on the window and accepted: the wizard opens with the request loaded.
        QString shown;
        onModal<QMessageBox>([&shown](QMessageBox* box) {
            onModal<SignRequestWizard>([&shown](SignRequestWizard* wizard) {
                shown = wizard->findChild<QLabel*>(QStringLiteral("csrDetails"))->text();
                wizard->reject();
            });
            box->button(QMessageBox::Yes)->click();
        });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csr)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY2(shown.contains(QStringLiteral("device.example.test")), qPrintable(shown));
    }
};

SIGNET_GUI_TEST_MAIN(tst_Confirmations)
#include "tst_Confirmations.moc"
