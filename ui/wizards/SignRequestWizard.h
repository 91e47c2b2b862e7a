#pragma once

#include "wizards/IssuanceWizard.h"

namespace signet {

class CsrIssuePage;
class CsrPage;

// Sign a request: CSR from a file or pasted PEM, shows its subject and SANs, choose the profile. The
// certificate's name starts as the request's and is checked as it is typed: a name already in the
// workspace is refused here rather than changed silently.
class SignRequestWizard : public IssuanceWizard {
    Q_OBJECT

public:
    // QWizard shows its pages in the order of their ids.
    enum PageId { RequestPageId, IssuePageId, SummaryPageId };

    SignRequestWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent = nullptr,
                      const QByteArray& csr = {});

protected:
    std::optional<KeySpec> keyToGenerate() const override;
    Result<Issued> issue(PrivateKey key) override;
    QString summaryHtml() const override;

private:
    CsrPage* m_requestPage = nullptr;
    CsrIssuePage* m_issuePage = nullptr;
};

} // namespace signet
