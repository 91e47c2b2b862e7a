#pragma once

#include "CertificateRecord.h"
#include "CertificateRef.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QLabel;
class QPlainTextEdit;

namespace signet {

class CaComboBox;
class TemplatePicker;
class Workspace;

// The new server wizard's first page: the signing CA, a template, and the host names and IP
// addresses, previewed and checked as they are typed.
class ServerHostsPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::NewServerWizard)

public:
    // `ca` preselects the issuing CA.
    ServerHostsPage(Workspace& workspace, std::optional<qint64> ca, QWidget* parent = nullptr);

    // The host names and IP addresses as the core reads them (the first one typed first), and what is
    // wrong with the others.
    struct Hosts {
        QStringList all;
        QStringList dns;
        QStringList ips;
        QStringList problems;
    };
    [[nodiscard]] Hosts hosts() const;
    // Null when no CA can sign.
    [[nodiscard]] const CertificateRecord* ca() const;
    [[nodiscard]] CertificateRef caRef() const;
    [[nodiscard]] TemplatePicker* templatePicker() const { return m_templatePicker; }

    [[nodiscard]] bool isComplete() const override;

private:
    void updatePreview();

    CaComboBox* m_ca = nullptr;
    TemplatePicker* m_templatePicker = nullptr;
    QPlainTextEdit* m_hostNames = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace signet
