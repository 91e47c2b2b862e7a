#pragma once

#include <QWizardPage>

#include <functional>

namespace signet {

// A wizard page whose wizard supplies the rules: when the page is complete (beyond its mandatory
// fields) and what to refresh when it is shown. Going Back keeps what was typed on it.
class FormPage : public QWizardPage {
    Q_OBJECT

public:
    explicit FormPage(QWidget* parent = nullptr);

    using QWizardPage::registerField;

    void setCompleteCheck(std::function<bool()> check);
    void setOnInitialize(std::function<void()> initialize);
    // Re-asks the complete check, which enables or disables Next / Finish.
    void updateComplete();

    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;
    void cleanupPage() override;
    // next() bypasses the disabled Next button; this keeps an incomplete page from being left anyway.
    bool validatePage() override;

    // Where typing starts when the page is shown: its first editable text field (in tab order), so
    // that keys typed at once never land in a combo box and change, say, the signing CA. Null when
    // the page has no text field.
    [[nodiscard]] QWidget* firstTextField() const;

private:
    std::function<bool()> m_check;
    std::function<void()> m_initialize;
};

} // namespace signet
