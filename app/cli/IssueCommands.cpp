#include "IssueCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "FileArguments.h"
#include "JsonOutput.h"
#include "CsrCommands.h"
#include "LintCommands.h"
#include "TemplateCommands.h"
#include "Workspace.h"
#include "crypto/KeySpec.h"
#include "import/BoundedFile.h"
#include "pki/Linter.h"
#include "pki/Profile.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("IssueCommands", text);
}

void addKeyOption(CommandLine& cl, const QString& fallback)
{
    cl.addOption({QStringLiteral("key")},
                 tr("Key type: %1 (default %2).").arg(KeySpec::supportedNames().join(QLatin1Char('|')), fallback),
                 QStringLiteral("KEY"), KeySpec::supportedNames());
}

// What a CA grants a new CA below it: --path-len and the --permit-* name constraints.
void addCaGrantOptions(CommandLine& cl)
{
    cl.addOption({QStringLiteral("path-len")}, tr("How many CAs may follow below this one (default unlimited)."),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("permit-dns")},
                 tr("Name constraint: only names in this domain may be issued below (repeatable)."),
                 QStringLiteral("DOMAIN"));
    cl.addOption({QStringLiteral("permit-ip")},
                 tr("Name constraint: IP addresses in this range (e.g. 10.0.0.0/8, fd00::/8) may be issued below "
                    "(repeatable). With any --permit-* option, other IP addresses are refused."),
                 QStringLiteral("CIDR"));
    cl.addOption({QStringLiteral("permit-email")},
                 tr("Name constraint: e-mail addresses at this domain (.example.com: at any host below it) may be "
                    "issued below (repeatable). With any --permit-* option, other e-mail addresses are refused."),
                 QStringLiteral("DOMAIN"));
}

void addForceOption(CommandLine& cl, bool requestFile = false)
{
    cl.addOption({QStringLiteral("force")},
                 requestFile ? tr("Issue even when the linter finds errors (rules that some clients enforce; see "
                                  "'lint'); with --csr-out, replace the file if it exists.")
                             : tr("Issue even when the linter finds errors (rules that some clients enforce; see "
                                  "'lint')."));
    JsonOutput::addOption(cl, tr("Print the certificate made (as 'list --json' shows it) and the linter's findings "
                                 "as JSON."));
}

// Opens the workspace, lets `useCase` make one certificate in it and prints `message(record)`, then
// the linter's findings on stderr (with --json: both as one object). A failure of either is one line
// on stderr and exit code 1; a lint refusal says how to override it.
template <typename UseCase, typename Message>
int openAndRun(const CliContext& context, const CommandLine& cl, UseCase useCase, Message message)
{
    auto ws = context.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto issued = useCase(**ws);
    if (!issued) {
        if (issued.error().forceable) {
            return Console::fail(tr("%1; add --force to issue it anyway").arg(issued.error().toString()));
        }
        return Console::fail(issued.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("certificate"), JsonOutput::certificate(**ws, issued->record)},
                           {QStringLiteral("findings"), JsonOutput::findings(issued->findings)}});
        return Console::kSuccess;
    }
    Console::out(message(issued->record));
    LintCommands::printIssuanceFindings(issued->findings);
    return Console::kSuccess;
}
} // namespace

QString IssueCommands::summary(const CertificateRecord& record)
{
    return tr("(serial %1, expires %2)").arg(record.serial, record.notAfter.toUTC().date().toString(Qt::ISODate));
}

QString IssueCommands::shownName(const CertificateRecord& record)
{
    return Console::escape(record.name);
}

Result<DistinguishedName> IssueCommands::subjectOption(const CommandLine& cl)
{
    if (!cl.isSet(QStringLiteral("subject"))) {
        return DistinguishedName();
    }
    return DistinguishedName::parse(cl.value(QStringLiteral("subject")));
}

