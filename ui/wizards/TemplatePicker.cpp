#include "wizards/TemplatePicker.h"

#include "Workspace.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeySpec.h"
#include "wizards/WizardSupport.h"

#include <QFormLayout>
#include <QLabel>

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
    if (m_templates.isEmpty()) {
        setToolTip(tr("This workspace has no template for this kind of certificate."));
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit templateChosen(currentTemplate()); });
}

TemplatePicker* TemplatePicker::addRow(Workspace& workspace, const QList<Profile>& fits, QFormLayout* form,
                                       QWidget* page)
{
    auto* picker = new TemplatePicker(workspace, fits, page);
    form->addRow(tr("Te&mplate:"), picker);
    QLabel* note = makeNote(QString(), page);
    note->setObjectName(QStringLiteral("templateNote"));
    note->hide();
    form->addRow(QString(), note);
    connect(picker, &TemplatePicker::templateChosen, note, [note](const IssuanceTemplate* t) {
        note->setText(t != nullptr ? describe(*t) : QString());
        note->setVisible(t != nullptr);
    });
    return picker;
}

QString TemplatePicker::describe(const IssuanceTemplate& t)
{
    QStringList parts{profileLabel(t.profile)};
    if (t.key) {
        parts << t.key->description();
    }
    if (t.days > 0) {
        parts << tr("%n day(s)", nullptr, t.days);
    }
    QStringList adds;
    if (const auto subject = t.subject.attributes(); !subject.isEmpty()) {
        adds << DistinguishedName::textFrom(QList<QPair<QString, QString>>(subject.rbegin(), subject.rend()));
    }
    for (const QString& pattern : t.dnsPatterns) {
        adds << QStringLiteral("DNS:") + pattern;
    }
    QString text = parts.join(QStringLiteral(", "));
    if (!adds.isEmpty()) {
        text += tr("; adds %1").arg(adds.join(QStringLiteral(", ")));
    }
    return text;
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
