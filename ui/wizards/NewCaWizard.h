#pragma once

#include "wizards/IssuanceWizard.h"

namespace signet {

class CaIdentityPage;
class CaKeyPage;
class CaKindPage;

// New certificate authority: root or intermediate (choose parent), subject, key type, validity,
// path length, permitted DNS domains (name constraints), CRL URL; optionally from a template.
class NewCaWizard : public IssuanceWizard {
    Q_OBJECT

public:
    // QWizard shows its pages in the order of their ids.
    enum PageId { KindPageId, IdentityPageId, KeyPageId, SummaryPageId };

    // `parentCa` preselects "intermediate under this CA".
    NewCaWizard(Workspace& workspace, std::optional<qint64> parentCa, QWidget* parent = nullptr);

protected:
    std::optional<KeySpec> keyToGenerate() const override;
    Result<Issued> issue(PrivateKey key) override;
    QString summaryHtml() const override;

private:
    // The workspace's subject defaults into the fields, and a chosen template's values too.
    void prefill(Workspace& workspace);

    CaKindPage* m_kindPage = nullptr;
    CaIdentityPage* m_identityPage = nullptr;
    CaKeyPage* m_keyPage = nullptr;
};

} // namespace signet
