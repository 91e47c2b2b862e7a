#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace signet {

// Asks for a workspace password: once to unlock, twice (with a strength hint) to set a new one.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Unlock, Create };

    PasswordDialog(Mode mode, const QString& workspacePath, QWidget* parent = nullptr);

    [[nodiscard]] QByteArray password() const;
    void showError(const QString& message);

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace signet
