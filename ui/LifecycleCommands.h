#pragma once

#include "CertificateRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QWidget;

namespace signet {

class Workspace;

// The desktop's renew, rename, remove, restore and release: each asks what it must (a dialog, a
// confirmation that counts what goes), calls the workspace once per certificate and says what
// failed. Each returns the certificate to select afterwards when something changed.
class LifecycleCommands {
    Q_DECLARE_TR_FUNCTIONS(LifecycleCommands)

public:
    using Changed = std::optional<std::optional<qint64>>; // nullopt: nothing changed

    static Changed renew(QWidget* parent, Workspace& workspace, const QList<CertificateRecord>& records);
    static Changed rename(QWidget* parent, Workspace& workspace, const CertificateRecord& record);
    static Changed remove(QWidget* parent, Workspace& workspace, const QList<CertificateRecord>& records);
    static Changed restore(QWidget* parent, Workspace& workspace);
    static Changed release(QWidget* parent, Workspace& workspace, const CertificateRecord& record);

    // What the rules ask: renewable (issued here, neither revoked nor superseded) and on hold.
    static bool renewable(const CertificateRecord& record);
    static bool onHold(const CertificateRecord& record);
};

} // namespace signet
