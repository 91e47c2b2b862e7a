#pragma once

#include "DeploymentKitService.h"
#include "CertificateRecord.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace signet {

class Workspace;

// "Save Deployment Kit…": client CA, port, backend and a folder for one server certificate; Save
// writes the nginx / Apache / HAProxy files, test-mtls.sh and the README, and lists what it wrote.
class DeploymentKitDialog : public QDialog {
    Q_OBJECT

public:
    DeploymentKitDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent = nullptr);
    ~DeploymentKitDialog() override;

    // The last kit saved from this dialog, if any.
    [[nodiscard]] const std::optional<DeploymentKitResult>& saved() const;

private:
    void save();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
