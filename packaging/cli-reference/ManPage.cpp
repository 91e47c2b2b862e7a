#include "ManPage.h"

#include "CliApp.h"
#include "CommandLine.h"
#include "Roff.h"

#include <QStringList>

namespace signet {

namespace {
QString optionName(const QString& name)
{
    return name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name;
}

QString optionTerm(const OptionSpec& option)
{
    QStringList names;
    for (const QString& name : option.names) {
        names << roff::option(optionName(name), QString());
    }
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName.isEmpty()) {
        term += QStringLiteral(" \\fI%1\\fR").arg(roff::literal(option.valueName));
    }
    return term;
}

// .TP items: a term, then its description as a paragraph.
QString item(const QString& term, const QString& description)
{
    return QStringLiteral(".TP\n%1\n%2\n").arg(term, roff::text(description));
}

QString paragraphs(const QString& text)
{
    return roff::text(text).replace(QLatin1Char('\n'), QStringLiteral("\n.PP\n"));
}

QString commandSection(const CliApp::Command& command)
{
    const CommandSpec spec = CliApp::describe(command);
    QString synopsis = QStringLiteral("\\fBsignet\\-cli %1\\fR").arg(roff::literal(command.name));
    for (const PositionalSpec& positional : spec.positionals) {
        synopsis += QStringLiteral(" \\fI%1\\fR").arg(roff::literal(positional.name));
    }
    if (!spec.options.isEmpty()) {
        synopsis += QStringLiteral(" [\\fIOPTIONS\\fR]");
    }
    QString out = QStringLiteral(".SS %1\n%2\n.PP\n%3\n").arg(roff::literal(command.name), synopsis,
                                                            paragraphs(spec.description));
    for (const PositionalSpec& positional : spec.positionals) {
        out += item(QStringLiteral("\\fI%1\\fR").arg(roff::literal(positional.name)), positional.description);
    }
    for (const OptionSpec& option : spec.options) {
        out += item(optionTerm(option), option.description);
    }
    return out;
}

const char* const kDescription =
    "Signet is a certificate authority for private PKI and mutual TLS. It creates root and intermediate CAs, "
    "issues server and client certificates or signs requests made elsewhere, revokes them and publishes CRLs, "
    "exports PEM, DER, chains, PKCS#7 and password-protected PKCS#12 files that browsers and phones accept, and "
    "writes nginx, Apache httpd and HAProxy mutual-TLS configuration together with every file it refers to.\n"
    "Everything lives in one workspace file. Private keys in it are sealed with AES-256-GCM under a random master "
    "key, which the workspace password unlocks (scrypt). Every change is one transaction and leaves one record in "
    "a hash-chained audit log. signet(1) is the desktop application over the same workspace.\n"
    "A CA or CERT argument is a name in the workspace, a serial number in hexadecimal (colons allowed) or id:N. "
    "A DN is written either as /C=ES/O=Example/CN=example.com or as CN=example.com,O=Example,C=ES.";

const char* const kExitStatus =
    ".TP\n.B 0\nSuccess.\n"
    ".TP\n.B 1\nThe command failed; one line on standard error says why. The workspace is left exactly as it "
    "was.\n"
    ".TP\n.B 2\nUsage error: an unknown command or option, or a missing or malformed argument.\n";

const char* const kFiles =
    ".TP\n.I $XDG_DATA_HOME/signet/default.signet\n"
    "The default workspace (XDG_DATA_HOME defaults to ~/.local/share). It is created with mode 0600 and "
    "holds certificates, sealed keys, CRL records and the audit log.\n"
    ".TP\n.I /usr/share/doc/signet\\-cli/\n"
    "Copyright and change log.\n";

const char* const kExamples =
    "Create a workspace, a root CA and an intermediate CA that issues day-to-day certificates:\n"
    ".PP\n.nf\n.RS\n"
    "signet\\-cli init\n"
    "signet\\-cli ca create \"Acme Root\" \\-\\-subject \"CN=Acme Root CA,O=Acme,C=ES\" \\-\\-path\\-len 1\n"
    "signet\\-cli ca create \"Acme Issuing\" \\-\\-issuer \"Acme Root\" \\-\\-subject \"CN=Acme Issuing CA,O=Acme\"\n"
    ".RE\n.fi\n.PP\n"
    "A server certificate (every host name and address becomes a subjectAltName) and a client certificate "
    "exported for an iPhone:\n"
    ".PP\n.nf\n.RS\n"
    "signet\\-cli issue server \"Acme Issuing\" \\-\\-dns app.acme.example \\-\\-ip 10.0.0.5\n"
    "signet\\-cli issue client \"Acme Issuing\" \\-\\-cn alice \\-\\-email alice@acme.example\n"
    "signet\\-cli export alice \\-\\-format p12 \\-\\-p12\\-profile compatible \\-\\-out alice.p12\n"
    ".RE\n.fi\n.PP\n"
    "nginx configuration with every file it needs, and a check of the handshake before deploying:\n"
    ".PP\n.nf\n.RS\n"
    "signet\\-cli config nginx \\-\\-server app.acme.example \\-\\-client\\-ca \"Acme Issuing\" \\-\\-out /etc/nginx/mtls\n"
    "signet\\-cli check app.acme.example alice\n"
    ".RE\n.fi\n.PP\n"
    "Someone leaves: revoke, refresh the CRL bundle the server reads, reload:\n"
    ".PP\n.nf\n.RS\n"
    "signet\\-cli revoke alice \\-\\-reason affiliationChanged\n"
    "signet\\-cli crl \"Acme Issuing\" \\-\\-bundle \\-\\-out /etc/nginx/mtls/client\\-crl.pem\n"
    "nginx \\-s reload\n"
    ".RE\n.fi\n.PP\n"
    "Unattended use, for example from cron: a password file readable only by its owner, and a status check "
    "that exits 1 when a certificate or CRL needs attention:\n"
    ".PP\n.nf\n.RS\n"
    "signet\\-cli \\-\\-password\\-file ~/.signet\\-password status \\-\\-days 30 \\-\\-check\n"
    ".RE\n.fi\n";
} // namespace

