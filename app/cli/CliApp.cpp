#include "CliApp.h"

#include "AuditCommands.h"
#include "BatchCommands.h"
#include "CheckCommands.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "ConfigCommands.h"
#include "Console.h"
#include "CsrCommands.h"
#include "DeploymentCommands.h"
#include "ExportCommands.h"
#include "IssueCommands.h"
#include "KitCommands.h"
#include "LifecycleCommands.h"
#include "LintCommands.h"
#include "ListCommands.h"
#include "MemberCommands.h"
#include "MigrationCommands.h"
#include "RenewCommands.h"
#include "RevocationCommands.h"
#include "StatusCommands.h"
#include "TemplateCommands.h"
#include "VerifyCommands.h"
#include "Workspace.h"
#include "WorkspaceCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CliApp", text);
}

// Kept in step with project(Signet VERSION ...) in the top-level CMakeLists.txt.
const QString kVersion = QStringLiteral(SIGNET_VERSION);

template <typename Commands, int (Commands::*method)(const QStringList&)>
int call(const CliContext& context, const QStringList& args)
{
    Commands commands(context);
    return (commands.*method)(args);
}
} // namespace

QList<CliApp::Command> CliApp::commands()
{
    return {
        {QStringLiteral("init"), QString(), tr("create a new workspace"), call<WorkspaceCommands, &WorkspaceCommands::init>},
        {QStringLiteral("ca create"), QStringLiteral("NAME --subject DN [--issuer CA | --csr-out FILE] ..."),
         tr("create a root or intermediate CA"), call<IssueCommands, &IssueCommands::caCreate>},
        {QStringLiteral("csr create"), QStringLiteral("--subject DN [--dns NAME]... [--key KEY] --out FILE"),
         tr("create a key and a certificate signing request for an outside CA"), call<CsrCommands, &CsrCommands::create>},
        {QStringLiteral("csr list"), QString(), tr("list the requests that wait for their certificate"),
         call<CsrCommands, &CsrCommands::list>},
        {QStringLiteral("csr show"), QStringLiteral("NAME"), tr("print a certificate signing request made here"),
         call<CsrCommands, &CsrCommands::show>},
        {QStringLiteral("issue server"), QStringLiteral("CA --dns NAME... [--ip ADDR]... ..."),
         tr("issue a TLS server certificate"), call<IssueCommands, &IssueCommands::issueServer>},
        {QStringLiteral("issue client"), QStringLiteral("CA --cn NAME [--email ADDR]... ..."),
         tr("issue a TLS client certificate"), call<IssueCommands, &IssueCommands::issueClient>},
        {QStringLiteral("issue --batch"), QStringLiteral("FILE|- --ca CA [--atomic] [--json]"),
         tr("issue every certificate of a CSV or JSON-lines list on one unlock"),
         call<BatchCommands, &BatchCommands::issueBatch>},
        {QStringLiteral("sign"), QStringLiteral("CA CSR_FILE|--request NAME --profile server|client|server-client|ca"),
         tr("sign a certificate signing request"), call<IssueCommands, &IssueCommands::sign>},
        {QStringLiteral("template list"), QStringLiteral("[--json]"), tr("list the issuance templates"),
         call<TemplateCommands, &TemplateCommands::list>},
        {QStringLiteral("template show"), QStringLiteral("NAME [--json]"), tr("show one issuance template"),
         call<TemplateCommands, &TemplateCommands::show>},
        {QStringLiteral("template create"),
         QStringLiteral("NAME --profile PROFILE [--key KEY] [--days N] [--o ORG] ... [--dns-pattern PATTERN]..."),
         tr("create an issuance template"), call<TemplateCommands, &TemplateCommands::create>},
        {QStringLiteral("template delete"), QStringLiteral("NAME"), tr("delete an issuance template"),
         call<TemplateCommands, &TemplateCommands::remove>},
        {QStringLiteral("defaults show"), QStringLiteral("[--ca CA] [--json]"),
         tr("show the subject defaults of the workspace or of a CA"),
         call<TemplateCommands, &TemplateCommands::showDefaults>},
        {QStringLiteral("defaults set"), QStringLiteral("[--ca CA] [--o ORG] [--c CC] [--email-domain DOMAIN] ..."),
         tr("set the subject defaults of the workspace or of a CA"),
         call<TemplateCommands, &TemplateCommands::setDefaults>},
        {QStringLiteral("list"), QStringLiteral("[--ca CA] [--status STATUS] [--removed] [--json]"), tr("list certificates"),
         call<ListCommands, &ListCommands::list>},
        {QStringLiteral("show"), QStringLiteral("CERT [--json|--pem|--text]"), tr("show one certificate"),
         call<ListCommands, &ListCommands::show>},
        {QStringLiteral("lint"), QStringLiteral("CERT_OR_FILE [--profile server|client|ca]"),
         tr("check a certificate against RFC 5280, Apple and Chrome rules"), call<LintCommands, &LintCommands::lint>},
        {QStringLiteral("renew"), QStringLiteral("CERT | --expiring [--within DAYS] [--rekey] [--revoke-old]"),
         tr("renew a certificate, or all that expire soon"), call<RenewCommands, &RenewCommands::renew>},
        {QStringLiteral("revoke"), QStringLiteral("CERT | --batch FILE|- [--reason REASON] [--atomic] [--json]"),
         tr("revoke a certificate, or every certificate of a list"),
         call<RevocationCommands, &RevocationCommands::revoke>},
        {QStringLiteral("release"), QStringLiteral("CERT"), tr("end a certificateHold: the certificate is valid again"),
         call<LifecycleCommands, &LifecycleCommands::release>},
        {QStringLiteral("crl"), QStringLiteral("CA [--days N] [--out FILE] [--der]"), tr("publish a CA's CRL"),
         call<RevocationCommands, &RevocationCommands::crl>},
        {QStringLiteral("remove"), QStringLiteral("CERT [--yes] [--destroy-key]"),
         tr("remove a certificate (a CA with everything below it) from the tree and the lists"),
         call<LifecycleCommands, &LifecycleCommands::remove>},
        {QStringLiteral("restore"), QStringLiteral("CERT"), tr("bring back a removed certificate"),
         call<LifecycleCommands, &LifecycleCommands::restore>},
        {QStringLiteral("rename"), QStringLiteral("CERT NEW"), tr("rename a certificate"),
         call<LifecycleCommands, &LifecycleCommands::rename>},
        {QStringLiteral("status"), QStringLiteral("[--days N] [--check] [--json]"), tr("show expiring certificates and CRLs"),
         call<StatusCommands, &StatusCommands::status>},
        {QStringLiteral("export"), QStringLiteral("CERT --format FORMAT --out FILE"),
         tr("write a certificate, chain, key or PKCS#12 file"), call<ExportCommands, &ExportCommands::exportCertificate>},
        {QStringLiteral("config"),
         QStringLiteral("nginx|apache|haproxy|node --server CERT --client-ca CA --out DIR [--allow RULE]..."),
         tr("write a mutual-TLS server configuration"), call<ConfigCommands, &ConfigCommands::config>},
        {QStringLiteral("deployments"), QStringLiteral("[--json]"),
         tr("list the folders config and kit wrote, whose CRL files every new CRL rewrites"),
         call<DeploymentCommands, &DeploymentCommands::list>},
        {QStringLiteral("kit"), QStringLiteral("CERT --out DIR [--client-ca CA] [--port N] [--backend URL]"),
         tr("write a deployment kit: nginx, Apache and HAProxy files, test-mtls.sh, README"),
         call<KitCommands, &KitCommands::kit>},
        {QStringLiteral("check"), QStringLiteral("SERVER_CERT CLIENT_CERT [--client-ca CA] [--host NAME]"),
         tr("run TLS 1.3 and 1.2 handshakes in memory between a server and a client certificate"),
         call<CheckCommands, &CheckCommands::check>},
        {QStringLiteral("import"), QStringLiteral("FILE... [--name NAME] [--json]"),
         tr("import certificates, keys and PKCS#12 files"), call<WorkspaceCommands, &WorkspaceCommands::importFiles>},
        {QStringLiteral("import-ca"),
         QStringLiteral("DIR [--name NAME] [--import-password-file FILE] [--dry-run] [--json]"),
         tr("bring an openssl ca folder or an EasyRSA pki over, with its revocations and CRL number"),
         call<MigrationCommands, &MigrationCommands::importCa>},
        {QStringLiteral("export-ca"), QStringLiteral("CA --out DIR [--export-password-file FILE] [--force]"),
         tr("write a CA out as an openssl ca folder that openssl ca goes on from"),
         call<MigrationCommands, &MigrationCommands::exportCa>},
        {QStringLiteral("backup"), QStringLiteral("--out FILE [--force]"),
         tr("write a verified copy of the workspace while it may be in use"), call<MigrationCommands, &MigrationCommands::backup>},
        {QStringLiteral("restore-backup"), QStringLiteral("FILE [--force]"),
         tr("put a backup back as the workspace, verified first"), call<MigrationCommands, &MigrationCommands::restoreBackup>},
        {QStringLiteral("migrate"), QStringLiteral("--to FILE|URL [--json]"),
         tr("move the workspace into a new file or a team database, verified row by row"),
         call<MigrationCommands, &MigrationCommands::migrate>},
        {QStringLiteral("member add"), QStringLiteral("NAME [--new-password-file FILE]"),
         tr("add a member with a password of their own"), call<MemberCommands, &MemberCommands::add>},
        {QStringLiteral("member remove"), QStringLiteral("NAME"),
         tr("remove a member; the CA keys they held are sealed anew"), call<MemberCommands, &MemberCommands::remove>},
        {QStringLiteral("member list"), QStringLiteral("[--json]"),
         tr("list the members and the CA keys shared with each"), call<MemberCommands, &MemberCommands::list>},
        {QStringLiteral("ca share"), QStringLiteral("CA MEMBER"),
         tr("share a CA's private key with a member"), call<MemberCommands, &MemberCommands::share>},
        {QStringLiteral("ca unshare"), QStringLiteral("CA MEMBER"),
         tr("take a CA's private key away from a member, sealing it anew"), call<MemberCommands, &MemberCommands::unshare>},
        {QStringLiteral("passwd"), QString(), tr("change your own password"),
         call<WorkspaceCommands, &WorkspaceCommands::passwd>},
        {QStringLiteral("audit"),
         QStringLiteral("[--grep TEXT] [--action KIND] [--since DATE] [--until DATE] [--limit N] [--json] [--verify]"),
         tr("show who did what and when, or verify the audit log"), call<AuditCommands, &AuditCommands::audit>},
        {QStringLiteral("batch"), QStringLiteral("[FILE|-] [--json] [--keep-going]"),
         tr("run signet-cli commands from a file or standard input on one unlock"),
         call<BatchCommands, &BatchCommands::batch>},
        {QStringLiteral("verify"), QStringLiteral("[--json]"),
         tr("check that nothing in the workspace was changed outside Signet"), call<VerifyCommands, &VerifyCommands::verify>},
    };
}

