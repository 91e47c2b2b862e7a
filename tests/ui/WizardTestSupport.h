#pragma once

// Helpers shared by the wizard tests: a workspace with a fixed clock, a root CA to issue from, and
// filling widgets by their objectName.

#include "TestSupport.h"
#include "TypedValues.h"

#include "Workspace.h"
#include "crypto/Certificate.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include <memory>

namespace signet::test {

inline QDateTime wizardEpoch()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        qWarning("no child %s", name);
    }
    return widget;
}

inline void setText(QWidget* parent, const char* name, const QString& text)
{
    if (auto* line = parent->findChild<QLineEdit*>(QString::fromLatin1(name))) {
        line->setText(text);
    } else if (auto* plain = parent->findChild<QPlainTextEdit*>(QString::fromLatin1(name))) {
        plain->setPlainText(text);
    } else {
        qWarning("no text field %s", name);
    }
}

inline bool chooseData(QWidget* parent, const char* name, const QVariant& data)
{
    auto* combo = child<QComboBox>(parent, name);
    const int index = combo ? combo->findData(data) : -1;
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
    return index >= 0;
}

// Finish on the summary page; true when the wizard accepted and closed.
inline bool finish(QWizard& wizard)
{
    QAbstractButton* button = wizard.button(QWizard::FinishButton);
    if (!button->isVisible() || !button->isEnabled()) {
        qWarning("Finish is not available");
        return false;
    }
    button->click();
    return !wizard.isVisible() && wizard.result() == QDialog::Accepted;
}

// The summary page's text, as the user reads it.
inline QString summaryText(QWizard& wizard)
{
    auto* view = child<QTextBrowser>(&wizard, "summaryView");
    return view ? view->toPlainText() : QString();
}

inline bool nextEnabled(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

// A workspace of its own in a temporary folder, whose clock the test sets.
class WizardFixture {
public:
    QDateTime now = wizardEpoch();

    bool open(const QString& fileName)
    {
        auto ws = Workspace::create(m_dir.filePath(fileName), QByteArrayLiteral("wizard test password"),
                                    [this] { return now; }, KeyVault::KdfParams{1u << 10, 8, 1});
        if (!ws) {
            qWarning() << ws.error().toString();
            return false;
        }
        m_ws = std::move(ws).value();
        return true;
    }
    void close() { m_ws.reset(); }
    Workspace& ws() { return *m_ws; }

    qint64 certificateCount()
    {
        auto count = m_ws->count(CertificateRepository::Filter{});
        return count ? *count : -1;
    }
    CertificateRecord makeRoot(const QString& name, int days = 3650, const QString& crlUrl = {})
    {
        CaOptions options;
        options.name = name;
        options.subject = test::dn(QStringLiteral("CN=%1,O=Signet Tests").arg(name));
        options.key = test::keySpec(QStringLiteral("ec:p256"));
        options.days = days;
        options.crlUrl = crlUrl;
        auto root = m_ws->createCa(options);
        if (!root) {
            qWarning() << root.error().toString();
            return {};
        }
        return root->record;
    }
    Certificate certificateOf(const CertificateRecord& record)
    {
        auto cert = m_ws->certificate(record);
        return cert ? std::move(cert).value() : Certificate();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace signet::test
