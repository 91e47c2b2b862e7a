#pragma once

#include "Result.h"
#include "crypto/KeySpec.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace signet {

class CaKindPage;
class KeyTypeComboBox;
class ValidityEdit;
struct IssuanceTemplate;

// The new CA wizard's third page: key type, validity, path length, name constraints and the URLs
// written into what the CA issues. The URLs and constraints are checked as typed.
class CaKeyPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewCaWizard)

public:
    // `kind` says whether the CA is a root or an intermediate, and under which CA.
    CaKeyPage(const QDateTime& now, const CaKindPage& kind, QWidget* parent = nullptr);

    [[nodiscard]] KeySpec keySpec() const;
    [[nodiscard]] int days() const;
    [[nodiscard]] QDateTime endDate() const;
    // -1: no limit.
    [[nodiscard]] int pathLength() const;
    // The permitted domains, IP ranges and e-mail domains as typed, one entry each.
    [[nodiscard]] QStringList permittedDns() const;
    [[nodiscard]] QStringList permittedIps() const;
    [[nodiscard]] QStringList permittedEmails() const;
    // The same as the core reads them, or its objection to the first entry it refuses.
    [[nodiscard]] Result<QStringList> dnsDomains() const;
    [[nodiscard]] Result<QStringList> ipRanges() const;
    [[nodiscard]] Result<QStringList> emailDomains() const;
    // Any name constraint at all.
    [[nodiscard]] bool constrained() const;
    // Trimmed; empty when none is given.
    [[nodiscard]] QString crlUrl() const;
    [[nodiscard]] QString aiaUrl() const;
    // A template's key type and validity, where it sets them.
    void applyTemplate(const IssuanceTemplate& tmpl);

    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

private:
    // What is wrong with the page, one line each; empty when Next may go on.
    [[nodiscard]] QStringList problems() const;

    const CaKindPage& m_kind;
    KeyTypeComboBox* m_keyType = nullptr;
    ValidityEdit* m_validity = nullptr;
    QSpinBox* m_pathLength = nullptr;
    QLineEdit* m_permittedDns = nullptr;
    QLineEdit* m_permittedIps = nullptr;
    QLineEdit* m_permittedEmails = nullptr;
    QLineEdit* m_crlUrl = nullptr;
    QLineEdit* m_aiaUrl = nullptr;
    QLabel* m_hint = nullptr;
    std::optional<bool> m_defaultsForIntermediate; // which kind the defaults below were set for
};

} // namespace signet
