#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace signet {

class Workspace;

// Workspace ▸ Defaults: the organization, unit, country, state, locality and e-mail domain that new
// certificates start with. Saved through the core, which checks each field; an error keeps the
// dialog open with what was typed.
class DefaultsDialog : public QDialog {
    Q_OBJECT

public:
    DefaultsDialog(Workspace& workspace, QWidget* parent = nullptr);

    void accept() override;

private:
    Workspace& m_workspace;
    QLineEdit* m_organization = nullptr;
    QLineEdit* m_unit = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_locality = nullptr;
    QLineEdit* m_emailDomain = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace signet
