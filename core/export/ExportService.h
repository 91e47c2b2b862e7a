#pragma once

#include "Result.h"
#include "export/Pkcs12Builder.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace signet {

class WorkspaceContext;

enum class ExportFormat { Pem, Der, Chain, FullChain, P7b, Key, P12 };

std::optional<ExportFormat> exportFormatFromName(const QString& name);
QStringList exportFormatNames();

struct ExportOptions {
    ExportFormat format = ExportFormat::Pem;
    Pkcs12Builder::Profile p12Profile = Pkcs12Builder::Profile::Modern;
    QByteArray password; // key: encrypts when given; p12: generated when empty
};

struct ExportedData {
    QByteArray data;
    bool secret = false;         // holds a private key: write it 0600
    QByteArray generatedPassword; // set when Signet chose the PKCS#12 password
};

// Certificates, chains, keys and PKCS#12 out of the workspace, as bytes ready to write.
class ExportService {
public:
    explicit ExportService(WorkspaceContext& context) : m_ctx(context) {}

    Result<ExportedData> exportCertificate(const QString& ref, const ExportOptions& options);
    // Every CA's current CRL from `caRef` up to its root, PEM, concatenated (what nginx's ssl_crl needs).
    Result<QByteArray> crlBundle(const QString& caRef);

private:
    WorkspaceContext& m_ctx;
};

} // namespace signet
