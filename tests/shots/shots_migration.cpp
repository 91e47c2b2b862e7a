// Screenshots of File ▸ Import CA… (a checked EasyRSA pki, then imported) and of the backup
// reminder in the status bar, for a look at the layout:
//   SIGNET_SHOTS_DIR=/tmp/shots/migration xvfb-run -a -s "-screen 0 1280x1024x24" ./shots_migration
// Not a test; CTest does not run it (tests/ui/tst_Migration.cpp checks the dialog and the reminder).

#include "DialogTestSupport.h"
#include "ShotSupport.h"
#include "TestSupport.h"

#include "BackupReminder.h"
#include "MainWindow.h"
#include "dialogs/ExportCaDialog.h"
#include "dialogs/ImportCaDialog.h"

#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class MigrationShots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void importCa()
    {
        const QString pki = m_dir.filePath(QStringLiteral("easyrsa"));
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), QStringLiteral("source \"$0\" && make_easyrsa_pki \"$1\" \"Office VPN CA\" \"$2\""),
                    QFINDTESTDATA("../support/ca_fixtures.sh"), pki, m_dir.filePath(QStringLiteral("clients"))});
        QVERIFY(bash.waitForFinished(120000) && bash.exitCode() == 0);
        auto made = makeDialogPki(m_dir.filePath(QStringLiteral("shots.signet")));
        SIGNET_VERIFY_OK(made);
        ImportCaDialog dialog(*made->ws);
        dialog.setFolder(pki);
        dialog.move(20, 20);
        dialog.show();
        shots::takeShot(dialog, QStringLiteral("import-ca-empty"));
        QSignalSpy done(&dialog, &ImportCaDialog::runFinished);
        click(child<QPushButton>(&dialog, "checkButton"));
        QVERIFY(done.wait(60000));
        shots::takeShot(dialog, QStringLiteral("import-ca-checked"));
        click(child<QPushButton>(&dialog, "importButton"));
        QVERIFY(done.wait(60000));
        shots::takeShot(dialog, QStringLiteral("import-ca-imported"));

        ExportCaDialog exporter(*made->ws, *made->ws->find(CertificateRef::typed(QStringLiteral("Office VPN CA"))));
        exporter.setFolder(QDir::home().filePath(QStringLiteral("office-vpn-ca")));
        exporter.setPassword(QStringLiteral("a long export password"));
        exporter.move(20, 20);
        exporter.show();
        shots::takeShot(exporter, QStringLiteral("export-ca"));
        exporter.close();

        MainWindow window;
        window.setWorkspace(std::move(made->ws));
        BackupReminder::setReminderChanges(3);
        window.refresh();
        window.resize(1100, 700);
        window.move(0, 0);
        window.show();
        shots::takeShot(window, QStringLiteral("backup-reminder"));
    }
};

int main(int argc, char** argv)
{
    return signet::shots::run<MigrationShots>(argc, argv);
}

#include "shots_migration.moc"
