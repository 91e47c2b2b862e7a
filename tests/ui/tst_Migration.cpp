// File ▸ Import CA… and File ▸ Back Up…: the dialog checks a real EasyRSA pki without changing
// anything, then imports it with bob's revocation; the status bar reminds of a backup after the
// chosen number of changes, and the backup it makes opens with the same password.

#include "GuiTestMain.h"
#include "DialogTestSupport.h"
#include "TestSupport.h"

#include "BackupReminder.h"
#include "MainWindow.h"
#include "dialogs/ExportCaDialog.h"
#include "dialogs/ImportCaDialog.h"
#include "wizards/SignRequestWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QPlainTextEdit>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class tst_Migration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::optional<CertificateRecord> named(Workspace& ws, const QString& name)
    {
        auto found = ws.find(CertificateRef::typed(name));
        return found ? std::optional<CertificateRecord>(*found) : std::nullopt;
    }

private slots:
    void importCaChecksThenImports()
    {
        const QString fixtures = QFINDTESTDATA("../support/ca_fixtures.sh");
        QVERIFY(!fixtures.isEmpty());
        const QString pki = m_dir.filePath(QStringLiteral("easyrsa"));
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), QStringLiteral("source \"$0\" && make_easyrsa_pki \"$1\" \"Old EasyRSA CA\" \"$2\""),
                    fixtures, pki, m_dir.filePath(QStringLiteral("clients"))});
        QVERIFY(bash.waitForFinished(120000));
        QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());

        auto made = makeDialogPki(m_dir.filePath(QStringLiteral("import.signet")));
        SIGNET_VERIFY_OK(made);
        ImportCaDialog dialog(*made->ws);
        dialog.show();
        auto* check = child<QPushButton>(&dialog, "checkButton");
        auto* import = child<QPushButton>(&dialog, "importButton");
        QVERIFY(!check->isEnabled() && !import->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "folderEdit"), pki);
        QVERIFY(check->isEnabled() && import->isEnabled());

        QSignalSpy done(&dialog, &ImportCaDialog::runFinished);
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY2(dialog.reportText().contains(QStringLiteral("Revoked: bob")), qPrintable(dialog.reportText()));
        QVERIFY(dialog.reportText().contains(QStringLiteral("carol")));
        QVERIFY(child<QLabel>(&dialog, "importSummary")->text().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(!named(*made->ws, QStringLiteral("bob")));
        QVERIFY(!dialog.importedAny());

        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QVERIFY2(dialog.importedAny(), qPrintable(dialog.reportText()));
        const auto bob = named(*made->ws, QStringLiteral("bob"));
        QVERIFY(bob && bob->revoked);
        QCOMPARE(bob->revocationReason, RevocationReason::KeyCompromise);
        QVERIFY(named(*made->ws, QStringLiteral("Old EasyRSA CA"))->keyId.has_value());
        QVERIFY(dialog.reportText().contains(QStringLiteral("Request “carol” waits to be signed")));

        // carol's request came along with its key: the Sign a Request wizard offers it, and the
        // certificate signed for it gets the key and the request's name.
        const qint64 caId = named(*made->ws, QStringLiteral("Old EasyRSA CA"))->id;
        SignRequestWizard wizard(*made->ws, caId);
        wizard.show();
        auto* waiting = child<QComboBox>(&wizard, "waitingRequests");
        QVERIFY(waiting != nullptr);
        QCOMPARE(waiting->count(), 2);
        waiting->setCurrentIndex(1);
        QVERIFY(child<QPlainTextEdit>(&wizard, "csrEdit")->toPlainText().contains(QStringLiteral("CERTIFICATE REQUEST")));
        QAbstractButton* finish = wizard.button(QWizard::FinishButton);
        for (int page = 0; page < 10 && !(finish->isVisible() && finish->isEnabled()); ++page) {
            wizard.next();
        }
        QVERIFY(finish->isVisible() && finish->isEnabled());
        finish->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const auto carol = named(*made->ws, QStringLiteral("carol"));
        QVERIFY(carol && carol->keyId.has_value());
        auto pending = made->ws->pendingRequests();
        SIGNET_VERIFY_OK(pending);
        QVERIFY(pending->isEmpty());

        // And out again, as a folder for openssl ca.
        ExportCaDialog exporter(*made->ws, *named(*made->ws, QStringLiteral("Old EasyRSA CA")));
        exporter.show();
        auto* exportButton = child<QPushButton>(&exporter, "exportButton");
        QVERIFY(!exportButton->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("exported"));
        exporter.setFolder(out);
        exporter.setPassword(QStringLiteral("export password"));
        QVERIFY(exportButton->isEnabled());
        QSignalSpy exported(&exporter, &ExportCaDialog::exportFinished);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exporter.outcome()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/openssl.cnf")));
        // 0600: read and write for its owner (the user bits), nothing for group and others.
        QCOMPARE(int(QFileInfo(out + QStringLiteral("/private/cakey.pem")).permissions() & 0x0FFF),
                 int(QFileDevice::ReadUser | QFileDevice::WriteUser));
        QVERIFY(readFile(out + QStringLiteral("/index.txt")).contains("keyCompromise"));
    }

    void remindsAndBacksUp()
    {
        auto made = makeDialogPki(m_dir.filePath(QStringLiteral("backup.signet")));
        SIGNET_VERIFY_OK(made);
        MainWindow window;
        window.setWorkspace(std::move(made->ws));
        window.show();
        auto* reminder = window.findChild<BackupReminder*>();
        QVERIFY(reminder != nullptr);
        auto* label = window.findChild<QLabel*>(QStringLiteral("backupReminder"));
        QVERIFY(label != nullptr);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionBackUp"))->isEnabled());

        BackupReminder::setReminderChanges(0);
        window.refresh();
        QVERIFY2(label->isHidden(), "the reminder is off");
        BackupReminder::setReminderChanges(3);
        window.refresh();
        QVERIFY2(!label->isHidden(), "five use cases since the workspace was made, and no backup");
        QVERIFY(label->text().contains(QStringLiteral("since the last backup")));

        const QString file = m_dir.filePath(QStringLiteral("copy.signet"));
        QSignalSpy finished(reminder, &BackupReminder::finished);
        reminder->backUpTo(file, false);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(label->isHidden());
        auto copy = Workspace::open(file, QByteArrayLiteral("dialog test password"));
        SIGNET_VERIFY_OK(copy);
        auto report = (*copy)->verify();
        SIGNET_VERIFY_OK(report);
        QVERIFY(report->intact());
        QCOMPARE(report->certificates, qint64(4));
    }
};

SIGNET_GUI_TEST_MAIN(tst_Migration)
#include "tst_Migration.moc"
