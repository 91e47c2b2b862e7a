#include "LintCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "FileArguments.h"
#include "JsonOutput.h"
#include "Workspace.h"
#include "crypto/Certificate.h"
#include "import/BoundedFile.h"
#include "pki/Linter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LintCommands", text);
}

using Purpose = LintContext::Purpose;

// What lint looks at: the certificate, the CA that issued it when known, and what it is for.
struct Subject {
    Certificate cert;
    Certificate issuer;
    LintContext context;
};

std::optional<Purpose> purposeFromName(const QString& name)
{
    if (name == QLatin1String("server")) {
        return Purpose::Server;
    }
    if (name == QLatin1String("client")) {
        return Purpose::Client;
    }
    if (name == QLatin1String("ca")) {
        return Purpose::Ca;
    }
    return std::nullopt;
}

// A PEM file may hold a chain: the first certificate is linted, the second taken as its issuer.
Result<Subject> fromFile(const QString& path)
{
    auto read = FileArguments::read(path, BoundedFile::kImportLimit);
    if (!read) {
        return read.error();
    }
    const QByteArray& data = *read;
    Subject subject;
    if (data.contains("-----BEGIN")) {
        auto certs = Certificate::listFromPem(data);
        if (!certs) {
            return makeError(tr("%1 holds no certificate").arg(path), certs.error().toString());
        }
        subject.cert = std::move(certs->front());
        if (certs->size() > 1) {
            subject.issuer = std::move((*certs)[1]);
        }
        return subject;
    }
    auto cert = Certificate::fromDer(data);
    if (!cert) {
        return makeError(tr("%1 is not a PEM or DER certificate").arg(path), cert.error().toString());
    }
    subject.cert = std::move(cert).value();
    return subject;
}

// A workspace certificate is linted for the profile it was issued with, against its issuing CA.
Result<Subject> fromWorkspace(Workspace& ws, const QString& ref)
{
    auto record = ws.find(CertificateRef::typed(ref));
    if (!record) {
        return record.error();
    }
    auto cert = ws.certificate(*record);
    if (!cert) {
        return cert.error();
    }
    Subject subject;
    subject.cert = std::move(cert).value();
    subject.context = LintContext::forProfile(record->profile);
    auto chain = ws.chain(*record);
    if (!chain) {
        return chain.error();
    }
    if (chain->size() > 1) {
        auto issuer = ws.certificate((*chain)[1]);
        if (!issuer) {
            return issuer.error();
        }
        subject.issuer = std::move(issuer).value();
    }
    return subject;
}
} // namespace

int LintCommands::lint(const QStringList& args)
{
    CommandLine cl(QStringLiteral("lint"),
                   tr("Check a certificate against the rules of RFC 5280, Apple (TLS servers) and Chrome, also one "
                      "that Signet did not issue. Prints one line per finding, \"ERROR rule.id: message\" or "
                      "\"WARNING rule.id: message\", or \"no findings\". Exit status 0 without errors, 1 with "
                      "errors."));
    cl.addPositional(QStringLiteral("CERT_OR_FILE"),
                     tr("A certificate file (PEM or DER; in a PEM chain the second certificate is taken as the "
                        "issuer), or the name, serial (hex) or id:N of a certificate in the workspace. An existing "
                        "file wins over a workspace certificate of the same name; files need no workspace and may have at "
                        "most 16 MiB; - reads standard input."));
    cl.addOption({QStringLiteral("profile")},
                 tr("What the certificate is for: server, client or ca (default: the profile a workspace "
                    "certificate was issued with; otherwise derived from the certificate)."),
                 QStringLiteral("PROFILE"), {QStringLiteral("server"), QStringLiteral("client"), QStringLiteral("ca")});
    JsonOutput::addOption(cl, tr("Print the findings as JSON (exit status as without)."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CERT_OR_FILE")})) {
        return cl.exitCode();
    }
    std::optional<Purpose> purpose;
    if (cl.isSet(QStringLiteral("profile"))) {
        purpose = purposeFromName(cl.value(QStringLiteral("profile")));
        if (!purpose) {
            return cl.usage(tr("unknown --profile '%1' (use server|client|ca)").arg(cl.value(QStringLiteral("profile"))));
        }
    }
    const QString target = cl.positional().at(0);
    auto subject = [&]() -> Result<Subject> {
        if (FileArguments::isStandardStream(target) || QFileInfo(target).isFile()) {
            return fromFile(target);
        }
        auto ws = m_ctx.open();
        if (!ws) {
            return makeError(tr("'%1' is no file, and the workspace is not available").arg(target),
                             ws.error().toString());
        }
        return fromWorkspace(**ws, target);
    }();
    if (!subject) {
        return Console::fail(subject.error());
    }
    if (purpose) {
        subject->context.purpose = *purpose;
    }
    const QList<LintFinding> findings = Linter::lint(subject->cert, subject->issuer.isNull() ? nullptr : &subject->issuer,
                                                     subject->context);
    const int status = Linter::hasErrors(findings) ? Console::kFailure : Console::kSuccess;
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("subject"), subject->cert.subject()},
                           {QStringLiteral("serial"), subject->cert.serialHex()},
                           {QStringLiteral("errors"), Linter::hasErrors(findings)},
                           {QStringLiteral("findings"), JsonOutput::findings(findings)}});
        return status;
    }
    if (findings.isEmpty()) {
        Console::out(tr("no findings"));
        return Console::kSuccess;
    }
    for (const LintFinding& f : findings) {
        Console::out((f.isError() ? QStringLiteral("ERROR ") : QStringLiteral("WARNING ")) + f.ruleId
                     + QStringLiteral(": ") + Console::escape(f.message));
    }
    return status;
}

void LintCommands::printIssuanceFindings(const QList<LintFinding>& findings)
{
    for (const LintFinding& f : findings) {
        const QString line = f.ruleId + QStringLiteral(": ") + Console::escape(f.message);
        Console::err(f.isError() ? tr("error (forced): %1").arg(line) : tr("warning: %1").arg(line));
    }
}

} // namespace signet
