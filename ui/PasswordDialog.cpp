#include "PasswordDialog.h"
#include "StatusStyle.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

namespace {
QString introText(PasswordDialog::Mode mode, const QString& fileName)
{
    switch (mode) {
    case PasswordDialog::Mode::Unlock:
        return PasswordDialog::tr("Enter the password of <b>%1</b>.").arg(fileName);
    case PasswordDialog::Mode::Create:
        return PasswordDialog::tr("Choose a password for <b>%1</b>. It encrypts every private key in the "
                                  "workspace; without it they cannot be recovered.")
            .arg(fileName);
    case PasswordDialog::Mode::Change:
        return PasswordDialog::tr("Enter the current password of <b>%1</b>, then the new one twice. The private "
                                  "keys stay as they are; only the password that unlocks them changes.")
            .arg(fileName);
    }
    return {};
}

QLineEdit* passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(Mode mode, const QString& workspacePath, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Unlock   ? tr("Unlock Workspace")
                   : mode == Mode::Create ? tr("Set Workspace Password")
                                          : tr("Change Workspace Password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(introText(mode, QFileInfo(workspacePath).fileName().toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    if (mode == Mode::Change) {
        m_current = passwordEdit(QStringLiteral("currentPasswordEdit"), this);
        form->addRow(tr("C&urrent password:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    m_password = passwordEdit(QStringLiteral("passwordEdit"), this);
    form->addRow(mode == Mode::Change ? tr("&New password:") : tr("&Password:"), m_password);
    if (mode != Mode::Unlock) {
        m_confirm = passwordEdit(QStringLiteral("confirmEdit"), this);
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Unlock ? tr("&Unlock") : mode == Mode::Create ? tr("&Create") : tr("&Change Password"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    setMinimumWidth(420);
    validate();
}

QByteArray PasswordDialog::password() const
{
    return m_password->text().toUtf8();
}

QByteArray PasswordDialog::currentPassword() const
{
    return m_current != nullptr ? m_current->text().toUtf8() : QByteArray();
}

void PasswordDialog::showError(const QString& message)
{
    m_hint->setText(QStringLiteral("<span style='color:%1'>%2</span>").arg(StatusStyle::errorColorName(), message.toHtmlEscaped()));
    m_password->selectAll();
    m_password->setFocus();
}

void PasswordDialog::showCurrentPasswordError(const QString& message)
{
    showError(message);
    if (m_current != nullptr) {
        m_current->selectAll();
        m_current->setFocus();
    }
}

void PasswordDialog::validate()
{
    bool ok = !m_password->text().isEmpty() && (m_current == nullptr || !m_current->text().isEmpty());
    if (m_confirm != nullptr) {
        const int length = static_cast<int>(m_password->text().size());
        if (m_confirm->text() != m_password->text()) {
            ok = false;
            m_hint->setText(m_confirm->text().isEmpty() ? QString() : tr("The two passwords differ."));
        } else if (length > 0 && length < 12) {
            m_hint->setText(tr("Short passwords are easy to guess; 12 characters or more are better."));
        } else {
            m_hint->clear();
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace signet
