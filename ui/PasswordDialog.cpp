#include "PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace signet {

PasswordDialog::PasswordDialog(Mode mode, const QString& workspacePath, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Workspace") : tr("Set Workspace Password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(mode == Mode::Unlock
                                 ? tr("Enter the password of <b>%1</b>.").arg(QFileInfo(workspacePath).fileName().toHtmlEscaped())
                                 : tr("Choose a password for <b>%1</b>. It encrypts every private key in the "
                                      "workspace; without it they cannot be recovered.")
                                       .arg(QFileInfo(workspacePath).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::Create) {
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("&Create"));
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

void PasswordDialog::showError(const QString& message)
{
    m_hint->setText(QStringLiteral("<span style='color:#b01e1e'>%1</span>").arg(message.toHtmlEscaped()));
    m_password->selectAll();
    m_password->setFocus();
}

void PasswordDialog::validate()
{
    bool ok = !m_password->text().isEmpty();
    if (m_mode == Mode::Create) {
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
