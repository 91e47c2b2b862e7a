#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace signet {

class Workspace;

// The status bar's warnings: certificates that expire within 30 days, CRLs that expire within 7
// days or have expired (then nginx, Apache and HAProxy reject every client), and revocations that
// no CRL lists yet (the servers still admit those clients).
class WorkspaceStatus : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceStatus(QStatusBar* bar);
    void update(Workspace* workspace);

signals:
    // The "Renew…" link next to the count of certificates that expire soon.
    void renewExpiringRequested();

private:
    static QString nameOf(Workspace& workspace, qint64 caId);
    QLabel* m_expiryStatus = nullptr;
    QLabel* m_crlStatus = nullptr;
};

} // namespace signet
