#include "wizards/TemplatePicker.h"

#include "Workspace.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>

namespace signet {

TemplatePicker::TemplatePicker(Workspace& workspace, const QList<Profile>& fits, QWidget* parent)
    : QComboBox(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("templatePicker"));
    addItem(tr("(none)"));
    // A template that cannot be read (changed outside Signet) is left out here; issuing names it.
    if (auto all = workspace.templates()) {
        for (const IssuanceTemplate& t : *all) {
            if (fits.contains(t.profile)) {
                m_templates.append(t);
                addItem(t.builtIn ? tr("%1 (built-in)").arg(t.name) : t.name, t.name);
            }
        }
    }
    setEnabled(!m_templates.isEmpty());
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit templateChosen(currentTemplate()); });
}

TemplatePicker* TemplatePicker::addRow(Workspace& workspace, const QList<Profile>& fits, QFormLayout* form,
                                       QWidget* page)
{
    auto* picker = new TemplatePicker(workspace, fits, page);
    form->addRow(tr("&Template:"), picker);
    return picker;
}

const IssuanceTemplate* TemplatePicker::currentTemplate() const
{
    const int index = currentIndex() - 1;
    return index >= 0 && index < m_templates.size() ? &m_templates[index] : nullptr;
}

QString TemplatePicker::currentName() const
{
    const IssuanceTemplate* t = currentTemplate();
    return t != nullptr ? t->name : QString();
}

bool TemplatePicker::selectTemplate(const QString& name)
{
    const int index = findData(name);
    if (index < 0) {
        return false;
    }
    setCurrentIndex(index);
    return true;
}

Result<IssuancePreset> TemplatePicker::preset(const CertificateRef& issuer) const
{
    return m_workspace.preset(currentName(), issuer);
}

} // namespace signet
