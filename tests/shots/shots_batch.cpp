// Screenshots of File ▸ Issue From List…: the preview of a list with an unreadable line, and the
// outcome after issuing, for a look at the layout:
//   SIGNET_SHOTS_DIR=/tmp/shots/batch xvfb-run -a -s "-screen 0 1280x1024x24" ./shots_batch
// Not a test; CTest does not run it (tests/ui/tst_IssueFromList.cpp checks the dialog).

#include "DialogTestSupport.h"
#include "ShotSupport.h"
#include "TestSupport.h"

#include "dialogs/IssueFromListDialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace signet;
using namespace signet::test;

class BatchShots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DialogPki m_pki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto pki = makeDialogPki(m_dir.filePath(QStringLiteral("shots.signet")));
        SIGNET_VERIFY_OK(pki);
        m_pki = std::move(pki).value();
    }

    void cleanupTestCase() { m_pki.ws.reset(); }

    void issueFromList()
    {
        QFile file(m_dir.filePath(QStringLiteral("staff.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("profile,cn,email,dns,days\n"
                   "client,Ada Lovelace,ada@example.test,,365\n"
                   "client,Grace Hopper,grace@example.test,,365\n"
                   "client,Alan Turing,alan@example,,365\n"
                   "server,,,\"build.example.test;ci.example.test\",90\n"
                   "client,Edsger Dijkstra,edsger@example.test,,0\n"
                   "server-client,vpn-gw,,vpn.example.test,\n");
        file.close();
        IssueFromListDialog dialog(*m_pki.ws);
        dialog.loadList(file.fileName());
        dialog.move(20, 20);
        dialog.show();
        shots::takeShot(dialog, QStringLiteral("issue-from-list-preview"));
        QSignalSpy done(&dialog, &IssueFromListDialog::runFinished);
        click(child<QPushButton>(&dialog, "issueButton"));
        QVERIFY(done.wait(60000));
        shots::takeShot(dialog, QStringLiteral("issue-from-list-issued"));
    }
};

int main(int argc, char** argv)
{
    return signet::shots::run<BatchShots>(argc, argv);
}

#include "shots_batch.moc"
