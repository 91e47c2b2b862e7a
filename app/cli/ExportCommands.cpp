#include "ExportCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "FileArguments.h"
#include "PasswordSource.h"
#include "Workspace.h"
#include "export/FileWriter.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommands", text);
}

QStringList p12ProfileNames()
{
    return {Pkcs12Builder::profileName(Pkcs12Builder::Profile::Modern),
            Pkcs12Builder::profileName(Pkcs12Builder::Profile::Compatible)};
}
} // namespace

int ExportCommands::exportCertificate(const QStringList& args)
{
    const QString formats = exportFormatNames().join(QLatin1Char('|'));
    CommandLine cl(QStringLiteral("export"),
                   tr("Write a certificate, its chain, its private key, a PKCS#12 bundle or an Apple "
                      "configuration profile to a file.\n"
                      "Formats: pem (the certificate), der, chain (certificate and intermediates), fullchain "
                      "(and the root), p7b (PKCS#7 with the whole chain), key (PKCS#8 private key, mode 0600; "
                      "encrypted when --export-password-file is given), p12 (PKCS#12 with key and chain, mode "
                      "0600; a strong password is generated and printed unless --export-password-file is given), "
                      "mobileconfig (for iPhone, iPad and Mac: installs the root CA and the certificate with its "
                      "key, as a compatible PKCS#12 protected like p12; mode 0600; open it on the device, which "
                      "asks for the password)."));
    cl.addPositional(QStringLiteral("CERT"), tr("Name, serial (hex) or id:N of the certificate."));
    cl.addOption({QStringLiteral("format")}, formats, QStringLiteral("FORMAT"), exportFormatNames());
    cl.addOption({QStringLiteral("p12-profile")},
                 tr("modern (AES-256, default) or compatible (3DES/SHA-1 for iOS <= 17, macOS <= 13, "
                    "Android <= 13, Windows Server <= 2016)."),
                 QStringLiteral("PROFILE"), p12ProfileNames());
    cl.addOption({QStringLiteral("export-password-file")},
                 tr("Password for the key, PKCS#12 file or profile: the first line of FILE (at most 4096 bytes)."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("embed-password")},
                 tr("mobileconfig: write the password into the profile, so that the device does not ask for it. "
                    "Then anyone who gets the file gets the key: send it only over a channel you trust."));
    cl.addOption({QStringLiteral("out")}, tr("The file to write; - for standard output."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Replace the --out file if it exists."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CERT")}) || !cl.require(QStringLiteral("format"))
        || !cl.require(QStringLiteral("out"))) {
        return cl.exitCode();
    }
    ExportOptions options;
    const QString formatName = cl.value(QStringLiteral("format"));
    const auto format = exportFormatFromName(formatName);
    if (!format) {
        return cl.usage(tr("unknown --format '%1' (use %2)").arg(formatName, formats));
    }
    options.format = *format;
    if (cl.isSet(QStringLiteral("p12-profile"))) {
        if (options.format == ExportFormat::MobileConfig) {
            return cl.usage(tr("--p12-profile does not apply to --format mobileconfig (its PKCS#12 is always "
                               "compatible, as older iPhones and Macs need)"));
        }
        const QString profileName = cl.value(QStringLiteral("p12-profile"));
        const auto profile = Pkcs12Builder::profileFromName(profileName);
        if (!profile) {
            return cl.usage(tr("unknown --p12-profile '%1' (use %2)")
                                .arg(profileName, p12ProfileNames().join(QLatin1Char('|'))));
        }
        options.p12Profile = *profile;
    }
    const bool withKey = options.format == ExportFormat::Key || options.format == ExportFormat::P12
                         || options.format == ExportFormat::MobileConfig;
    if (cl.isSet(QStringLiteral("embed-password"))) {
        if (options.format != ExportFormat::MobileConfig) {
            return cl.usage(tr("--embed-password applies to --format mobileconfig only"));
        }
        options.embedPassword = true;
    }
    if (cl.isSet(QStringLiteral("export-password-file"))) {
        if (!withKey) {
            return cl.usage(tr("--export-password-file applies to --format key, p12 and mobileconfig only"));
        }
        auto password = PasswordSource::fromFile(cl.value(QStringLiteral("export-password-file")));
        if (!password) {
            return Console::fail(password.error());
        }
        if (password->isEmpty()) {
            return Console::fail(tr("the export password file %1 is empty").arg(cl.value(QStringLiteral("export-password-file"))));
        }
        options.password = *password;
    }
    const QString out = cl.value(QStringLiteral("out"));
    const bool binary = options.format == ExportFormat::Der || options.format == ExportFormat::P12
                        || options.format == ExportFormat::MobileConfig;
    if (Status st = FileArguments::checkOutput(out, cl.isSet(QStringLiteral("force")), binary); !st) {
        return Console::fail(st.error());
    }

    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const QString ref = cl.positional().at(0);
    auto data = (*ws)->exportCertificate(CertificateRef::typed(ref), options, [&out](const ExportedData& exported) {
        return FileArguments::write(out, exported.data, exported.secret ? FileAccess::Secret : FileAccess::Public);
    });
    if (!data) {
        return Console::fail(data.error());
    }
    FileArguments::report(out, tr("wrote %1 (%2 of '%3')").arg(Console::escape(out), formatName, Console::escape(ref)));
    if (!data->generatedPassword.isEmpty()) {
        FileArguments::report(out, tr("PKCS#12 password: %1").arg(QString::fromUtf8(data->generatedPassword)));
    }
    return Console::kSuccess;
}

} // namespace signet
