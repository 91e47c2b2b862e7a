#include "MigrationCommands.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "ImportProgressLine.h"
#include "JsonOutput.h"
#include "PasswordSource.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MigrationCommands", text);
}
} // namespace

int MigrationCommands::importCa(const QStringList& args)
{
    CommandLine cl(QStringLiteral("import-ca"),
                   tr("Bring an existing CA over with its history: an openssl ca folder (as its openssl.cnf "
                      "describes it, or the demoCA layout) or an EasyRSA 3 pki. The CA certificate and key, what "
                      "it issued and those keys, every revocation of index.txt and of its last CRL (with the "
                      "original time and reason), and its CRL number: the next CRL signed here lists every "
                      "certificate revoked before and has a higher number. All or nothing, one audit record. "
                      "The password of encrypted keys comes from --import-password-file, else "
                      "$SIGNET_IMPORT_PASSWORD."));
    cl.addPositional(QStringLiteral("DIR"), tr("The CA's folder (or the folder holding its pki or demoCA)."),
                     QStringLiteral("DIR"));
    cl.addOption({QStringLiteral("name")}, tr("Name for the CA here; what it issued is named by common name."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("import-password-file")},
                 tr("Password of the encrypted keys: the first line of FILE (at most 4096 bytes)."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("dry-run")}, tr("Do everything and report it, but keep nothing."));
    JsonOutput::addOption(cl, tr("Print the report as JSON."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("DIR")})) {
        return cl.exitCode();
    }
    CaImportOptions options;
    options.name = cl.value(QStringLiteral("name"));
    options.dryRun = cl.isSet(QStringLiteral("dry-run"));
    auto password = PasswordSource::forImport(cl.value(QStringLiteral("import-password-file")));
    if (!password) {
        return Console::fail(password.error());
    }
    options.password = *password;
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    std::optional<ImportProgressLine> progressLine(std::in_place);
    if (progressLine->shown()) {
        options.progress = [&progressLine](const ImportProgress& progress) { progressLine->update(progress); };
    }
    auto report = (*ws)->importCa(cl.positional().constFirst(), options);
    progressLine.reset();
    if (!report) {
        return Console::fail(report.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        printJson(*report);
    } else {
        printReport(*report);
    }
    return Console::kSuccess;
}

