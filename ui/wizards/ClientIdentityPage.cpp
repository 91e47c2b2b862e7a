#include "wizards/ClientIdentityPage.h"

#include "pki/NameRules.h"
#include "pki/Profile.h"
#include "wizards/CaComboBox.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace signet {

ClientIdentityPage::ClientIdentityPage(Workspace& workspace, std::optional<qint64> ca, QWidget* parent)
    : FormPage(parent)
{
    setObjectName(QStringLiteral("clientIdentityPage"));
    setTitle(tr("Client"));
    setSubTitle(tr("Who or what the certificate identifies to servers that ask for client "
                   "certificates (mutual TLS)."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ca = CaComboBox::addSigningRow(workspace, ca, form, this);
    m_templatePicker = TemplatePicker::addRow(workspace, {Profile::Client, Profile::ServerClient}, form, this);
    m_commonName = new QLineEdit(this);
    m_commonName->setObjectName(QStringLiteral("commonNameEdit"));
    m_commonName->setPlaceholderText(tr("e.g. Anna's iPhone, Jan Novak, build-server-3"));
    form->addRow(tr("&Person or device:"), m_commonName);
    form->addRow(QString(), makeNote(tr("Becomes the certificate's common name (CN) and its name in the "
                                        "workspace. Servers see it in their logs."),
                                     this));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("optional, e.g. anna@example.com"));
    form->addRow(tr("&E-mail address:"), m_email);
    m_emailHint = makeHint(this);
    m_emailHint->setObjectName(QStringLiteral("emailHint"));
    form->addRow(QString(), m_emailHint);
    registerField(QStringLiteral("commonName*"), m_commonName);
    registerField(QStringLiteral("email"), m_email);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        const Result<QString> address = emailAddress();
        setHint(m_emailHint, address ? QString() : address.error().message);
        emit completeChanged();
    });
    connect(m_ca, &CaComboBox::caChanged, this, &QWizardPage::completeChanged);
}

const CertificateRecord* ClientIdentityPage::ca() const
{
    return m_ca->currentCa();
}

CertificateRef ClientIdentityPage::caRef() const
{
    return m_ca->currentRef();
}

QString ClientIdentityPage::commonName() const
{
    return m_commonName->text().trimmed();
}

Result<QString> ClientIdentityPage::emailAddress() const
{
    const QString typed = m_email->text().trimmed();
    return typed.isEmpty() ? Result<QString>(QString()) : NameRules::normalizedEmailAddress(typed);
}

bool ClientIdentityPage::isComplete() const
{
    return FormPage::isComplete() && m_ca->currentCa() != nullptr && !commonName().isEmpty() && emailAddress().ok();
}

} // namespace signet
