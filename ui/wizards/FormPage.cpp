#include "wizards/FormPage.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace signet {

FormPage::FormPage(QWidget* parent) : QWizardPage(parent) {}

void FormPage::cleanupPage()
{
    // QWizardPage would reset the fields to their first values; the user expects them kept.
}

bool FormPage::validatePage()
{
    return isComplete();
}

QWidget* FormPage::firstTextField() const
{
    // The focus chain is the tab order of the whole window, a ring: once round it, skipping other pages.
    for (QWidget* w = nextInFocusChain(); w != nullptr && w != this; w = w->nextInFocusChain()) {
        if (!isAncestorOf(w)) {
            continue;
        }
        const auto* line = qobject_cast<const QLineEdit*>(w);
        const auto* plain = qobject_cast<const QPlainTextEdit*>(w);
        const bool editable = (line != nullptr && !line->isReadOnly()) || (plain != nullptr && !plain->isReadOnly());
        // A spin box's or an editable combo box's own line edit is not a field of its own.
        const bool inner = qobject_cast<QAbstractSpinBox*>(w->parentWidget()) != nullptr
                           || qobject_cast<QComboBox*>(w->parentWidget()) != nullptr;
        if (editable && !inner && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) != 0) {
            return w;
        }
    }
    return nullptr;
}

} // namespace signet