int MigrationCommands::exportCa(const QStringList& args)
{
    CommandLine cl(QStringLiteral("export-ca"),
                   tr("Write a CA out as an openssl ca folder that openssl ca goes on from: openssl.cnf, the CA "
                      "certificate, its key encrypted with a password (private/cakey.pem, mode 0600), index.txt "
                      "with every certificate it issued and each revocation's time and reason, serial, crlnumber "
                      "above every CRL signed here, newcerts/ and the current CRL. The password comes from "
                      "--export-password-file, else $SIGNET_EXPORT_PASSWORD, else it is asked twice."));
    cl.addPositional(QStringLiteral("CA"), tr("The CA to export."), QStringLiteral("CA"));
    cl.addOption({QStringLiteral("out")}, tr("A new or empty folder."), QStringLiteral("DIR"));
    cl.addOption({QStringLiteral("export-password-file")},
                 tr("Password for the CA's key: the first line of FILE (at most 4096 bytes)."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Write into a folder that is not empty, replacing what is there."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("CA")})) {
        return cl.exitCode();
    }
    if (cl.value(QStringLiteral("out")).isEmpty()) {
        return cl.usage(tr("--out DIR is required"));
    }
    CaExportOptions options;
    options.ca = CertificateRef::typed(cl.positional().constFirst());
    options.directory = cl.value(QStringLiteral("out"));
    options.replaceFiles = cl.isSet(QStringLiteral("force"));
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const PasswordSource source(cl.value(QStringLiteral("export-password-file")), QStringLiteral("SIGNET_EXPORT_PASSWORD"),
                                QStringLiteral("export-password-file"));
    auto password = source.read(tr("Password for the exported CA key"), true);
    if (!password) {
        return Console::fail(password.error());
    }
    if (password->isEmpty()) {
        return Console::fail(tr("the export password is empty"));
    }
    options.password = *password;
    auto result = (*ws)->exportCa(options);
    if (!result) {
        return Console::fail(result.error());
    }
    Console::out(tr("exported CA '%1' to %2: %3 certificates, %4 revoked; the next CRL number is 0x%5")
                     .arg(Console::escape(result->caName), QDir::toNativeSeparators(result->directory))
                     .arg(result->certificates)
                     .arg(result->revoked)
                     .arg(result->nextCrlNumber));
    Console::out(tr("continue with: openssl ca -config %1/openssl.cnf").arg(QDir::toNativeSeparators(result->directory)));
    return Console::kSuccess;
}

int MigrationCommands::backup(const QStringList& args)
{
    CommandLine cl(QStringLiteral("backup"),
                   tr("Write a consistent copy of the workspace, even while the desktop or another command has it "
                      "open (SQLite's VACUUM INTO, never a file copy), verify it as 'verify' does before it takes "
                      "its name, and record it in the audit log. The copy opens with the same password; "
                      "restore-backup puts it back."));
    cl.addOption({QStringLiteral("out")}, tr("The backup file."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Replace FILE if it exists."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    if (cl.value(QStringLiteral("out")).isEmpty()) {
        return cl.usage(tr("--out FILE is required"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto result = (*ws)->backup({cl.value(QStringLiteral("out")), cl.isSet(QStringLiteral("force"))});
    if (!result) {
        return Console::fail(result.error());
    }
    Console::out(tr("backed up to %1 (%2 bytes) and verified: %3 certificates, %4 keys, %5 audit entries")
                     .arg(QDir::toNativeSeparators(result->file))
                     .arg(result->bytes)
                     .arg(result->checked.certificates)
                     .arg(result->checked.keys)
                     .arg(result->checked.auditEntries));
    return Console::kSuccess;
}

int MigrationCommands::migrate(const QStringList& args)
{
    CommandLine cl(QStringLiteral("migrate"),
                   tr("Move the whole workspace into a new workspace file or into an empty PostgreSQL database "
                      "(a team workspace), or from there back into a file. The copy keeps every certificate, key, "
                      "CRL and audit entry with its id and opens with the same password. It is compared with "
                      "this workspace row by row and verified as 'verify' does before it is committed; nothing "
                      "is left behind when anything differs. Nobody can change the workspace meanwhile, and "
                      "both audit logs record the move. The workspace itself stays as it is."));
    cl.addOption({QStringLiteral("to")}, tr("The new workspace: a file that does not exist yet, or "
                                           "postgresql://[user@]host[:port]/database naming an empty database."),
                 QStringLiteral("FILE|URL"));
    JsonOutput::addOption(cl, tr("Print the report as JSON."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    const QString target = cl.value(QStringLiteral("to"));
    if (target.isEmpty()) {
        return cl.usage(tr("--to FILE|URL is required"));
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    auto result = (*ws)->transfer({target});
    if (!result) {
        return Console::fail(result.error());
    }
    QJsonObject tables;
    for (const TableCount& t : result->tables) {
        tables.insert(t.table, t.rows);
    }
    if (cl.isSet(QStringLiteral("json"))) {
        JsonOutput::print({{QStringLiteral("target"), Workspace::isServerLocation(result->target)
                                                           ? result->target
                                                           : QDir::toNativeSeparators(result->target)},
                           {QStringLiteral("rows"), tables},
                           {QStringLiteral("verified"),
                            QJsonObject{{QStringLiteral("certificates"), result->checked.certificates},
                                        {QStringLiteral("keys"), result->checked.keys},
                                        {QStringLiteral("crls"), result->checked.crls},
                                        {QStringLiteral("auditEntries"), result->checked.auditEntries}}}});
        return Console::kSuccess;
    }
    Console::out(tr("moved to %1, compared row by row and verified: %2 certificates, %3 keys, %4 CRLs, %5 audit entries")
                     .arg(Workspace::isServerLocation(result->target) ? result->target
                                                                      : QDir::toNativeSeparators(result->target))
                     .arg(result->checked.certificates)
                     .arg(result->checked.keys)
                     .arg(result->checked.crls)
                     .arg(result->checked.auditEntries));
    return Console::kSuccess;
}

int MigrationCommands::restoreBackup(const QStringList& args)
{
    CommandLine cl(QStringLiteral("restore-backup"),
                   tr("Put a backup back as the workspace (--workspace, else the default one): it is opened with "
                      "the workspace password it was made under and verified first; an existing workspace is "
                      "replaced only with --force, through SQLite under its locks."));
    cl.addPositional(QStringLiteral("FILE"), tr("The backup file."), QStringLiteral("FILE"));
    cl.addOption({QStringLiteral("force")}, tr("Replace the workspace if it exists."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("FILE")})) {
        return cl.exitCode();
    }
    auto password = m_ctx.password(false);
    if (!password) {
        return Console::fail(password.error());
    }
    RestoreOptions options{cl.positional().constFirst(), m_ctx.workspacePath(), *password, cl.isSet(QStringLiteral("force"))};
    auto result = Workspace::restoreBackup(options, m_ctx.clock());
    if (!result) {
        return Console::fail(result.error());
    }
    Console::out(tr("restored %1 to %2 and verified: %3 certificates, %4 keys, %5 audit entries")
                     .arg(QDir::toNativeSeparators(options.backupFile), QDir::toNativeSeparators(result->workspace))
                     .arg(result->checked.certificates)
                     .arg(result->checked.keys)
                     .arg(result->checked.auditEntries));
    return Console::kSuccess;
}

void MigrationCommands::printReport(const CaImportReport& report)
{
    const ImportReport& files = report.files;
    Console::out(tr("%1 %2: CA '%3'%4")
                     .arg(report.dryRun ? tr("would import the") : tr("imported the"), report.kind,
                          Console::escape(report.caName), report.caKey ? tr(" with its key") : tr(" without its key")));
    for (const ImportedCertificate& cert : files.certificates) {
        Console::out(tr("certificate '%1' (serial %2)").arg(Console::escape(cert.name), cert.serial));
    }
    if (files.certificateCount > files.certificates.size()) {
        Console::out(tr("%1 more certificates").arg(files.certificateCount - files.certificates.size()));
    }
    for (const QString& name : files.keysAttached) {
        Console::out(tr("private key of '%1'").arg(Console::escape(name)));
    }
    if (files.keyCount > files.keysAttached.size()) {
        Console::out(tr("%1 more private keys").arg(files.keyCount - files.keysAttached.size()));
    }
    for (const QString& line : report.revoked) {
        Console::out(tr("revoked: %1").arg(Console::escape(line)));
    }
    if (report.revokedCount > report.revoked.size()) {
        Console::out(tr("%1 more revoked").arg(report.revokedCount - report.revoked.size()));
    }
    for (const QString& name : report.requests) {
        Console::out(tr("request waiting to be signed: '%1' (signet-cli sign CA --request '%1' --profile client)")
                         .arg(Console::escape(name)));
    }
    for (const QString& name : report.templates) {
        Console::out(tr("template: '%1'").arg(Console::escape(name)));
    }
    Console::out(tr("CRL number: the next CRL is number %1").arg(report.lastCrlNumber + 1));
    for (const QString& line : files.skipped) {
        Console::out(tr("skipped: %1").arg(Console::escape(line)));
    }
    for (const QString& line : report.notes) {
        Console::out(tr("note: %1").arg(Console::escape(line)));
    }
    Console::out(report.dryRun ? tr("dry run: nothing was changed")
                               : tr("%1 certificates, %2 keys, %3 revocations")
                                     .arg(files.certificateCount)
                                     .arg(files.keyCount)
                                     .arg(report.revokedCount));
}

void MigrationCommands::printJson(const CaImportReport& report)
{
    QJsonArray certificates;
    for (const ImportedCertificate& cert : report.files.certificates) {
        certificates.append(QJsonObject{{QStringLiteral("name"), cert.name}, {QStringLiteral("serial"), cert.serial}});
    }
    const QJsonObject counts{{QStringLiteral("certificates"), report.files.certificateCount},
                             {QStringLiteral("keys"), report.files.keyCount},
                             {QStringLiteral("revoked"), report.revokedCount},
                             {QStringLiteral("skipped"), report.files.skippedCount}};
    JsonOutput::print({{QStringLiteral("kind"), report.kind},
                       {QStringLiteral("source"), QDir::toNativeSeparators(report.source)},
                       {QStringLiteral("ca"), report.caName},
                       {QStringLiteral("caKey"), report.caKey},
                       {QStringLiteral("dryRun"), report.dryRun},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("nextCrlNumber"), report.lastCrlNumber + 1},
                       {QStringLiteral("certificates"), certificates},
                       {QStringLiteral("keysAttached"), QJsonArray::fromStringList(report.files.keysAttached)},
                       {QStringLiteral("revoked"), QJsonArray::fromStringList(report.revoked)},
                       {QStringLiteral("requests"), QJsonArray::fromStringList(report.requests)},
                       {QStringLiteral("templates"), QJsonArray::fromStringList(report.templates)},
                       {QStringLiteral("skipped"), QJsonArray::fromStringList(report.files.skipped)},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
}

} // namespace signet
