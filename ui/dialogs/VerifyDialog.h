#pragma once

#include "IntegrityService.h"

#include <QDialog>

namespace signet {

class Workspace;

// Workspace ▸ Verify Integrity: what a full check found — intact with what was checked, or every
// item that was changed outside Signet.
class VerifyDialog : public QDialog {
    Q_OBJECT

public:
    VerifyDialog(const IntegrityReport& report, QWidget* parent = nullptr);

    // Checks the workspace on a worker thread (its own connection), then shows what was found.
    static void run(Workspace& workspace, QWidget* parent);

    // The headline shown at the top, for tests.
    [[nodiscard]] QString summary() const { return m_summary; }

private:
    QString m_summary;
};

} // namespace signet
