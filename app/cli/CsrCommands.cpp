#include "CsrCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "FileArguments.h"
#include "IssueCommands.h"
#include "Workspace.h"
#include "crypto/KeySpec.h"
#include "export/FileWriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CsrCommands", text);
}

// The options of 'ca create' that the signing CA decides, or that need the certificate itself.
const QStringList kNotWithCsrOut = {QStringLiteral("issuer"),    QStringLiteral("days"),
                                    QStringLiteral("path-len"),  QStringLiteral("permit-dns"),
                                    QStringLiteral("permit-ip"), QStringLiteral("permit-email"),
                                    QStringLiteral("crl-url"),   QStringLiteral("aia-url")};
} // namespace

int CsrCommands::createAndWrite(const RequestOptions& options, const QString& out, bool force) const
{
    // Refused before the key is made, so that a bad destination leaves nothing behind.
    if (Status st = FileArguments::checkOutput(out, force); !st) {
        return Console::fail(st.error());
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto created = (*ws)->createRequest(options);
    if (!created) {
        return Console::fail(created.error());
    }
    const QString name = Console::escape(created->record.name);
    if (Status st = FileArguments::write(out, created->pem, FileAccess::Public); !st) {
        return Console::fail(tr("%1; the request '%2' is stored: 'signet-cli csr show %2' prints it")
                                 .arg(st.error().toString(), name));
    }
    FileArguments::report(out, options.ca ? tr("created the key and request of CA '%1' in %2").arg(name, Console::escape(out))
                                          : tr("created the key and request '%1' in %2").arg(name, Console::escape(out)));
    FileArguments::report(out, tr("once the CA has signed it: signet-cli import CERTIFICATE_FILE (the certificate takes the name '%1' "
                    "and this key)")
                     .arg(name));
    return Console::kSuccess;
}

int CsrCommands::create(const QStringList& args)
{
    CommandLine cl(QStringLiteral("csr create"),
                   tr("Create a key, kept encrypted in the workspace, and a certificate signing request (PKCS#10, "
                      "PEM) for a CA outside the workspace. Import the signed certificate later: it gets the key "
                      "and the request's name."));
    cl.addOption({QStringLiteral("subject")},
                 tr("Distinguished name, \"CN=www.example.com,O=Example,C=ES\" or \"/C=ES/O=Example/CN=www.example.com\"."),
                 QStringLiteral("DN"));
    cl.addOption({QStringLiteral("dns")}, tr("DNS name for the subject alternative names (repeatable)."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("ip")}, tr("IP address for the subject alternative names (repeatable)."),
                 QStringLiteral("ADDR"));
    cl.addOption({QStringLiteral("email")}, tr("E-mail address for the subject alternative names (repeatable)."),
                 QStringLiteral("ADDR"));
    cl.addOption({QStringLiteral("key")},
                 tr("Key type: %1 (default ec:p256).").arg(KeySpec::supportedNames().join(QLatin1Char('|'))),
                 QStringLiteral("KEY"), KeySpec::supportedNames());
    cl.addOption({QStringLiteral("name")}, tr("Name in the workspace (default: the common name)."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("out")}, tr("Where to write the request (PEM); - for standard output."),
                 QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Replace the --out file if it exists."));
    if (!cl.parse(args) || !cl.expectPositional({}) || !cl.require(QStringLiteral("subject"))
        || !cl.require(QStringLiteral("out"))) {
        return cl.exitCode();
    }
    if (!IssueCommands::checkKeySpec(cl)) {
        return cl.exitCode();
    }
    auto subject = IssueCommands::subjectOption(cl);
    if (!subject) {
        return Console::fail(subject.error());
    }
    RequestOptions options;
    options.name = cl.value(QStringLiteral("name"));
    options.subject = *subject;
    options.dnsNames = cl.values(QStringLiteral("dns"));
    options.ipAddresses = cl.values(QStringLiteral("ip"));
    options.emails = cl.values(QStringLiteral("email"));
    options.key = IssueCommands::keyOption(cl);
    return createAndWrite(options, cl.value(QStringLiteral("out")), cl.isSet(QStringLiteral("force")));
}

int CsrCommands::createCaRequest(CommandLine& cl) const
{
    const auto decided = std::find_if(kNotWithCsrOut.cbegin(), kNotWithCsrOut.cend(),
                                      [&cl](const QString& option) { return cl.isSet(option); });
    if (decided != kNotWithCsrOut.cend()) {
        return cl.usage(tr("--%1 cannot be used with --csr-out: the CA that signs the request decides").arg(*decided));
    }
    auto subject = IssueCommands::subjectOption(cl);
    if (!subject) {
        return Console::fail(subject.error());
    }
    RequestOptions options;
    options.name = cl.positional().at(0);
    options.subject = *subject;
    options.key = IssueCommands::keyOption(cl);
    options.ca = true;
    return createAndWrite(options, cl.value(QStringLiteral("csr-out")), cl.isSet(QStringLiteral("force")));
}

int CsrCommands::list(const QStringList& args)
{
    CommandLine cl(QStringLiteral("csr list"),
                   tr("List the certificate signing requests that wait for their signed certificate."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto pending = (*ws)->pendingRequests();
    if (!pending) {
        return Console::fail(pending.error());
    }
    if (pending->isEmpty()) {
        Console::out(tr("no certificate request waits for its certificate"));
        return Console::kSuccess;
    }
    QList<QStringList> rows{{tr("NAME"), tr("TYPE"), tr("CREATED"), tr("SUBJECT")}};
    for (const RequestRecord& r : *pending) {
        rows.append({Console::escape(r.name), r.isCa ? tr("ca") : tr("leaf"),
                     r.createdAt.toUTC().date().toString(Qt::ISODate), Console::escape(r.subject)});
    }
    QList<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        }
        Console::out(line);
    }
    return Console::kSuccess;
}

int CsrCommands::show(const QStringList& args)
{
    CommandLine cl(QStringLiteral("csr show"), tr("Print a certificate signing request made here (PEM)."));
    cl.addPositional(QStringLiteral("NAME"), tr("The request's name."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto request = (*ws)->request(cl.positional().at(0));
    if (!request) {
        return Console::fail(request.error());
    }
    Console::outRaw(request->pem);
    return Console::kSuccess;
}

} // namespace signet