std::optional<KeySpec> IssueCommands::keyOption(const CommandLine& cl)
{
    if (!cl.isSet(QStringLiteral("key"))) {
        return std::nullopt;
    }
    auto spec = KeySpec::parse(cl.value(QStringLiteral("key")));
    return spec ? std::optional<KeySpec>(*spec) : std::nullopt;
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

std::optional<int> IssueCommands::days(CommandLine& cl)
{
    return cl.intOption(QStringLiteral("days"), 1, 100000, 0);
}

void IssueCommands::addDaysAndName(CommandLine& cl)
{
    cl.addOption({QStringLiteral("days")},
                 tr("Validity in days (default %1).").arg(defaultValidityDays(Profile::Server)), QStringLiteral("N"));
    cl.addOption({QStringLiteral("name")}, tr("Name in the workspace (default: the common name)."),
                 QStringLiteral("NAME"));
    addForceOption(cl);
    TemplateCommands::addTemplateOption(cl);
}

void IssueCommands::addLeafOptions(CommandLine& cl, const QString& subjectHelp)
{
    cl.addOption({QStringLiteral("subject")}, subjectHelp, QStringLiteral("DN"));
    addKeyOption(cl, defaultKeySpec(Profile::Server).name());
    addDaysAndName(cl);
}

bool IssueCommands::parseLeaf(CommandLine& cl, const QStringList& args)
{
    return cl.parse(args) && cl.expectPositional({QStringLiteral("CA")}) && checkKeySpec(cl);
}

int IssueCommands::issueLeaf(CommandLine& cl, LeafOptions options, const QString& done) const
{
    const auto validity = days(cl);
    if (!validity) {
        return cl.exitCode();
    }
    auto subject = subjectOption(cl);
    if (!subject) {
        return Console::fail(subject.error());
    }
    options.ca = CertificateRef::typed(cl.positional().at(0));
    if (!subject->isEmpty()) {
        // Its CN wins over --cn; without one, --cn gives it.
        DistinguishedName given = *subject;
        if (given.commonName().isEmpty() && !options.subject.commonName().isEmpty()) {
            given.setCommonName(options.subject.commonName());
        }
        options.subject = given;
    }
    options.days = *validity;
    options.name = cl.value(QStringLiteral("name"));
    options.key = keyOption(cl);
    options.force = cl.isSet(QStringLiteral("force"));
    return openAndRun(
        m_ctx, cl,
        [&](Workspace& ws) -> Result<Issued> {
            auto ready = TemplateCommands::withTemplate(ws, cl, options, options.ca);
            return ready ? ws.issue(*ready) : Result<Issued>(ready.error());
        },
        [&done](const CertificateRecord& record) { return done.arg(shownName(record), summary(record)); });
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
    addKeyOption(cl, defaultKeySpec(Profile::RootCa).name());
    cl.addOption({QStringLiteral("days")},
                 tr("Validity in days (default %1 for a root CA, %2 for an intermediate).")
                     .arg(defaultValidityDays(Profile::RootCa))
                     .arg(defaultValidityDays(Profile::IntermediateCa)),
                 QStringLiteral("N"));
    cl.addOption({QStringLiteral("issuer")}, tr("The CA that signs this one: makes an intermediate CA."),
                 QStringLiteral("CA"));
    addCaGrantOptions(cl);
    cl.addOption({QStringLiteral("crl-url")},
                 tr("Where this CA's CRL will be published; written into what it issues."), QStringLiteral("URL"));
    cl.addOption({QStringLiteral("aia-url")},
                 tr("Where this CA's certificate will be published (http or https); written into what it issues "
                    "as Authority Information Access."),
                 QStringLiteral("URL"));
    cl.addOption({QStringLiteral("csr-out")},
                 tr("Make no certificate: write a certificate signing request for a root outside this workspace "
                    "(an offline root) to FILE (- for standard output); import the certificate it signs to make "
                    "the CA usable."),
                 QStringLiteral("FILE"));
    addForceOption(cl, true);
    TemplateCommands::addTemplateOption(cl);
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("NAME")}) || !cl.require(QStringLiteral("subject"))
        || !checkKeySpec(cl)) {
        return cl.exitCode();
    }
    if (cl.isSet(QStringLiteral("csr-out"))) {
        if (cl.isSet(QStringLiteral("json"))) {
            return cl.usage(tr("--json reports a certificate, and --csr-out makes none"));
        }
        return CsrCommands(m_ctx).createCaRequest(cl);
    }
    auto subject = subjectOption(cl);
    if (!subject) {
        return Console::fail(subject.error());
    }
    CaOptions options;
    options.name = cl.positional().at(0);
    options.subject = *subject;
    options.issuer = CertificateRef::typed(cl.value(QStringLiteral("issuer")));
    const auto validity = days(cl);
    const auto pathLength = cl.intOption(QStringLiteral("path-len"), 0, 32, -1);
    if (!validity || !pathLength) {
        return cl.exitCode();
    }
    options.days = *validity;
    options.pathLength = *pathLength;
    options.key = keyOption(cl);
    options.permittedDns = cl.values(QStringLiteral("permit-dns"));
    options.permittedIps = cl.values(QStringLiteral("permit-ip"));
    options.permittedEmails = cl.values(QStringLiteral("permit-email"));
    options.crlUrl = cl.value(QStringLiteral("crl-url"));
    options.aiaUrl = cl.value(QStringLiteral("aia-url"));
    options.force = cl.isSet(QStringLiteral("force"));

    return openAndRun(
        m_ctx, cl,
        [&](Workspace& ws) -> Result<Issued> {
            auto ready = TemplateCommands::withTemplate(ws, cl, options, options.issuer);
            return ready ? ws.createCa(*ready) : Result<Issued>(ready.error());
        },
        [&options](const CertificateRecord& record) {
            if (options.issuer.isNull()) {
                return tr("created root CA '%1' %2").arg(shownName(record), summary(record));
            }
            return tr("created intermediate CA '%1' under '%2' %3")
                .arg(shownName(record), Console::escape(options.issuer.text()), summary(record));
        });
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
    addLeafOptions(cl, tr("Full distinguished name (default: CN = the first DNS name)."));
    if (!parseLeaf(cl, args)) {
        return cl.exitCode();
    }
    // A template's DNS name patterns may give the names; the core says when none result.
    if (!cl.isSet(QStringLiteral("dns")) && !cl.isSet(QStringLiteral("ip")) && !cl.isSet(QStringLiteral("template"))) {
        return cl.usage(tr("missing required option --dns (or --ip)"));
    }
    LeafOptions options;
    options.profile = Profile::Server;
    options.dnsNames = cl.values(QStringLiteral("dns"));
    options.ipAddresses = cl.values(QStringLiteral("ip"));
    return issueLeaf(cl, options, tr("issued server certificate '%1' %2"));
}

