#include "wizards/FormPage.h"

namespace signet {

FormPage::FormPage(QWidget* parent) : QWizardPage(parent) {}

void FormPage::setCompleteCheck(std::function<bool()> check)
{
    m_check = std::move(check);
    updateComplete();
}

void FormPage::setOnInitialize(std::function<void()> initialize)
{
    m_initialize = std::move(initialize);
}

void FormPage::updateComplete()
{
    emit completeChanged();
}

bool FormPage::isComplete() const
{
    return QWizardPage::isComplete() && (!m_check || m_check());
}

void FormPage::initializePage()
{
    if (m_initialize) {
        m_initialize();
    }
}

void FormPage::cleanupPage()
{
    // QWizardPage would reset the fields to their first values; the user expects them kept.
}

bool FormPage::validatePage()
{
    return isComplete();
}

} // namespace signet
