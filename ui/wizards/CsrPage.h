#pragma once

#include "crypto/CertificateRequest.h"
#include "pki/Profile.h"
#include "wizards/FormPage.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;

namespace signet {

class TemplatePicker;
class Workspace;

// The sign-request wizard's first page: a CSR loaded from a file, pasted as PEM or chosen among the
// requests that wait in the workspace, with its subject,
// names, key and signature shown as soon as it parses. Only a request whose signature verifies can
// be signed.
class CsrPage : public FormPage {
    Q_DECLARE_TR_FUNCTIONS(signet::SignRequestWizard)

public:
    explicit CsrPage(Workspace& workspace, QWidget* parent = nullptr);

    // Shows `data` (PEM or DER) as PEM text, as if it had been loaded from a file.
    void setRequestData(const QByteArray& data);
    // The request as last parsed; null when the text is none.
    [[nodiscard]] const CertificateRequest* request() const;
    // The text the request was parsed from, as the core reads it.
    [[nodiscard]] QByteArray requestData() const { return m_data; }
    [[nodiscard]] TemplatePicker* templatePicker() const { return m_templatePicker; }
    // The SANs the certificate will carry: the request's, exactly, or for a server without any, its CN.
    [[nodiscard]] QStringList resultingSans(Profile profile) const;
    // The name the certificate gets unless the user types another: the request's CN, else its first
    // alternative name, made acceptable as a name the way the core makes it.
    [[nodiscard]] QString nameFromRequest() const;

    [[nodiscard]] bool isComplete() const override;

private:
    void loadFile();
    void parseRequest();
    void addWaitingRequests(Workspace& workspace, QHBoxLayout* row);
    [[nodiscard]] QString commonName() const;

    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_details = nullptr;
    TemplatePicker* m_templatePicker = nullptr;
    // The request as last parsed from m_edit; usable only when `m_error` is empty.
    std::optional<CertificateRequest> m_request;
    QString m_error;
    QByteArray m_data;
};

} // namespace signet
