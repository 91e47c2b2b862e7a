#pragma once

#include "IssuanceService.h"
#include "Result.h"
#include "crypto/KeySpec.h"
#include "crypto/PrivateKey.h"
#include "pki/Linter.h"
#include "CertificateRecord.h"

#include <QWizard>

#include <optional>

namespace signet {

class SummaryPage;
class Workspace;

// Base of the issuance wizards. Finish makes the key on a worker thread (with progress and
// Cancel), issues through the Workspace and closes only on success; an error stays on the
// summary page, so nothing the user typed is lost. When the linter refuses the certificate, the
// summary page lists its errors and offers "Issue anyway" for the next Finish; the warnings of an
// issued certificate are shown in a message box before the wizard closes.
class IssuanceWizard : public QWizard {
    Q_OBJECT

public:
    IssuanceWizard(Workspace& workspace, QWidget* parent = nullptr);

    // The certificate made by Finish (valid after exec() returned Accepted).
    [[nodiscard]] const CertificateRecord& created() const { return m_created; }
    // The error of the last Finish, as the core reported it.
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // The linter's findings on the certificate of the last Finish (after success: its warnings,
    // and the errors it was issued despite).
    [[nodiscard]] const QList<LintFinding>& findings() const { return m_findings; }

    void accept() override;

protected:
    // The key to make before issuing; nullopt when the certificate needs none (signing a CSR).
    virtual std::optional<KeySpec> keyToGenerate() const = 0;
    // Fills the core's options, passing them through applyLintChoices(), and issues.
    virtual Result<Issued> issue(PrivateKey key) = 0;
    // Shown on the summary page: exactly what will be issued.
    virtual QString summaryHtml() const = 0;

    // Sets the last page, under `id`: summaryHtml(), the error of the last Finish, the linter's errors.
    SummaryPage* addSummaryPage(int id);
    // Force once the user ticked "Issue anyway".
    template <typename Options>
    void applyLintChoices(Options& options)
    {
        options.force = m_forceThisFinish;
    }

    Workspace& workspace() { return m_workspace; }
    const Workspace& workspace() const { return m_workspace; }

private:
    // Refuses to close while a key is being generated (Escape, the window's close button).
    void done(int result) override;
    void fail(const QString& message);
    void showIssuedFindings();

    Workspace& m_workspace;
    SummaryPage* m_summary = nullptr;
    CertificateRecord m_created;
    QString m_lastError;
    QList<LintFinding> m_findings;
    bool m_forceThisFinish = false;
    bool m_busy = false;
};

} // namespace signet
