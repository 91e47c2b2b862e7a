#include "IssueCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "Workspace.h"
#include "crypto/KeySpec.h"
#include "pki/Profile.h"

#include <QCoreApplication>
#include <QFile>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("IssueCommands", text);
}

QString keyHelp(const QString& fallback)
{
    return QCoreApplication::translate("IssueCommands", "Key type: %1 (default %2).")
        .arg(KeySpec::supportedNames().join(QLatin1Char('|')), fallback);
}
} // namespace

QString IssueCommands::summary(const CertificateRecord& record)
{
    return tr("(serial %1, expires %2)").arg(record.serial, record.notAfter.toUTC().date().toString(Qt::ISODate));
}

bool IssueCommands::checkKeySpec(CommandLine& cl)
{
    if (!cl.isSet(QStringLiteral("key"))) {
        return true;
    }
    if (auto spec = KeySpec::parse(cl.value(QStringLiteral("key"))); !spec) {
        cl.usage(tr("--key: %1").arg(spec.error().toString()));
        return false;
    }
    return true;
}

void IssueCommands::addLeafOptions(CommandLine& cl)
{
    cl.addOption({QStringLiteral("days")},
                 tr("Validity in days (default %1).").arg(defaultValidityDays(Profile::Server)), QStringLiteral("N"));
    cl.addOption({QStringLiteral("name")}, tr("Name in the workspace (default: the common name)."),
                 QStringLiteral("NAME"));
}

int IssueCommands::caCreate(const QStringList& args)
{
    CommandLine cl(QStringLiteral("ca create"),
                   tr("Create a root CA, or an intermediate CA signed by --issuer. The new CA's key is "
                      "generated and kept, encrypted, in the workspace."));
    cl.addPositional(QStringLiteral("NAME"), tr("Name of the new CA in the workspace."));
    cl.addOption({QStringLiteral("subject")},
                 tr("Distinguished name, \"CN=Example Root CA,O=Example,C=ES\" or \"/C=ES/O=Example/CN=Example Root CA\"."),
                 QStringLiteral("DN"));
    cl.addOption({QStringLiteral("key")}, keyHelp(CaOptions().keySpec), QStringLiteral("KEY"));
    cl.addOption({QStringLiteral("days")},
                 tr("Validity in days (default %1 for a root CA, %2 for an intermediate).")
                     .arg(defaultValidityDays(Profile::RootCa))
                     .arg(defaultValidityDays(Profile::IntermediateCa)),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("issuer")}, tr("The CA that signs this one: makes an intermediate CA."),
                 QStringLiteral("CA"));
    cl.addOption({QStringLiteral("path-len")}, tr("How many CAs may follow below this one (default unlimited)."),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("permit-dns")},
                 tr("Name constraint: only names in this domain may be issued below (repeatable)."),
                 QStringLiteral("DOMAIN"));
    cl.addOption({QStringLiteral("crl-url")},
                 tr("Where this CA's CRL will be published; written into what it issues."), QStringLiteral("URL"));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")}) || !cl.require(QStringLiteral("subject"))
        || !checkKeySpec(cl)) {
        return cl.exitCode();
    }
    CaOptions options;
    options.name = cl.positional().at(0);
    options.subject = cl.value(QStringLiteral("subject"));
    options.issuer = cl.value(QStringLiteral("issuer"));
    const bool intermediate = !options.issuer.isEmpty();
    // 0 lets the core pick the profile's default, shortened to what the issuing CA has left.
    const auto days = cl.intOption(QStringLiteral("days"), 1, 100000, 0);
    const auto pathLength = cl.intOption(QStringLiteral("path-len"), 0, 32, -1);
    if (!days || !pathLength) {
        return cl.exitCode();
    }
    options.days = *days;
    options.pathLength = *pathLength;
    if (cl.isSet(QStringLiteral("key"))) {
        options.keySpec = cl.value(QStringLiteral("key"));
    }
    options.permittedDns = cl.values(QStringLiteral("permit-dns"));
    options.crlUrl = cl.value(QStringLiteral("crl-url"));

    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto record = (*ws)->createCa(options);
    if (!record) {
        return Console::fail(record.error());
    }
    if (intermediate) {
        Console::out(tr("created intermediate CA '%1' under '%2' %3").arg(record->name, options.issuer, summary(*record)));
    } else {
        Console::out(tr("created root CA '%1' %2").arg(record->name, summary(*record)));
    }
    return Console::kSuccess;
}

