// The main window with a real workspace: welcome page versus tree, actions enabled by the
// selection, the filter, the status bar's expiry and CRL warnings, and import by drag and drop.

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "CertificateActions.h"
#include "CertificateTreeModel.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace signet;

class tst_MainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    std::unique_ptr<Workspace> makeWorkspace(const QString& name)
    {
        auto ws = Workspace::create(m_dir.filePath(name), "pw", [this] { return m_now; }, KeyVault::KdfParams{1u << 10, 8, 1});
        return ws ? std::move(ws).value() : nullptr;
    }

    static QModelIndex findRow(QAbstractItemModel* model, const QString& name, const QModelIndex& parent = {})
    {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString() == name) {
                return index;
            }
        }
        return {};
    }

private slots:
    void welcomePageUntilThereIsACa()
    {
        MainWindow window;
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(!window.certificateActions()->newCa->isEnabled());
        window.setWorkspace(makeWorkspace(QStringLiteral("empty.signet")));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        QVERIFY(window.certificateActions()->newCa->isEnabled());
        QVERIFY(!window.certificateActions()->newServer->isEnabled()); // no CA to sign with yet
        QVERIFY(window.workspace()->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 0, {}, -1, {}, {}}));
        window.refresh();
        QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("welcomePage"));
        QVERIFY(window.certificateActions()->newServer->isEnabled());
    }

    void actionsFollowTheSelection()
    {
        auto ws = makeWorkspace(QStringLiteral("actions.signet"));
        QVERIFY(ws);
        auto root = ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 0, {}, -1, {}, {}});
        QVERIFY(root);
        LeafOptions server;
        server.ca = CertificateRef::typed(QStringLiteral("Root"));
        server.dnsNames = {QStringLiteral("web.example")};
        auto web = ws->issue(server);
        LeafOptions client;
        client.ca = CertificateRef::typed(QStringLiteral("Root"));
        client.profile = Profile::Client;
        client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
        auto alice = ws->issue(client);
        QVERIFY(web && alice);
        QVERIFY(ws->revoke(CertificateRef::typed(QStringLiteral("alice")), RevocationReason::KeyCompromise));

        MainWindow window;
        window.setWorkspace(std::move(ws));
        CertificateActions* actions = window.certificateActions();
        QVERIFY(!actions->exportCertificate->isEnabled()); // nothing selected

        window.selectCertificate(root->record.id);
        QVERIFY(actions->exportCertificate->isEnabled());
        QVERIFY(actions->publishCrl->isEnabled());
        QVERIFY(!actions->revoke->isEnabled()); // a root is on no CRL
        QVERIFY(!actions->serverConfig->isEnabled());

        window.selectCertificate(web->record.id);
        QCOMPARE(window.tree()->currentIndex().data().toString(), QStringLiteral("web.example"));
        QVERIFY(actions->revoke->isEnabled());
        QVERIFY(actions->serverConfig->isEnabled());
        QVERIFY(!actions->publishCrl->isEnabled());

        window.selectCertificate(alice->record.id);
        QVERIFY(!actions->revoke->isEnabled()); // already revoked
        QVERIFY(!actions->serverConfig->isEnabled());
        const QModelIndex status = window.tree()->currentIndex().siblingAtColumn(CertificateTreeModel::StatusColumn);
        QCOMPARE(status.data(CertificateTreeModel::StatusRole).toInt(), int(CertificateStatus::Revoked));

        // The inspector shows the selected certificate.
        auto* name = window.findChild<QLabel*>(QStringLiteral("field_name"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("alice"));
    }

    void filterAndStatusBar()
    {
        auto ws = makeWorkspace(QStringLiteral("status.signet"));
        QVERIFY(ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 0, {}, -1, {}, {}}));
        for (int days : {10, 20, 200}) {
            LeafOptions server;
            server.ca = CertificateRef::typed(QStringLiteral("Root"));
            server.dnsNames = {QStringLiteral("h%1.example").arg(days)};
            server.days = days;
            QVERIFY(ws->issue(server));
        }
        QVERIFY(ws->publishCrl(CertificateRef::typed(QStringLiteral("Root")), 3));
        Workspace* raw = ws.get();
        MainWindow window;
        window.setWorkspace(std::move(ws));
        auto* expiry = window.findChild<QLabel*>(QStringLiteral("expiryStatus"));
        auto* crl = window.findChild<QLabel*>(QStringLiteral("crlStatus"));
        QVERIFY(expiry->text().contains(QStringLiteral("2 ")));
        QVERIFY2(crl->text().contains(QStringLiteral("Root")), qPrintable(crl->text())); // due within 7 days

        m_now = m_now.addDays(5); // the CRL is now past its nextUpdate
        window.refresh();
        QVERIFY2(crl->text().contains(QStringLiteral("expired")), qPrintable(crl->text()));
        QVERIFY(raw->publishCrl(CertificateRef::typed(QStringLiteral("Root")), 30));
        window.refresh();
        QVERIFY(!crl->text().contains(QStringLiteral("Root")));

        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        filter->setText(QStringLiteral("h200"));
        QTRY_COMPARE(window.model()->index(0, 0).data().toString(), QStringLiteral("h200.example"));
        QCOMPARE(window.model()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(window.model()->index(0, 0).data().toString(), QStringLiteral("Root")); // the tree again
        QCOMPARE(window.model()->rowCount(), 1);
    }

    void dropImportsFiles()
    {
        auto source = makeWorkspace(QStringLiteral("source.signet"));
        QVERIFY(source->createCa({QStringLiteral("Other Root"), test::dn(QStringLiteral("CN=Other Root")), test::keySpec(QStringLiteral("ec:p256")), 0, {}, -1, {}, {}}));
        ExportOptions pem;
        auto exported = source->exportCertificate(CertificateRef::typed(QStringLiteral("Other Root")), pem);
        QVERIFY(exported);
        const QString file = m_dir.filePath(QStringLiteral("other-root.pem"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exported->data);
        out.close();

        MainWindow window;
        window.setWorkspace(makeWorkspace(QStringLiteral("target.signet")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        // The import ends in the background, then the tree shows what it brought.
        QTRY_VERIFY(findRow(window.model(), QStringLiteral("Other Root")).isValid());
        auto found = window.workspace()->find(CertificateRef::typed(QStringLiteral("Other Root")));
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QVERIFY(!found->keyId);
        QVERIFY(findRow(window.model(), QStringLiteral("Other Root")).isValid());
    }
};

SIGNET_GUI_TEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
