#include "dialogs/DefaultsDialog.h"

#include "Workspace.h"
#include "dialogs/DialogSupport.h"
#include "wizards/WizardSupport.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace signet {

DefaultsDialog::DefaultsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("defaultsDialog"));
    setWindowTitle(tr("Workspace Defaults"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeNote(tr("New certificates and CAs start with these subject fields. A CA's own "
                                  "defaults and a template's fields win over them; what you type in a "
                                  "wizard wins over all."),
                               this));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto field = [this, form](const char* objectName, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_organization = field("organizationEdit", tr("&Organization (O):"), tr("e.g. Example Ltd"));
    m_unit = field("unitEdit", tr("Organizational &unit (OU):"), tr("optional"));
    m_country = field("countryEdit", tr("Co&untry (C):"), tr("two letters, e.g. DE"));
    m_state = field("stateEdit", tr("&State or province (ST):"), tr("optional"));
    m_locality = field("localityEdit", tr("&Locality (L):"), tr("optional"));
    m_emailDomain = field("emailDomainEdit", tr("&E-mail domain:"), tr("e.g. example.com"));
    layout->addLayout(form);
    layout->addWidget(makeNote(tr("The e-mail domain completes addresses given without one."), this));
    m_error = dialogs::makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DefaultsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DefaultsDialog::reject);
    layout->addWidget(buttons);

    auto current = workspace.defaults();
    if (!current) {
        dialogs::showError(m_error, current.error().toString());
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_organization->setText(current->organization);
    m_unit->setText(current->organizationalUnit);
    m_country->setText(current->country);
    m_state->setText(current->state);
    m_locality->setText(current->locality);
    m_emailDomain->setText(current->emailDomain);
}

void DefaultsDialog::accept()
{
    SubjectDefaults wanted;
    wanted.organization = m_organization->text();
    wanted.organizationalUnit = m_unit->text();
    wanted.country = m_country->text();
    wanted.state = m_state->text();
    wanted.locality = m_locality->text();
    wanted.emailDomain = m_emailDomain->text();
    auto saved = m_workspace.setDefaults({}, wanted);
    if (!saved) {
        dialogs::showError(m_error, saved.error().toString());
        return;
    }
    QDialog::accept();
}

} // namespace signet
