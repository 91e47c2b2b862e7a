#include "wizards/CaKindPage.h"

#include "pki/Profile.h"
#include "wizards/CaComboBox.h"
#include "wizards/TemplatePicker.h"
#include "wizards/WizardSupport.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace signet {

CaKindPage::CaKindPage(Workspace& workspace, std::optional<qint64> parentCa, QWidget* parent) : FormPage(parent)
{
    setObjectName(QStringLiteral("caKindPage"));
    setTitle(tr("Kind of CA"));
    setSubTitle(tr("A root CA starts a new chain of trust; an intermediate CA is signed by a CA "
                   "you already have."));
    auto* layout = new QVBoxLayout(this);
    m_root = new QRadioButton(tr("&Root CA"), this);
    m_root->setObjectName(QStringLiteral("rootRadio"));
    layout->addWidget(m_root);
    layout->addWidget(makeNote(tr("Self-signed. Every device that should trust your certificates "
                                  "installs it once."),
                               this));
    m_intermediate = new QRadioButton(tr("&Intermediate CA"), this);
    m_intermediate->setObjectName(QStringLiteral("intermediateRadio"));
    layout->addWidget(m_intermediate);
    layout->addWidget(makeNote(tr("Signed by the CA chosen below. It issues the day-to-day certificates, "
                                  "so the root's key can stay unused."),
                               this));
    auto* parentForm = new QFormLayout;
    m_parentCa = new CaComboBox(workspace, this);
    m_parentCa->setObjectName(QStringLiteral("parentCaCombo"));
    parentForm->addRow(tr("&Signed by:"), m_parentCa);
    layout->addLayout(parentForm);
    // First: a template chooses the kind too.
    auto* templateForm = new QFormLayout;
    m_templatePicker =
        TemplatePicker::addRow(workspace, {Profile::RootCa, Profile::IntermediateCa}, templateForm, this);
    layout->insertLayout(0, templateForm);
    layout->insertSpacing(1, 8);
    if (!m_parentCa->hasCas()) {
        layout->addWidget(makeNote(tr("No CA in this workspace can sign yet, so the first CA is a root."), this));
    }
    layout->addStretch(1);
    auto* group = new QButtonGroup(this);
    group->addButton(m_root);
    group->addButton(m_intermediate);
    m_intermediate->setEnabled(m_parentCa->hasCas());
    if (parentCa && m_parentCa->selectCa(*parentCa)) {
        m_intermediate->setChecked(true);
    } else {
        m_root->setChecked(true);
    }
    registerField(QStringLiteral("root"), m_root);
    registerField(QStringLiteral("intermediate"), m_intermediate);
    const auto updateKind = [this] {
        m_parentCa->setEnabled(isIntermediate() && m_parentCa->hasCas());
        emit completeChanged();
    };
    connect(m_intermediate, &QRadioButton::toggled, this, updateKind);
    connect(m_parentCa, &CaComboBox::caChanged, this, updateKind);
    updateKind();
}

bool CaKindPage::isIntermediate() const
{
    return m_intermediate->isChecked();
}

void CaKindPage::setIntermediate(bool intermediate)
{
    (intermediate && m_intermediate->isEnabled() ? m_intermediate : m_root)->setChecked(true);
}

const CertificateRecord* CaKindPage::issuer() const
{
    return isIntermediate() ? m_parentCa->currentCa() : nullptr;
}

CertificateRef CaKindPage::issuerRef() const
{
    return isIntermediate() ? m_parentCa->currentRef() : CertificateRef();
}

bool CaKindPage::isComplete() const
{
    return FormPage::isComplete() && (!isIntermediate() || m_parentCa->currentCa() != nullptr);
}

} // namespace signet
