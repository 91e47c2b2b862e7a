#pragma once

#include "CertificateRef.h"
#include "IssuancePreset.h"
#include "Result.h"

#include <QComboBox>
#include <QList>

#include <optional>

class QFormLayout;

namespace signet {

class Workspace;

// "Template: (none) / web-server / …" on the first page of an issuance wizard: the workspace's
// templates that fit what the wizard issues. Choosing one emits templateChosen() so the wizard can
// pre-fill its fields (key type, validity, subject); what the template adds beyond the fields
// (subject defaults, DNS name patterns) comes from preset() when issuing.
class TemplatePicker : public QComboBox {
    Q_OBJECT

public:
    // Profiles whose templates the wizard can use.
    TemplatePicker(Workspace& workspace, const QList<Profile>& fits, QWidget* parent = nullptr);

    // The picker with its label, and under it a note saying what the chosen template does, as rows
    // of `form`.
    static TemplatePicker* addRow(Workspace& workspace, const QList<Profile>& fits, QFormLayout* form,
                                  QWidget* page);

    // Null when "(none)" is chosen.
    [[nodiscard]] const IssuanceTemplate* currentTemplate() const;
    [[nodiscard]] QString currentName() const;
    // Chooses the template named `name`; false when the picker does not offer it.
    bool selectTemplate(const QString& name);
    // The chosen template with the defaults of the workspace and of `issuer` (null: a root CA).
    [[nodiscard]] Result<IssuancePreset> preset(const CertificateRef& issuer) const;

    // "Server + Client, ECDSA P-256, 397 days; adds DNS:{cn}.internal"
    static QString describe(const IssuanceTemplate& tmpl);

signals:
    // After the choice changed; `tmpl` is null for "(none)".
    void templateChosen(const signet::IssuanceTemplate* tmpl);

private:
    Workspace& m_workspace;
    QList<IssuanceTemplate> m_templates;
};

} // namespace signet
