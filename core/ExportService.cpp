#include "ExportService.h"

#include "WorkspaceContext.h"
#include "crypto/OsslError.h"
#include "export/MobileConfig.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ExportService", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportService)
};

const QList<QPair<ExportFormat, QString>>& formatNames()
{
    static const QList<QPair<ExportFormat, QString>> names = {
        {ExportFormat::Pem, QStringLiteral("pem")},         {ExportFormat::Der, QStringLiteral("der")},
        {ExportFormat::Chain, QStringLiteral("chain")},     {ExportFormat::FullChain, QStringLiteral("fullchain")},
        {ExportFormat::P7b, QStringLiteral("p7b")},         {ExportFormat::Key, QStringLiteral("key")},
        {ExportFormat::P12, QStringLiteral("p12")},
        {ExportFormat::MobileConfig, QStringLiteral("mobileconfig")},
    };
    return names;
}

Result<QByteArray> pkcs7(const std::vector<Certificate>& certs)
{
    Pkcs7Ptr p7(PKCS7_new());
    if (!p7 || PKCS7_set_type(p7.get(), NID_pkcs7_signed) != 1
        || PKCS7_content_new(p7.get(), NID_pkcs7_data) != 1) {
        return opensslError(Tr::tr("could not build the PKCS#7 file"));
    }
    for (const Certificate& cert : certs) {
        if (PKCS7_add_certificate(p7.get(), cert.get()) != 1) {
            return opensslError(Tr::tr("could not add a certificate to the PKCS#7 file"));
        }
    }
    unsigned char* out = nullptr;
    const int len = i2d_PKCS7(p7.get(), &out);
    if (len <= 0) {
        return opensslError(Tr::tr("could not encode the PKCS#7 file"));
    }
    OpenSslBytesPtr owned(out);
    return QByteArray(reinterpret_cast<const char*>(out), len);
}

// A PKCS#12 file or an Apple configuration profile (which carries one): the key with its chain.
Result<QByteArray> protectedBundle(const std::vector<Certificate>& chain, const std::vector<CertificateRecord>& records,
                                   const PrivateKey& key, const ExportOptions& options, const QByteArray& password)
{
    if (options.format == ExportFormat::P12) {
        std::vector<const Certificate*> rest;
        for (std::size_t i = 1; i < chain.size(); ++i) {
            rest.push_back(&chain[i]);
        }
        return Pkcs12Builder::build(chain.front(), key, rest, records.front().name, password, options.p12Profile);
    }
    std::vector<MobileConfig::Link> links;
    for (std::size_t i = 0; i < chain.size(); ++i) {
        links.push_back({&chain[i], records[i].name});
    }
    return MobileConfig::build(links, key, {password, options.embedPassword});
}

QString auditDetail(const ExportOptions& options)
{
    switch (options.format) {
    case ExportFormat::P12:
        return QStringLiteral("format=p12 profile=") + Pkcs12Builder::profileName(options.p12Profile);
    case ExportFormat::MobileConfig:
        return options.embedPassword ? QStringLiteral("format=mobileconfig password=embedded")
                                     : QStringLiteral("format=mobileconfig");
    default:
        return QStringLiteral("format=key");
    }
}
} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    for (const auto& [format, text] : formatNames()) {
        if (text == name) {
            return format;
        }
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList out;
    for (const auto& entry : formatNames()) {
        out << entry.second;
    }
    return out;
}

Result<ExportedData> ExportService::exportCertificate(const CertificateRef& ref, const ExportOptions& options,
                                                     const ExportDelivery& deliver)
{
    auto built = build(ref, options);
    if (!built) {
        return built.error();
    }
    if (!built->data.secret) {
        if (deliver) {
            if (Status st = deliver(built->data); !st) {
                return st.error();
            }
        }
        return std::move(built->data);
    }
    Transaction tx(m_ctx.db());
    if (Status st = tx.begin(); !st) {
        return st.error();
    }
    if (deliver) {
        if (Status st = deliver(built->data); !st) {
            return st.error();
        }
    }
    if (Status st = m_ctx.audit(QStringLiteral("export-private-key"), built->name, built->auditDetail); !st) {
        return st.error();
    }
    if (Status st = tx.commit(); !st) {
        return st.error();
    }
    return std::move(built->data);
}

Result<ExportService::Built> ExportService::build(const CertificateRef& ref, const ExportOptions& options)
{
    auto record = m_ctx.resolve(ref);
    if (!record) {
        return record.error();
    }
    auto chainRecords = m_ctx.chainOf(*record);
    if (!chainRecords) {
        return chainRecords.error();
    }
    std::vector<Certificate> chain;
    for (const CertificateRecord& link : *chainRecords) {
        auto cert = m_ctx.certificateOf(link);
        if (!cert) {
            return cert.error();
        }
        chain.push_back(std::move(cert).value());
    }
    const Certificate& cert = chain.front();
    const bool rootInChain = chain.size() > 1 && chain.back().isSelfIssued();
    Built built;
    built.name = record->name;
    ExportedData& out = built.data;
    switch (options.format) {
    case ExportFormat::Pem:
        out.data = cert.toPem();
        return built;
    case ExportFormat::Der:
        out.data = cert.toDer();
        return built;
    case ExportFormat::Chain:
    case ExportFormat::FullChain: {
        const std::size_t end = options.format == ExportFormat::Chain && rootInChain ? chain.size() - 1 : chain.size();
        for (std::size_t i = 0; i < end; ++i) {
            out.data += chain[i].toPem();
        }
        return built;
    }
    case ExportFormat::P7b: {
        auto data = pkcs7(chain);
        if (!data) {
            return data.error();
        }
        out.data = *data;
        return built;
    }
    case ExportFormat::Key:
    case ExportFormat::P12:
    case ExportFormat::MobileConfig:
        break;
    }
    if (!record->keyId) {
        return makeError(Tr::tr("the workspace holds no private key for '%1'").arg(record->name));
    }
    auto key = m_ctx.keyOf(*record);
    if (!key) {
        return key.error();
    }
    out.secret = true;
    if (options.format == ExportFormat::Key) {
        auto pem = key->toPkcs8Pem(options.password);
        if (!pem) {
            return pem.error();
        }
        out.data = *pem;
    } else {
        QByteArray password = options.password;
        if (password.isEmpty()) {
            auto generated = Pkcs12Builder::generatePassword();
            if (!generated) {
                return generated.error();
            }
            password = *generated;
            out.generatedPassword = password;
        }
        auto bundle = protectedBundle(chain, *chainRecords, *key, options, password);
        if (!bundle) {
            return bundle.error();
        }
        out.data = *bundle;
    }
    built.auditDetail = auditDetail(options);
    return built;
}

} // namespace signet
