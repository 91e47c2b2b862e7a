// The desktop application as an installed program behaves: settings in signet/signet.conf, the
// window's layout and the last workspace restored, the Help menu, and files handed over by a file
// manager (a request opens the Sign CSR wizard, a certificate is offered for import).

#include "GuiTestMain.h"
#include "CertificateActions.h"
#include "DialogTestSupport.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "WindowSettings.h"
#include "Workspace.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "wizards/SignRequestWizard.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace signet;

namespace {
using test::onModal;

void clickButton(QMessageBox* box, QMessageBox::StandardButton which)
{
    box->button(which)->click();
}
} // namespace

class tst_DesktopApp : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            return {};
        }
        return path;
    }

private slots:
    void init() { QSettings().clear(); }

    void settingsLiveInTheSignetFolder()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.endsWith(QStringLiteral("/signet/signet.conf")), qPrintable(file));
        QVERIFY2(file.contains(QStringLiteral(".qttest")), qPrintable(file)); // never the real home in tests
    }

    void layoutIsRestored()
    {
        const QString path = m_dir.filePath(QStringLiteral("layout.signet"));
        QList<int> saved;
        {
            auto pki = test::makeDialogPki(path);
            QVERIFY(pki);
            MainWindow window;
            window.setWorkspace(std::move(pki->ws));
            window.resize(930, 610);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
            splitter->setSizes({600, 300});
            saved = splitter->sizes();
            QVERIFY(saved.at(0) > 2 * saved.at(1) - 50); // not the default 3:2
            window.tree()->setColumnWidth(1, 177);
            window.close();
        }
        auto ws = Workspace::open(path, QByteArrayLiteral("dialog test password"));
        QVERIFY(ws);
        MainWindow restored;
        restored.setWorkspace(std::move(ws).value());
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), QSize(930, 610));
        QCOMPARE(restored.tree()->columnWidth(1), 177);
        QCOMPARE(restored.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), saved);
        QCOMPARE(WindowSettings::lastWorkspace(), path);
    }

    void helpMenuHasAboutAndShortcuts()
    {
        MainWindow window;
        QStringList names;
        for (QAction* action : window.menuBar()->actions()) {
            names << action->text();
        }
        QVERIFY2(names.contains(QStringLiteral("&Help")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAbout")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionAboutQt")));

        AboutDialog about;
        const QString text = about.findChild<QLabel*>(QStringLiteral("aboutText"))->text();
        QVERIFY(text.contains(QStringLiteral(SIGNET_VERSION)));
        QVERIFY(text.contains(QStringLiteral("Apache License")));
        QVERIFY(text.contains(QStringLiteral("OpenSSL")));
        // Not installed here: the documentation link goes to the web site.
        QCOMPARE(AboutDialog::documentationUrl(), QUrl(QStringLiteral(SIGNET_HOMEPAGE)));

        // The shortcut list is read from the actions: Export's Ctrl+E is there.
        bool shown = false;
        int imports = 0;
        onModal<ShortcutsDialog>([&shown, &imports](ShortcutsDialog* dialog) {
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutList"));
            for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = list->topLevelItem(i);
                shown = shown
                        || (item->text(0) == QStringLiteral("Export")
                            && item->text(1) == QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText));
                imports += item->text(0) == QStringLiteral("Import") ? 1 : 0;
            }
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("actionShortcuts"))->trigger();
        QVERIFY(shown);
        QCOMPARE(imports, 1); // in two menus, listed once
    }

    void requestFromFileManagerOpensLastWorkspaceAndSignWizard()
    {
        auto pki = test::makeDialogPki(m_dir.filePath(QStringLiteral("last.signet")));
        QVERIFY2(pki, pki ? "" : qPrintable(pki.error().toString()));
        const QString path = pki->ws->path();
        pki->ws.reset();
        WindowSettings::rememberWorkspace(path);

        const QString csr = m_dir.filePath(QStringLiteral("device.csr"));
        QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                    QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("device.key")),
                                    QStringLiteral("-out"), csr, QStringLiteral("-subj"), QStringLiteral("/CN=device.example.test")}),
                 0);

        QString shownRequest;
        onModal<PasswordDialog>([&shownRequest](PasswordDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("dialog test password"));
            onModal<SignRequestWizard>([&shownRequest](SignRequestWizard* wizard) {
                shownRequest = wizard->findChild<QLabel*>(QStringLiteral("csrDetails"))->text();
                wizard->reject();
            });
            dialog->accept();
        });
        MainWindow window;
        window.show();
        window.openFiles({csr});
        QVERIFY(window.workspace());
        QCOMPARE(window.workspace()->path(), path);
        QVERIFY2(shownRequest.contains(QStringLiteral("device.example.test")), qPrintable(shownRequest));
    }

    void certificateFromFileManagerIsOfferedForImport()
    {
        auto other = test::makeDialogPki(m_dir.filePath(QStringLiteral("other.signet")));
        QVERIFY(other);
        auto pem = other->ws->exportCertificate(CertificateRef::typed(QStringLiteral("Test Root")), ExportOptions());
        QVERIFY(pem);
        const QString file = writeFile(QStringLiteral("partner-root.crt"), pem->data);
        QVERIFY(!file.isEmpty());

        auto target = Workspace::create(m_dir.filePath(QStringLiteral("target.signet")), "pw", systemClock(),
                                        KeyVault::KdfParams{1u << 10, 8, 1});
        QVERIFY(target);
        MainWindow window;
        window.setWorkspace(std::move(target).value());

        // Declined: nothing is imported.
        QString question;
        onModal<QMessageBox>([&question](QMessageBox* box) {
            question = box->text();
            clickButton(box, QMessageBox::No);
        });
        window.openFiles({file});
        QVERIFY2(question.contains(QStringLiteral("partner-root.crt")), qPrintable(question));
        QVERIFY(!window.workspace()->find(CertificateRef::typed(QStringLiteral("Test Root"))));

        onModal<QMessageBox>([](QMessageBox* box) { clickButton(box, QMessageBox::Yes); });
        window.openFiles({file});
        QTRY_VERIFY(window.workspace()->find(CertificateRef::typed(QStringLiteral("Test Root"))).ok());
    }

    void unreadableFilesAreReportedAndChangeNothing()
    {
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("unchanged.signet")), "pw", systemClock(),
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        QVERIFY(ws);
        MainWindow window;
        window.setWorkspace(std::move(ws).value());
        const QString missing = m_dir.filePath(QStringLiteral("missing.crt"));
        QFile::link(m_dir.filePath(QStringLiteral("partner-root.crt")), m_dir.filePath(QStringLiteral("link.crt")));
        // A FIFO would block whoever reads it: it is reported, never opened.
        const QString fifo = m_dir.filePath(QStringLiteral("fifo.crt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString warning;
        onModal<QMessageBox>([&warning](QMessageBox* box) {
            warning = box->text();
            clickButton(box, QMessageBox::Ok);
        });
        window.openFiles({missing, m_dir.filePath(QStringLiteral("link.crt")), fifo});
        QVERIFY2(warning.contains(missing), qPrintable(warning));
        QVERIFY2(warning.contains(fifo), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("link.crt")), qPrintable(warning)); // never through a symlink
        CertificateRepository::Filter all;
        all.now = window.workspace()->now();
        QCOMPARE(*window.workspace()->count(all), 0);
    }
};

SIGNET_GUI_TEST_MAIN(tst_DesktopApp)

#include "tst_DesktopApp.moc"