QList<OptionSpec> CliApp::globalOptions()
{
    return {
        {{QStringLiteral("workspace")},
         tr("The workspace file, or a team workspace's PostgreSQL address postgresql://[user@]host[:port]/database "
            "(default $SIGNET_WORKSPACE, else %1).")
             .arg(defaultWorkspaceText()),
         QStringLiteral("FILE|URL"),
         {}},
        {{QStringLiteral("password-file")},
         tr("Read the workspace password from the first line of FILE, a regular file or a pipe; the line may "
            "have at most 4096 bytes (default $SIGNET_PASSWORD, else ask on the terminal; list, show, status "
            "and deployments do not ask, and read without it)."),
         QStringLiteral("FILE"),
         {}},
        {{QStringLiteral("member")},
         tr("The member you open the workspace as, with your own password (default $SIGNET_MEMBER, else the "
            "only member, else the one named as your account); for 'init', the first member's name."),
         QStringLiteral("NAME"),
         {}},
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."), QString(), {}},
        {{QStringLiteral("version")}, tr("Show the version."), QString(), {}},
    };
}

QList<CliApp::EnvironmentVariable> CliApp::environment()
{
    return {
        {QStringLiteral("SIGNET_WORKSPACE"), tr("the workspace file when --workspace is not given")},
        {QStringLiteral("SIGNET_PASSWORD"), tr("the workspace password when --password-file is not given")},
        {QStringLiteral("SIGNET_MEMBER"), tr("the member you open the workspace as when --member is not given")},
        {QStringLiteral("SIGNET_NEW_PASSWORD"), tr("the new password for 'passwd'")},
        {QStringLiteral("SIGNET_IMPORT_PASSWORD"), tr("the password of PKCS#12 files and keys for 'import'")},
        {QStringLiteral("SIGNET_NOW"), tr("testing aid: pretend the time is this ISO 8601 UTC instant (e.g. "
                                          "2030-01-01T00:00:00Z) for validity, expiry and CRLs")},
        {QStringLiteral("XDG_DATA_HOME"), tr("where the default workspace lives (default ~/.local/share)")},
    };
}

