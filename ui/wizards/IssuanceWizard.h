#pragma once

#include "Result.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "store/CertificateRecord.h"

#include <QWizard>

#include <optional>

namespace signet {

class Workspace;

// Base of the issuance wizards. Finish makes the key on a worker thread (with progress and
// Cancel), issues through the Workspace and closes only on success; an error stays on the
// summary page, so nothing the user typed is lost.
class IssuanceWizard : public QWizard {
    Q_OBJECT

public:
    IssuanceWizard(Workspace& workspace, QWidget* parent = nullptr);

    // The certificate made by Finish (valid after exec() returned Accepted).
    [[nodiscard]] const CertificateRecord& created() const { return m_created; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    void accept() override;

protected:
    // The key to make before issuing; nullopt when the certificate needs none (signing a CSR).
    virtual std::optional<KeySpec> keyToGenerate() const = 0;
    virtual Result<CertificateRecord> issue(PrivateKey key) = 0;
    // Shown on the summary page: exactly what will be issued.
    virtual QString summaryHtml() const = 0;
    // Lets the summary page show the error of the last Finish; an empty message hides it.
    virtual void showError(const QString& message) = 0;

    Workspace& workspace() { return m_workspace; }
    const Workspace& workspace() const { return m_workspace; }

private:
    // Refuses to close while a key is being generated (Escape, the window's close button).
    void done(int result) override;
    void fail(const QString& message);

    Workspace& m_workspace;
    CertificateRecord m_created;
    QString m_lastError;
    bool m_busy = false;
};

} // namespace signet
