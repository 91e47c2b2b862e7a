#pragma once

#include "wizards/IssuanceWizard.h"

namespace signet {

class FormPage;

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
    ~SignRequestWizard() override;

protected:
    std::optional<KeySpec> keyToGenerate() const override;
    Result<Issued> issue(PrivateKey key) override;
    QString summaryHtml() const override;

private:
    void addRequestPage();
    void addIssuePage(std::optional<qint64> ca);
    void parseRequest(FormPage* page);
    // Why `name` cannot be the certificate's name (empty, not allowed, or taken); empty when it can.
    QString nameProblem(const QString& name);

    struct Pages;
    std::unique_ptr<Pages> m_pages;
};

} // namespace signet