QString CliApp::defaultWorkspaceText()
{
    return QStringLiteral("$XDG_DATA_HOME/signet/default.signet");
}

CommandSpec CliApp::describe(const Command& command)
{
    CommandSpec spec;
    const CommandLine::Describing describing(spec);
    const CliContext context(QString(), QString(), systemClock());
    command.handler(context, {});
    return spec;
}

QString CliApp::helpText(const QString& parserHelp)
{
    QString text = parserHelp;
    const QString started = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
    if (text.startsWith(started)) {
        text.replace(0, started.size(), QStringLiteral("Usage: signet-cli"));
    }
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands()) {
        const QString usage = command.synopsis.isEmpty() ? command.name : command.name + QLatin1Char(' ') + command.synopsis;
        text += QStringLiteral("  %1\n      %2\n").arg(usage, command.summary);
    }
    text += QLatin1Char('\n') + tr("Run 'signet-cli COMMAND --help' for a command's options.") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Environment:") + QLatin1Char('\n');
    for (const EnvironmentVariable& variable : environment()) {
        text += QStringLiteral("  %1  %2\n").arg(variable.name.leftJustified(22), variable.description);
    }
    text += QLatin1Char('\n')
            + tr("Exit status: 0 on success, 1 when the command failed, 2 for a usage error, 3 when something needs "
                 "attention ('status --check') or 'verify' found the workspace changed outside Signet.")
            + QLatin1Char('\n');
    return text;
}

