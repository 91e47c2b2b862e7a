#pragma once

#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// The certificates removed from the tree, newest removal first, to bring back one or several. A CA
// comes back with what was removed together with it. What fails stays listed with its reason.
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    explicit RestoreDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    void accept() override;

    // How many removed certificates the workspace holds (the list may be empty: nothing to restore).
    [[nodiscard]] int removedCount() const;
    // The certificates brought back (after exec() returned Accepted, and partly after a failure).
    [[nodiscard]] const QList<CertificateRecord>& restored() const;

private:
    void fill();
    void updateButtons();
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
