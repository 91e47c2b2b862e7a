// The details pane and the dates of the desktop: a revoked certificate says when and why it was
// revoked and counts no days left, an expired one says when it expired; the PEM text keeps its
// 64-column lines whole; and every date shown follows the application's locale (German here).

#include "GuiTestMain.h"
#include "TypedValues.h"
#include "TestSupport.h"

#include "CertificateTreeModel.h"
#include "InspectorWidget.h"
#include "Workspace.h"
#include "dialogs/PublishCrlDialog.h"
#include "wizards/CaComboBox.h"
#include "wizards/ValidityEdit.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace signet;

class tst_Inspector : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    std::unique_ptr<Workspace> m_ws;
    CertificateRecord m_root;
    CertificateRecord m_web;
    const QLocale m_locale; // the default when the test started

    QString field(InspectorWidget& inspector, const char* key)
    {
        auto* label = inspector.findChild<QLabel*>(QStringLiteral("field_") + QLatin1String(key));
        return label != nullptr ? label->text() : QString();
    }

    void show(InspectorWidget& inspector, const QString& name)
    {
        auto record = m_ws->find(CertificateRef::typed(name));
        QVERIFY(record);
        inspector.showCertificate(m_ws.get(), &*record);
    }

private slots:
    void initTestCase()
    {
        auto ws = Workspace::create(m_dir.filePath(QStringLiteral("inspector.signet")), "pw", [this] { return m_now; },
                                    KeyVault::KdfParams{1u << 10, 8, 1});
        SIGNET_VERIFY_OK(ws);
        m_ws = std::move(ws).value();
        auto root = m_ws->createCa({QStringLiteral("Root"), test::dn(QStringLiteral("CN=Root")), test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}});
        SIGNET_VERIFY_OK(root);
        m_root = root->record;
        for (const QString& host : {QStringLiteral("web.example"), QStringLiteral("old.example")}) {
            LeafOptions server;
            server.ca = CertificateRef::typed(QStringLiteral("Root"));
            server.dnsNames = {host};
            server.days = host.startsWith(QLatin1String("old")) ? 10 : 397;
            auto issued = m_ws->issue(server);
            SIGNET_VERIFY_OK(issued);
            if (host.startsWith(QLatin1String("web"))) {
                m_web = issued->record;
            }
        }
    }

    void cleanup() { QLocale::setDefault(m_locale); }

    void revokedSaysWhenAndWhy()
    {
        m_now = m_now.addDays(3);
        SIGNET_VERIFY_OK(m_ws->revoke(CertificateRef::typed(QStringLiteral("web.example")), RevocationReason::KeyCompromise));
        InspectorWidget inspector;
        show(inspector, QStringLiteral("web.example"));
        const QString status = field(inspector, "status");
        const QString revokedAt = QLocale().toString(m_now.toLocalTime(), QLocale::LongFormat);
        QVERIFY2(status.contains(QStringLiteral("Revoked on %1 (Key compromise)").arg(revokedAt.toHtmlEscaped())),
                 qPrintable(status));
        const QString until = field(inspector, "validUntil");
        QVERIFY2(!until.contains(QStringLiteral("left")), qPrintable(until)); // no "394 days left"
        QVERIFY(until.contains(QLocale().toString(m_web.notAfter.toLocalTime(), QLocale::LongFormat)));
    }

    void expiredSaysWhen()
    {
        m_now = m_now.addDays(20); // old.example ran for 10 days
        InspectorWidget inspector;
        show(inspector, QStringLiteral("old.example"));
        auto old = m_ws->find(CertificateRef::typed(QStringLiteral("old.example")));
        QVERIFY(old);
        const QString status = field(inspector, "status");
        QVERIFY2(status.contains(QStringLiteral("Expired on %1")
                                     .arg(QLocale().toString(old->notAfter.toLocalTime(), QLocale::LongFormat))),
                 qPrintable(status));
        QVERIFY(field(inspector, "validUntil").contains(QStringLiteral("expired")));
        QVERIFY(!field(inspector, "validUntil").contains(QStringLiteral("left")));
    }

    // RFC 7468 lines of 64 characters, each on one line of the view.
    void pemLinesStayWhole()
    {
        InspectorWidget inspector;
        show(inspector, QStringLiteral("Root"));
        auto* pem = inspector.findChild<QPlainTextEdit*>(QStringLiteral("pemView"));
        QVERIFY(pem);
        QCOMPARE(pem->lineWrapMode(), QPlainTextEdit::NoWrap);
        QVERIFY(QFontInfo(pem->font()).fixedPitch());
        const int line = QFontMetrics(pem->font()).horizontalAdvance(QString(64, QLatin1Char('M')));
        auto* tabs = inspector.findChild<QTabWidget*>(QStringLiteral("inspectorTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->count() - 1); // PEM / Text
        inspector.resize(inspector.preferredWidth(), 600);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QVERIFY2(pem->viewport()->width() >= line, qPrintable(QStringLiteral("%1 < %2").arg(pem->viewport()->width()).arg(line)));
        QCOMPARE(pem->document()->blockCount(), pem->document()->lineCount()); // no block wraps
    }

    // With a German locale, the dates of the tree, the inspector, the wizards and the CRL dialog are German.
    void datesFollowTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        const QString untilGerman = german.toString(m_root.notAfter.toLocalTime(), QLocale::LongFormat);
        QVERIFY(untilGerman != QLocale::c().toString(m_root.notAfter.toLocalTime(), QLocale::LongFormat));

        InspectorWidget inspector;
        show(inspector, QStringLiteral("Root"));
        QVERIFY2(field(inspector, "validUntil").startsWith(untilGerman), qPrintable(field(inspector, "validUntil")));
        show(inspector, QStringLiteral("web.example")); // revoked in March above
        QVERIFY2(field(inspector, "status").contains(QStringLiteral("März")), qPrintable(field(inspector, "status")));

        CertificateTreeModel model;
        model.setWorkspace(m_ws.get());
        model.fetchMore({});
        const QModelIndex expires = model.index(0, CertificateTreeModel::ExpiresColumn);
        QCOMPARE(expires.data().toString(), german.toString(m_root.notAfter.toLocalTime().date(), QLocale::ShortFormat));

        ValidityEdit validity(m_now);
        validity.setLimits(30, 100);
        auto* end = validity.findChild<QLabel*>(QStringLiteral("validityEndLabel"));
        QVERIFY(end);
        QVERIFY2(end->text().contains(german.toString(m_now.addDays(30).toLocalTime().date(), QLocale::LongFormat)),
                 qPrintable(end->text()));

        CaComboBox cas(*m_ws);
        QVERIFY2(cas.itemData(0, Qt::ToolTipRole).toString().contains(german.toString(m_root.notAfter.toLocalTime().date(),
                                                                                       QLocale::LongFormat)),
                 qPrintable(cas.itemData(0, Qt::ToolTipRole).toString()));

        PublishCrlDialog publish(*m_ws, m_root);
        auto* reminder = publish.findChild<QLabel*>(QStringLiteral("reminderLabel"));
        QVERIFY(reminder);
        const QDateTime next = m_now.addDays(publish.findChild<QSpinBox*>(QStringLiteral("daysSpin"))->value());
        QVERIFY2(reminder->text().contains(german.toString(next.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()),
                 qPrintable(reminder->text()));
    }
};

SIGNET_GUI_TEST_MAIN(tst_Inspector)
#include "tst_Inspector.moc"
