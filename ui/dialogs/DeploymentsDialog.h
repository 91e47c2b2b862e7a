#pragma once

#include <QDialog>

namespace signet {

class Workspace;

// Certificates ▸ Deployments: the folders that server configurations and deployment kits were
// saved to. Publishing a CRL rewrites the CRL file of each one that carries it; the list says how
// to reload each server afterwards.
class DeploymentsDialog : public QDialog {
    Q_OBJECT

public:
    explicit DeploymentsDialog(Workspace& workspace, QWidget* parent = nullptr);
};

} // namespace signet
