#include "wizards/IssuanceWizard.h"

#include "LongTask.h"

#include <QAbstractButton>

namespace signet {

IssuanceWizard::IssuanceWizard(Workspace& workspace, QWidget* parent) : QWizard(parent), m_workspace(workspace)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setMinimumSize(640, 480);
}

void IssuanceWizard::accept()
{
    if (m_busy) {
        return; // Finish pressed again while the key is being made
    }
    m_lastError.clear();
    showError(QString());
    PrivateKey key;
    if (const std::optional<KeySpec> spec = keyToGenerate()) {
        // Until the progress dialog shows, nothing else blocks the buttons: what is issued must be
        // what the key was made for.
        QList<QPair<QAbstractButton*, bool>> buttons;
        for (WizardButton which : {BackButton, FinishButton, CancelButton}) {
            if (QAbstractButton* b = button(which)) {
                buttons.append({b, b->isEnabled()});
                b->setEnabled(false);
            }
        }
        m_busy = true;
        auto generated = runWithProgress(this, tr("Generating %1 key…").arg(spec->description()),
                                         [spec = *spec](const std::atomic<bool>& cancelled) {
                                             return PrivateKey::generate(spec, &cancelled);
                                         });
        m_busy = false;
        for (const auto& [b, enabled] : buttons) {
            b->setEnabled(enabled);
        }
        if (!generated) {
            return; // cancelled: not an error, and everything typed stays
        }
        if (!*generated) {
            fail(generated->error().toString());
            return;
        }
        key = std::move(*generated).value();
    }
    // On the GUI thread: the workspace's database connection belongs to it.
    auto record = issue(std::move(key));
    if (!record) {
        fail(record.error().toString());
        return;
    }
    m_created = std::move(record).value();
    QWizard::accept();
}

void IssuanceWizard::done(int result)
{
    if (m_busy) {
        return; // closing now would destroy the wizard under the running key generation
    }
    QWizard::done(result);
}

void IssuanceWizard::fail(const QString& message)
{
    m_lastError = message;
    showError(message);
}

} // namespace signet
