#pragma once

#include "wizards/IssuanceWizard.h"

namespace signet {

class ServerHostsPage;
class ServerKeyPage;

// New server certificate: CA, host names and IP addresses (SANs; the first is the CN), key type,
// validity (default 397 days), optionally started from a template.
class NewServerWizard : public IssuanceWizard {
    Q_OBJECT

public:
    // QWizard shows its pages in the order of their ids.
    enum PageId { HostsPageId, KeyPageId, SummaryPageId };

    // `ca` preselects the issuing CA.
    NewServerWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent = nullptr);

protected:
    std::optional<KeySpec> keyToGenerate() const override;
    Result<Issued> issue(PrivateKey key) override;
    QString summaryHtml() const override;

private:
    // What the pages say, with the template and the defaults applied: what Finish issues.
    [[nodiscard]] Result<LeafOptions> options() const;

    ServerHostsPage* m_hostsPage = nullptr;
    ServerKeyPage* m_keyPage = nullptr;
};

} // namespace signet
