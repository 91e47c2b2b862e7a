#pragma once

#include "Result.h"
#include "pki/Clock.h"

#include <QString>

#include <memory>

namespace signet {

class Workspace;

// What the global options decided, shared by every command: which workspace, where its password
// comes from, and which clock the core runs on.
class CliContext {
public:
    // `member`: who opens the workspace (--member, $SIGNET_MEMBER); empty lets the workspace decide.
    CliContext(QString workspacePath, QString passwordFile, Clock clock, QString member = {});

    [[nodiscard]] const QString& workspacePath() const { return m_workspacePath; }
    [[nodiscard]] const QString& member() const { return m_member; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    // The workspace password (file, $SIGNET_PASSWORD or prompt); `confirm` asks twice on a terminal.
    Result<QByteArray> password(bool confirm) const;
    Result<std::unique_ptr<Workspace>> open() const;
    // For commands that only read the public data (list, show, status, deployments): unlocked when
    // a password is given (--password-file, $SIGNET_PASSWORD), else read-only without asking for
    // one, with a note on stderr that the rows were not checked.
    Result<std::unique_ptr<Workspace>> openForReading() const;
    Result<std::unique_ptr<Workspace>> create() const;
    // From now on, this context (and its copies) unlocks the workspace once: the first open() keeps
    // it, and every open() returns a second connection to it (Workspace::sibling), as 'batch' needs.
    void keepUnlocked();

private:
    Status checkExists() const;

    QString m_workspacePath;
    QString m_passwordFile;
    Clock m_clock;
    QString m_member;
    // Set by keepUnlocked(); holds the unlocked workspace once one was opened.
    std::shared_ptr<std::unique_ptr<Workspace>> m_unlocked;
};

} // namespace signet
