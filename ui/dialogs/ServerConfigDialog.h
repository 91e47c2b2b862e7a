#pragma once

#include "CertificateRecord.h"

#include <QDialog>

#include <memory>

namespace signet {

class Workspace;

// Server configuration for one server certificate: client CA, port, backend; nginx / Apache /
// HAProxy tabs show the snippet, with Copy and "Save all files…".
class ServerConfigDialog : public QDialog {
    Q_OBJECT

public:
    ServerConfigDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent = nullptr);
    ~ServerConfigDialog() override;

private:
    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
