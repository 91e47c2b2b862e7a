#pragma once

// Small helpers for driving dialogs in QTest: a small PKI to open them on, find a child by
// objectName, click buttons the way a user does, and read a file's permission bits.

#include "Workspace.h"
#include "TypedValues.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

#include <functional>
#include <memory>

namespace signet::test {

// Root -> intermediate -> server (www.example.test) + client (alice), in a workspace of its own.
struct DialogPki {
    std::unique_ptr<Workspace> ws;
    CertificateRecord root;
    CertificateRecord inter;
    CertificateRecord server;
    CertificateRecord client;
};

inline Result<DialogPki> makeDialogPki(const QString& path)
{
    auto ws = Workspace::create(path, QByteArrayLiteral("dialog test password"), systemClock(),
                                KeyVault::KdfParams{1u << 10, 8, 1});
    if (!ws) {
        return ws.error();
    }
    DialogPki pki;
    pki.ws = std::move(ws).value();
    auto root = pki.ws->createCa({QStringLiteral("Test Root"), test::dn(QStringLiteral("CN=Test Root,O=Signet Tests")),
                                  test::keySpec(QStringLiteral("ec:p256")), 3650, {}, -1, {}, {}});
    if (!root) {
        return root.error();
    }
    pki.root = root->record;
    auto inter = pki.ws->createCa({QStringLiteral("Test Issuing"), test::dn(QStringLiteral("CN=Test Issuing,O=Signet Tests")),
                                   test::keySpec(QStringLiteral("ec:p256")), 1825, CertificateRef::typed(QStringLiteral("Test Root")), 0, {}, {}});
    if (!inter) {
        return inter.error();
    }
    pki.inter = inter->record;
    LeafOptions server;
    server.ca = CertificateRef::typed(QStringLiteral("Test Issuing"));
    server.dnsNames = {QStringLiteral("www.example.test")};
    auto issued = pki.ws->issue(server);
    if (!issued) {
        return issued.error();
    }
    pki.server = issued->record;
    LeafOptions client;
    client.ca = CertificateRef::typed(QStringLiteral("Test Issuing"));
    client.profile = Profile::Client;
    client.subject = DistinguishedName::fromCommonName(QStringLiteral("alice"));
    auto alice = pki.ws->issue(client);
    if (!alice) {
        return alice.error();
    }
    pki.client = alice->record;
    return pki;
}

inline unsigned modeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    return st.st_mode & 0777;
}

template <typename T>
inline T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        qWarning("no child %s", name);
    }
    return widget;
}

// Calls `handle` with the next modal dialog of type T once it is shown (from inside its exec()).
template <typename T>
void onModal(std::function<void(T*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

inline void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Radio buttons and check boxes only react on their indicator and text, not on the whole row.
inline void toggle(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

inline void clickOk(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(box != nullptr);
    click(box->button(QDialogButtonBox::Ok));
}

inline void chooseData(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo != nullptr);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace signet::test