int IssueCommands::issueServer(const QStringList& args)
{
    CommandLine cl(QStringLiteral("issue server"),
                   tr("Issue a TLS server certificate (extended key usage serverAuth) with a new key."));
    cl.addPositional(QStringLiteral("CA"), tr("The issuing CA."));
    cl.addOption({QStringLiteral("dns")}, tr("DNS name for the subject alternative names (repeatable)."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("ip")}, tr("IP address for the subject alternative names (repeatable)."),
                 QStringLiteral("ADDR"));
    cl.addOption({QStringLiteral("subject")}, tr("Full distinguished name (default: CN = the first DNS name)."),
                 QStringLiteral("DN"));
    cl.addOption({QStringLiteral("key")}, keyHelp(LeafOptions().keySpec), QStringLiteral("KEY"));
    addLeafOptions(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA")}) || !checkKeySpec(cl)) {
        return cl.exitCode();
    }
    if (!cl.isSet(QStringLiteral("dns")) && !cl.isSet(QStringLiteral("ip"))) {
        return cl.usage(tr("missing required option --dns (or --ip)"));
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 100000, 0);
    if (!days) {
        return cl.exitCode();
    }
    LeafOptions options;
    options.ca = cl.positional().at(0);
    options.profile = Profile::Server;
    options.dnsNames = cl.values(QStringLiteral("dns"));
    options.ipAddresses = cl.values(QStringLiteral("ip"));
    options.subject = cl.value(QStringLiteral("subject"));
    options.days = *days;
    options.name = cl.value(QStringLiteral("name"));
    if (cl.isSet(QStringLiteral("key"))) {
        options.keySpec = cl.value(QStringLiteral("key"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto record = (*ws)->issue(options);
    if (!record) {
        return Console::fail(record.error());
    }
    Console::out(tr("issued server certificate '%1' %2").arg(record->name, summary(*record)));
    return Console::kSuccess;
}

int IssueCommands::issueClient(const QStringList& args)
{
    CommandLine cl(QStringLiteral("issue client"),
                   tr("Issue a TLS client certificate (extended key usage clientAuth) with a new key."));
    cl.addPositional(QStringLiteral("CA"), tr("The issuing CA."));
    cl.addOption({QStringLiteral("cn")}, tr("Common name: the person or device."), QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("email")}, tr("E-mail address for the subject alternative names (repeatable)."),
                 QStringLiteral("ADDR"));
    cl.addOption({QStringLiteral("subject")}, tr("Full distinguished name; its CN wins over --cn."),
                 QStringLiteral("DN"));
    cl.addOption({QStringLiteral("key")}, keyHelp(LeafOptions().keySpec), QStringLiteral("KEY"));
    addLeafOptions(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA")}) || !checkKeySpec(cl)) {
        return cl.exitCode();
    }
    // A full --subject carries its own CN, so --cn is only required without one.
    if (!cl.isSet(QStringLiteral("subject")) && !cl.require(QStringLiteral("cn"))) {
        return cl.exitCode();
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 100000, 0);
    if (!days) {
        return cl.exitCode();
    }
    LeafOptions options;
    options.ca = cl.positional().at(0);
    options.profile = Profile::Client;
    options.commonName = cl.value(QStringLiteral("cn"));
    options.emails = cl.values(QStringLiteral("email"));
    options.subject = cl.value(QStringLiteral("subject"));
    options.days = *days;
    options.name = cl.value(QStringLiteral("name"));
    if (cl.isSet(QStringLiteral("key"))) {
        options.keySpec = cl.value(QStringLiteral("key"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto record = (*ws)->issue(options);
    if (!record) {
        return Console::fail(record.error());
    }
    Console::out(tr("issued client certificate '%1' %2").arg(record->name, summary(*record)));
    return Console::kSuccess;
}

int IssueCommands::sign(const QStringList& args)
{
    CommandLine cl(QStringLiteral("sign"),
                   tr("Sign a certificate signing request (PEM or DER). The subject and subject alternative "
                      "names come from the request; the key stays with whoever made it."));
    cl.addPositional(QStringLiteral("CA"), tr("The issuing CA."));
    cl.addPositional(QStringLiteral("CSR_FILE"), tr("The request, PEM or DER."));
    cl.addOption({QStringLiteral("profile")}, tr("server, client or server-client."), QStringLiteral("PROFILE"));
    addLeafOptions(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA"), QStringLiteral("CSR_FILE")})
        || !cl.require(QStringLiteral("profile"))) {
        return cl.exitCode();
    }
    const QString profileText = cl.value(QStringLiteral("profile"));
    const auto profile = profileFromName(profileText);
    if (!profile || !leafProfileNames().contains(profileText)) {
        return cl.usage(tr("unknown --profile '%1' (use %2)").arg(profileText, leafProfileNames().join(QLatin1Char('|'))));
    }
    const auto days = cl.intOption(QStringLiteral("days"), 1, 100000, 0);
    if (!days) {
        return cl.exitCode();
    }
    const QString csrPath = cl.positional().at(1);
    QFile file(csrPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Console::fail(makeError(tr("cannot read %1").arg(csrPath), file.errorString()));
    }
    CsrOptions options;
    options.ca = cl.positional().at(0);
    options.csr = file.readAll();
    options.profile = *profile;
    options.days = *days;
    options.name = cl.value(QStringLiteral("name"));

    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto record = (*ws)->signCsr(options);
    if (!record) {
        return Console::fail(record.error());
    }
    Console::out(tr("signed %1 certificate '%2' from %3 %4")
                     .arg(profileText, record->name, csrPath, summary(*record)));
    return Console::kSuccess;
}

} // namespace signet
