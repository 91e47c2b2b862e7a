#pragma once

#include <QWizardPage>

namespace signet {

// Base of the issuance wizards' pages of fields. Going Back keeps what was typed on them, and an
// incomplete one cannot be left.
class FormPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FormPage(QWidget* parent = nullptr);

    void cleanupPage() override;
    // next() bypasses the disabled Next button; this keeps an incomplete page from being left anyway.
    bool validatePage() override;

    // Where typing starts when the page is shown: its first editable text field (in tab order), so
    // that keys typed at once never land in a combo box and change, say, the signing CA. Null when
    // the page has no text field.
    [[nodiscard]] QWidget* firstTextField() const;
};

} // namespace signet