QString ManPage::cli(const QString& date, const QString& version)
{
    QString out = QStringLiteral(".TH SIGNET\\-CLI 1 \"%1\" \"Signet %2\" \"User Commands\"\n").arg(date, version);
    // Left-aligned and unhyphenated: option names, paths and DNs must stay as they are typed.
    out += QStringLiteral(".ad l\n.nh\n");
    out += QStringLiteral(".SH NAME\nsignet\\-cli \\- certificate authority for private PKI and mutual TLS\n");
    out += QStringLiteral(".SH SYNOPSIS\n\\fBsignet\\-cli\\fR [\\fB\\-\\-workspace\\fR \\fIFILE\\fR] "
                          "[\\fB\\-\\-password\\-file\\fR \\fIFILE\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n"
                          ".br\n\\fBsignet\\-cli\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR\n"
                          ".br\n\\fBsignet\\-cli\\fR \\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n");
    out += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(paragraphs(QString::fromUtf8(kDescription)));
    out += QStringLiteral(".SH OPTIONS\nThese come before the command.\n");
    for (const OptionSpec& option : CliApp::globalOptions()) {
        out += item(optionTerm(option), option.description);
    }
    out += QStringLiteral(".SH COMMANDS\nEvery command also takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR.\n");
    for (const CliApp::Command& command : CliApp::commands()) {
        out += commandSection(command);
    }
    out += QStringLiteral(".SH ENVIRONMENT\n");
    for (const CliApp::EnvironmentVariable& variable : CliApp::environment()) {
        out += item(QStringLiteral("\\fB%1\\fR").arg(roff::literal(variable.name)), variable.description);
    }
    out += QStringLiteral(".SH \"EXIT STATUS\"\n") + QString::fromUtf8(kExitStatus);
    out += QStringLiteral(".SH FILES\n") + QString::fromUtf8(kFiles);
    out += QStringLiteral(".SH EXAMPLES\n") + QString::fromUtf8(kExamples);
    out += QStringLiteral(".SH \"SEE ALSO\"\n\\fBsignet\\fR(1), \\fBopenssl\\fR(1ssl), \\fBnginx\\fR(8), "
                          "\\fBapache2\\fR(8), \\fBhaproxy\\fR(1)\n");
    return out;
}

} // namespace signet
