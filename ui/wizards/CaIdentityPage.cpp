#include "wizards/CaIdentityPage.h"

#include "crypto/DistinguishedName.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace signet {

CaIdentityPage::CaIdentityPage(QWidget* parent) : FormPage(parent)
{
    setObjectName(QStringLiteral("caIdentityPage"));
    setTitle(tr("Identity"));
    setSubTitle(tr("How the CA is named in this workspace and in the certificates it signs."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Home Lab Root CA"));
    form->addRow(tr("Name in the &workspace:"), m_name);
    m_commonName = new QLineEdit(this);
    m_commonName->setObjectName(QStringLiteral("commonNameEdit"));
    form->addRow(tr("&Common name (CN):"), m_commonName);
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("optional"));
    form->addRow(tr("&Organization (O):"), m_organization);
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_country->setPlaceholderText(tr("optional, two letters, e.g. DE"));
    m_country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    form->addRow(tr("Co&untry (C):"), m_country);
    m_subjectPreview = new QLabel(this);
    m_subjectPreview->setObjectName(QStringLiteral("subjectPreview"));
    m_subjectPreview->setWordWrap(true);
    m_subjectPreview->setTextFormat(Qt::PlainText);
    m_subjectPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Subject:"), m_subjectPreview);
    registerField(QStringLiteral("name*"), m_name);
    registerField(QStringLiteral("commonName*"), m_commonName);
    registerField(QStringLiteral("organization"), m_organization);
    registerField(QStringLiteral("country"), m_country);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The common name follows the name until it is given one of its own.
        if (m_commonName->text() == m_mirroredName) {
            m_commonName->setText(text);
            m_mirroredName = text;
        }
    });
    const auto updateSubject = [this] {
        const Result<DistinguishedName> dn = subject();
        m_subjectPreview->setText(dn ? dn->toString() : QString());
        emit completeChanged();
    };
    for (QLineEdit* edit : {m_commonName, m_organization, m_country}) {
        connect(edit, &QLineEdit::textChanged, this, updateSubject);
    }
    updateSubject();
}

QString CaIdentityPage::name() const
{
    return m_name->text().trimmed();
}

Result<DistinguishedName> CaIdentityPage::subject() const
{
    return DistinguishedName::fromAttributes({{QStringLiteral("C"), m_country->text().toUpper()},
                                              {QStringLiteral("O"), m_organization->text()},
                                              {QStringLiteral("CN"), m_commonName->text()}});
}

void CaIdentityPage::setOrganization(const QString& organization)
{
    m_organization->setText(organization);
}

void CaIdentityPage::setCountry(const QString& country)
{
    m_country->setText(country);
}

bool CaIdentityPage::isComplete() const
{
    const qsizetype country = m_country->text().size();
    return FormPage::isComplete() && !name().isEmpty() && !m_commonName->text().trimmed().isEmpty()
           && (country == 0 || country == 2);
}

} // namespace signet
