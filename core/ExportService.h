#pragma once

#include "CertificateRef.h"
#include "Result.h"
#include "export/Pkcs12Builder.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace signet {

class WorkspaceContext;

enum class ExportFormat { Pem, Der, Chain, FullChain, P7b, Key, P12, MobileConfig };

std::optional<ExportFormat> exportFormatFromName(const QString& name);
QStringList exportFormatNames();

struct ExportOptions {
    ExportFormat format = ExportFormat::Pem;
    Pkcs12Builder::Profile p12Profile = Pkcs12Builder::Profile::Modern; // p12 only: a mobileconfig's is compatible
    QByteArray password; // key: encrypts when given; p12, mobileconfig: generated when empty
    bool embedPassword = false; // mobileconfig: write the password into the profile (the device then does not ask)
};

struct ExportedData {
    QByteArray data;
    bool secret = false;         // holds a private key: write it 0600
    QByteArray generatedPassword; // set when Signet chose the PKCS#12 (or profile's PKCS#12) password
};

// Puts exported bytes where they go (a file); a failure undoes the export's audit record.
using ExportDelivery = std::function<Status(const ExportedData&)>;

// Certificates, chains, keys, PKCS#12 and Apple configuration profiles out of the workspace, as
// bytes ready to write.
class ExportService {
public:
    explicit ExportService(WorkspaceContext& context) : m_ctx(context) {}

    // A private key leaves the workspace only inside one transaction that delivers it and records
    // the audit entry: when `deliver` fails, no record is left.
    Result<ExportedData> exportCertificate(const CertificateRef& ref, const ExportOptions& options,
                                           const ExportDelivery& deliver = {});

private:
    struct Built {
        ExportedData data;
        QString name;
        QString auditDetail; // set for secret exports
    };
    Result<Built> build(const CertificateRef& ref, const ExportOptions& options);
    WorkspaceContext& m_ctx;
};

} // namespace signet
