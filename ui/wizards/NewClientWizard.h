#pragma once

#include "wizards/IssuanceWizard.h"

class QCheckBox;

namespace signet {

class ClientIdentityPage;
class ClientKeyPage;

// New client certificate: CA, person or device name, optional e-mail, key type, validity; the
// last page offers to export a .p12 right away.
class NewClientWizard : public IssuanceWizard {
    Q_OBJECT

public:
    // QWizard shows its pages in the order of their ids.
    enum PageId { IdentityPageId, KeyPageId, SummaryPageId };

    // `ca` preselects the issuing CA.
    NewClientWizard(Workspace& workspace, std::optional<qint64> ca, QWidget* parent = nullptr);

    // The user ticked "export a .p12 now" on the last page.
    [[nodiscard]] bool exportRequested() const;

protected:
    std::optional<KeySpec> keyToGenerate() const override;
    Result<Issued> issue(PrivateKey key) override;
    QString summaryHtml() const override;

private:
    // What the pages say, with the template and the defaults applied: what Finish issues.
    [[nodiscard]] Result<LeafOptions> options() const;

    ClientIdentityPage* m_identityPage = nullptr;
    ClientKeyPage* m_keyPage = nullptr;
    QCheckBox* m_exportP12 = nullptr;
};

} // namespace signet