const CliApp::Command* CliApp::findCommand(const QList<Command>& all, QStringList& words)
{
    // "ca create", "issue server": the first word alone names no command.
    for (const Command& command : all) {
        const QStringList parts = command.name.split(QLatin1Char(' '));
        if (words.size() >= parts.size() && words.mid(0, parts.size()) == parts) {
            words = words.mid(parts.size());
            return &command;
        }
    }
    return nullptr;
}

int CliApp::noSuchCommand(const QList<Command>& all, const QStringList& words)
{
    const QString group = words.front();
    QList<const Command*> members;
    for (const Command& command : all) {
        if (command.name.startsWith(group + QLatin1Char(' '))) {
            members << &command;
        }
    }
    if (members.isEmpty()) {
        return Console::usage(tr("unknown command '%1'").arg(group));
    }
    const QString next = words.value(1);
    if (next == QLatin1String("--help") || next == QLatin1String("-h")) {
        for (const Command* command : members) {
            Console::out(QStringLiteral("signet-cli %1 %2\n    %3").arg(command->name, command->synopsis, command->summary));
        }
        Console::out(tr("Run 'signet-cli %1 --help' for its options.").arg(members.front()->name));
        return Console::kSuccess;
    }
    if (next.isEmpty() || next.startsWith(QLatin1Char('-'))) {
        QStringList names;
        for (const Command* command : members) {
            names << command->name.section(QLatin1Char(' '), 1);
        }
        return Console::usage(tr("'%1' needs one of: %2").arg(group, names.join(QStringLiteral(", "))));
    }
    return Console::usage(tr("unknown command '%1 %2'").arg(group, next));
}

std::optional<Clock> CliApp::clockFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("SIGNET_NOW")) {
        return systemClock();
    }
    QDateTime at = QDateTime::fromString(qEnvironmentVariable("SIGNET_NOW"), Qt::ISODate);
    if (!at.isValid()) {
        return std::nullopt;
    }
    if (at.timeSpec() == Qt::LocalTime) {
        at.setTimeZone(QTimeZone::utc()); // no offset given: the variable is documented as UTC
    }
    return fixedClock(at.toUTC());
}

int CliApp::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Signet: a certificate authority for private PKI and mutual TLS, in one encrypted workspace file."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    for (const OptionSpec& option : globalOptions()) {
        parser.addOption(QCommandLineOption(option.names, option.description, option.valueName));
    }
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                 QStringLiteral("COMMAND [ARGS...]"));
    if (!parser.parse(arguments)) {
        return Console::usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::outRaw(helpText(parser.helpText()).toUtf8());
        return Console::kSuccess;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        Console::out(QStringLiteral("signet-cli ") + kVersion);
        return Console::kSuccess;
    }
    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        return Console::usage(tr("no command given"));
    }

    const QList<Command> all = commands();
    const Command* found = findCommand(all, words);
    if (found == nullptr) {
        return noSuchCommand(all, words);
    }

    QString workspace = parser.value(QStringLiteral("workspace"));
    if (workspace.isEmpty()) {
        workspace = qEnvironmentVariable("SIGNET_WORKSPACE");
    }
    if (workspace.isEmpty()) {
        workspace = Workspace::defaultPath();
    }
    const auto clock = clockFromEnvironment();
    if (!clock) {
        return Console::usage(tr("SIGNET_NOW='%1' is not an ISO 8601 UTC time such as 2030-01-01T00:00:00Z")
                                  .arg(qEnvironmentVariable("SIGNET_NOW")));
    }
    QString member = parser.value(QStringLiteral("member"));
    if (member.isEmpty()) {
        member = qEnvironmentVariable("SIGNET_MEMBER");
    }
    const CliContext context(workspace, parser.value(QStringLiteral("password-file")), *clock, member);
    return found->handler(context, words);
}

} // namespace signet