int IssueCommands::issueClient(const QStringList& args)
{
    CommandLine cl(QStringLiteral("issue client"),
                   tr("Issue a TLS client certificate (extended key usage clientAuth) with a new key."));
    cl.addPositional(QStringLiteral("CA"), tr("The issuing CA."));
    cl.addOption({QStringLiteral("cn")}, tr("Common name: the person or device."), QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("email")}, tr("E-mail address for the subject alternative names (repeatable)."),
                 QStringLiteral("ADDR"));
    addLeafOptions(cl, tr("Full distinguished name; its CN wins over --cn."));
    if (!parseLeaf(cl, args)) {
        return cl.exitCode();
    }
    // A full --subject carries its own CN, so --cn is only required without one.
    if (!cl.isSet(QStringLiteral("subject")) && !cl.require(QStringLiteral("cn"))) {
        return cl.exitCode();
    }
    LeafOptions options;
    options.profile = Profile::Client;
    options.subject = DistinguishedName::fromCommonName(cl.value(QStringLiteral("cn")));
    options.emails = cl.values(QStringLiteral("email"));
    return issueLeaf(cl, options, tr("issued client certificate '%1' %2"));
}

int IssueCommands::sign(const QStringList& args)
{
    CommandLine cl(QStringLiteral("sign"),
                   tr("Sign a certificate signing request (PEM or DER). The subject and subject alternative "
                      "names come from the request; the key stays with whoever made it. With --profile ca the "
                      "request becomes an intermediate CA (an offline root signing an online CA): its path length "
                      "is at most what the CAs above allow, and so by default."));
    cl.addPositional(QStringLiteral("CA"), tr("The issuing CA."));
    cl.addPositional(QStringLiteral("CSR_FILE"),
                     tr("The request, PEM or DER: a regular file of at most 1 MiB, or - for standard input. Not with "
                        "--request."));
    cl.addOption({QStringLiteral("request")},
                 tr("Sign the request of this name that waits in the workspace ('csr list'), such as one import-ca "
                    "brought along: the certificate takes its name and its key."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("profile")},
                 tr("server, client, server-client, or ca for an intermediate CA (its key stays with whoever made "
                    "the request); with --template: the template's unless given."),
                 QStringLiteral("PROFILE"),
                 {QStringLiteral("server"), QStringLiteral("client"), QStringLiteral("server-client"), QStringLiteral("ca")});
    addDaysAndName(cl);
    addCaGrantOptions(cl);
    if (!cl.parse(args)) {
        return cl.exitCode();
    }
    const bool waiting = cl.isSet(QStringLiteral("request"));
    if (!cl.expectPositional(waiting ? QStringList{QStringLiteral("CA")}
                                     : QStringList{QStringLiteral("CA"), QStringLiteral("CSR_FILE")})
        || (!cl.isSet(QStringLiteral("template")) && !cl.require(QStringLiteral("profile")))) {
        return cl.exitCode();
    }
    const QString profileText = cl.value(QStringLiteral("profile"));
    const QStringList profileNames = leafProfileNames() << QStringLiteral("ca");
    const auto profile = profileText.isEmpty()             ? std::optional<Profile>(Profile::Server)
                         : profileText == QLatin1String("ca") ? std::optional<Profile>(Profile::IntermediateCa)
                                                              : profileFromName(profileText);
    if (!profile || (!profileText.isEmpty() && !profileNames.contains(profileText))) {
        return cl.usage(tr("unknown --profile '%1' (use %2)").arg(profileText, profileNames.join(QLatin1Char('|'))));
    }
    const auto validity = days(cl);
    const auto pathLength = cl.intOption(QStringLiteral("path-len"), 0, 32, -1);
    if (!validity || !pathLength) {
        return cl.exitCode();
    }
    if (*profile != Profile::IntermediateCa) {
        for (const QString& option : {QStringLiteral("path-len"), QStringLiteral("permit-dns"), QStringLiteral("permit-ip"),
                                      QStringLiteral("permit-email")}) {
            if (cl.isSet(option)) {
                return cl.usage(tr("--%1 needs --profile ca").arg(option));
            }
        }
    }
    const QString csrPath = waiting ? cl.value(QStringLiteral("request")) : cl.positional().at(1);
    auto csr = waiting ? Result<QByteArray>(QByteArray()) : FileArguments::read(csrPath, BoundedFile::kRequestLimit);
    if (!csr) {
        return Console::fail(csr.error());
    }
    CsrOptions options;
    options.ca = CertificateRef::typed(cl.positional().at(0));
    options.csr = *csr;
    options.request = waiting ? csrPath : QString();
    options.profile = *profile;
    options.days = *validity;
    options.name = cl.value(QStringLiteral("name"));
    options.force = cl.isSet(QStringLiteral("force"));
    options.pathLength = *pathLength;
    options.permittedDns = cl.values(QStringLiteral("permit-dns"));
    options.permittedIps = cl.values(QStringLiteral("permit-ip"));
    options.permittedEmails = cl.values(QStringLiteral("permit-email"));

    return openAndRun(
        m_ctx, cl,
        [&](Workspace& ws) -> Result<Issued> {
            auto ready = TemplateCommands::withTemplate(ws, cl, options, options.ca, ChosenOptions{!profileText.isEmpty()});
            return ready ? ws.signCsr(*ready) : Result<Issued>(ready.error());
        },
        [&](const CertificateRecord& record) {
            return tr(waiting ? "signed %1 certificate '%2' for the request %3 %4" : "signed %1 certificate '%2' from %3 %4")
                .arg(profileName(record.profile), shownName(record), Console::escape(csrPath), summary(record));
        });
}

} // namespace signet
