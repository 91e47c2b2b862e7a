#pragma once

#include "pki/HandshakeCheck.h"
#include "CertificateRecord.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace signet {

class Workspace;

// "Check Handshake…": real TLS 1.3 and TLS 1.2 handshakes in memory between the selected server
// certificate and a client certificate chosen here, with one result line per protocol saying
// whether each side accepted the other and, if not, why.
class HandshakeDialog : public QDialog {
    Q_OBJECT

public:
    HandshakeDialog(Workspace& workspace, const CertificateRecord& server, QWidget* parent = nullptr);
    ~HandshakeDialog() override;

    // The last report shown, if any.
    [[nodiscard]] const std::optional<HandshakeReport>& report() const;

    // Client certificates the workspace holds keys for (the dialog lists this many at most).
    static constexpr int kMaxClients = 500;

private:
    void runCheck();

    struct Ui;
    std::unique_ptr<Ui> m_ui;
};

} // namespace signet
