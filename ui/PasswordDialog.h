#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace signet {

// Asks for a workspace password: once to unlock, twice (with a strength hint) to set a new one, and
// to change it, the current one first.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Unlock, Create, Change };

    PasswordDialog(Mode mode, const QString& workspacePath, QWidget* parent = nullptr);

    // The password typed (Unlock) or the new one (Create, Change).
    [[nodiscard]] QByteArray password() const;
    // Change: the current password, as typed.
    [[nodiscard]] QByteArray currentPassword() const;
    void showError(const QString& message);
    // Change: shows the error and selects the current password for typing it again.
    void showCurrentPasswordError(const QString& message);

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace signet
