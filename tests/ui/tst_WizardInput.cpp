// Where typing lands when a wizard page opens: in its first text field, never in the "Signed by CA"
// combo box (typing "beta.example.test" there would choose "Beta Root"). And the Sign CSR wizard's
// name: the request's, shown and editable up front, refused there while another certificate has it.

#include "GuiTestMain.h"
#include "CsrTestSupport.h"
#include "WizardTestSupport.h"

#include "wizards/NewCaWizard.h"
#include "wizards/NewClientWizard.h"
#include "wizards/NewServerWizard.h"
#include "wizards/SignRequestWizard.h"

#include <QApplication>
#include <QLabel>

using namespace signet;
using signet::test::child;
using signet::test::nextEnabled;

class tst_WizardInput : public QObject {
    Q_OBJECT

private:
    test::WizardFixture m_fixture;
    CertificateRecord m_alpha;
    CertificateRecord m_beta;

    Workspace& ws() { return m_fixture.ws(); }

    // Types `text` (Return for each line break) into whatever has the keyboard focus.
    static QWidget* typeIntoFocus(QWizard& wizard, const QString& text)
    {
        QWidget* focus = QApplication::focusWidget();
        if (focus == nullptr || focus->window() != &wizard) {
            qWarning("the focus is not in the wizard");
            return nullptr;
        }
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                QTest::keyClick(focus, Qt::Key_Return);
            }
            QTest::keyClicks(focus, lines.at(i));
        }
        return focus;
    }

    static bool show(QWizard& wizard)
    {
        wizard.show();
        wizard.activateWindow();
        return QTest::qWaitForWindowActive(&wizard);
    }

private slots:
    void init()
    {
        QVERIFY(m_fixture.open(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".signet")));
        // "Alpha Root" comes first in the combo box; typing a "b" there would choose "Beta Root".
        m_alpha = m_fixture.makeRoot(QStringLiteral("Alpha Root"));
        m_beta = m_fixture.makeRoot(QStringLiteral("Beta Root"));
        QVERIFY(m_alpha.id != 0 && m_beta.id != 0);
    }
    void cleanup() { m_fixture.close(); }

    void serverWizardTypesIntoHostNames()
    {
        NewServerWizard wizard(ws(), std::nullopt);
        QVERIFY(show(wizard));
        auto* ca = child<QComboBox>(&wizard, "caCombo");
        QCOMPARE(ca->currentData().toLongLong(), m_alpha.id);
        QVERIFY(typeIntoFocus(wizard, QStringLiteral("beta.example.test")));
        QCOMPARE(ca->currentData().toLongLong(), m_alpha.id);
        QCOMPARE(child<QPlainTextEdit>(&wizard, "hostNamesEdit")->toPlainText(), QStringLiteral("beta.example.test"));

        // The key page: the name, not the key type.
        wizard.next();
        auto* keyType = child<QComboBox>(&wizard, "keyTypeCombo");
        const int keyIndex = keyType->currentIndex();
        QVERIFY(typeIntoFocus(wizard, QStringLiteral("Beta web")));
        QCOMPARE(keyType->currentIndex(), keyIndex);
        QCOMPARE(child<QLineEdit>(&wizard, "nameEdit")->text(), QStringLiteral("Beta web"));
    }

    void clientWizardTypesIntoTheName()
    {
        NewClientWizard wizard(ws(), std::nullopt);
        QVERIFY(show(wizard));
        auto* ca = child<QComboBox>(&wizard, "caCombo");
        QVERIFY(typeIntoFocus(wizard, QStringLiteral("bob")));
        QCOMPARE(ca->currentData().toLongLong(), m_alpha.id);
        QCOMPARE(child<QLineEdit>(&wizard, "commonNameEdit")->text(), QStringLiteral("bob"));
    }

    void caWizardTypesIntoTheName()
    {
        NewCaWizard wizard(ws(), std::nullopt);
        QVERIFY(show(wizard));
        wizard.next(); // the first page has no text field: root or intermediate
        QVERIFY(typeIntoFocus(wizard, QStringLiteral("Beta Lab CA")));
        QCOMPARE(child<QLineEdit>(&wizard, "nameEdit")->text(), QStringLiteral("Beta Lab CA"));
    }

    void signRequestWizardTypesIntoTheRequestAndTheName()
    {
        QTemporaryDir dir;
        const QByteArray csr = test::makeCsr(dir.path(), QStringLiteral("/CN=beta.example.test"));
        QVERIFY(!csr.isEmpty());
        SignRequestWizard wizard(ws(), std::nullopt);
        QVERIFY(show(wizard));
        QVERIFY(typeIntoFocus(wizard, QString::fromLatin1(csr)));
        QVERIFY(nextEnabled(wizard)); // the typed request parses
        wizard.next();
        auto* ca = child<QComboBox>(&wizard, "caCombo");
        QCOMPARE(ca->currentData().toLongLong(), m_alpha.id);
        QVERIFY(typeIntoFocus(wizard, QStringLiteral(" b")));
        QCOMPARE(ca->currentData().toLongLong(), m_alpha.id);
        QCOMPARE(child<QLineEdit>(&wizard, "nameEdit")->text(), QStringLiteral("beta.example.test b"));
    }

    // A certificate named like the request's CN is there already: the wizard shows the name, says
    // it is taken and goes on only with another one, which the certificate then gets, unchanged.
    void signRequestNameIsCheckedUpFront()
    {
        LeafOptions existing;
        existing.ca = CertificateRef::typed(m_alpha.name);
        existing.dnsNames = {QStringLiteral("web.other.test")};
        SIGNET_VERIFY_OK(ws().issue(existing));

        QTemporaryDir dir;
        const QByteArray csr = test::makeCsr(dir.path(), QStringLiteral("/CN=web.other.test"));
        QVERIFY(!csr.isEmpty());
        SignRequestWizard wizard(ws(), m_alpha.id, nullptr, csr);
        QVERIFY(show(wizard));
        wizard.next();
        auto* name = child<QLineEdit>(&wizard, "nameEdit");
        auto* hint = child<QLabel>(&wizard, "nameHint");
        QCOMPARE(name->text(), QStringLiteral("web.other.test"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("already")), qPrintable(hint->text()));
        QVERIFY(!nextEnabled(wizard));

        name->setText(QStringLiteral("WEB.other.test")); // names are compared without case, as the workspace does
        QVERIFY(!nextEnabled(wizard));
        name->setText(QStringLiteral("web.other.test renewed"));
        QVERIFY(!hint->isVisible());
        QVERIFY(nextEnabled(wizard));
        wizard.next();
        QVERIFY(test::finish(wizard));
        QCOMPARE(wizard.created().name, QStringLiteral("web.other.test renewed"));
        QVERIFY(!ws().find(CertificateRef::typed(QStringLiteral("web.other.test (2)"))));
    }
};

SIGNET_GUI_TEST_MAIN(tst_WizardInput)
#include "tst_WizardInput.moc"
