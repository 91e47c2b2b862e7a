#include "WorkspaceCommands.h"

#include "ImportProgressLine.h"

#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "JsonText.h"
#include "PasswordSource.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>
#include <unistd.h>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceCommands", text);
}

} // namespace

int WorkspaceCommands::init(const QStringList& args)
{
    CommandLine cl(QStringLiteral("init"),
                   tr("Create a new, empty workspace protected by the workspace password (asked twice on a "
                      "terminal). Fails if the file exists."));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.create();
    if (!ws) {
        return Console::fail(ws.error());
    }
    Console::out(tr("created workspace %1").arg((*ws)->path()));
    return Console::kSuccess;
}

int WorkspaceCommands::passwd(const QStringList& args)
{
    CommandLine cl(QStringLiteral("passwd"),
                   tr("Change your own password (the member's you open the workspace as; other members' stay as "
                      "they are). The new one comes from --new-password-file, else $SIGNET_NEW_PASSWORD, else it "
                      "is asked twice on the terminal."));
    cl.addOption({QStringLiteral("new-password-file")}, tr("The new password: the first line of FILE (at most 4096 bytes)."),
                 QStringLiteral("FILE"));
    if (!cl.parse(args) || !cl.expectPositional({})) {
        return cl.exitCode();
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    const PasswordSource source(cl.value(QStringLiteral("new-password-file")), QStringLiteral("SIGNET_NEW_PASSWORD"),
                                QStringLiteral("new-password-file"));
    auto password = source.read(tr("new workspace password"), true);
    if (!password) {
        return Console::fail(password.error());
    }
    if (Status st = (*ws)->changePassword(*password); !st) {
        return Console::fail(st.error());
    }
    Console::out(tr("changed the password of member '%1' of %2").arg((*ws)->memberName(), (*ws)->path()));
    return Console::kSuccess;
}

int WorkspaceCommands::importFiles(const QStringList& args)
{
    CommandLine cl(QStringLiteral("import"),
                   tr("Import certificates, private keys and PKCS#12 files (PEM or DER). Certificates are linked "
                      "to their issuers and keys to their certificates, so an existing CA can keep issuing from "
                      "here. A certificate signed for a request made here (csr create, ca create --csr-out) gets "
                      "the request's key and name; a CRL of a CA whose key is elsewhere (an offline root) becomes "
                      "its current CRL. The password for PKCS#12 files and encrypted keys comes from "
                      "--import-password-file, else $SIGNET_IMPORT_PASSWORD."));
    cl.addPositional(QStringLiteral("FILE"),
                     tr("Files to import: regular files. A PEM bundle may be of any size, each block in it at most "
                        "16 MiB; other files (DER, PKCS#7, PKCS#12) at most 16 MiB each."),
                     QStringLiteral("FILE..."));
    cl.addOption({QStringLiteral("name")}, tr("Name for the (first) imported certificate; others get their CN."),
                 QStringLiteral("NAME"));
    cl.addOption({QStringLiteral("import-password-file")},
                 tr("Password of PKCS#12 files and encrypted keys: the first line of FILE (at most 4096 bytes)."), QStringLiteral("FILE"));
    JsonOutput::addOption(cl, tr("Print the counts, what was attached, marked revoked and skipped, and every "
                                 "certificate imported (name and serial) as JSON."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("FILE")}, true)) {
        return cl.exitCode();
    }
    ImportOptions options;
    options.name = cl.value(QStringLiteral("name"));
    const QStringList files = cl.positional();
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
    auto report = (*ws)->importFiles(files, options);
    progressLine.reset();
    if (!report) {
        return Console::fail(report.error());
    }
    if (cl.isSet(QStringLiteral("json"))) {
        return printImportJson(**ws, *report);
    }
    // All of them, read back from the workspace: the report itself names only the first ones.
    const Status listed = (*ws)->forEachImported(*report, [](const ImportedCertificate& cert) {
        Console::out(tr("imported certificate '%1' (serial %2)").arg(Console::escape(cert.name), cert.serial));
    });
    if (!listed) {
        return Console::fail(listed.error());
    }
    for (const QString& name : report->keysAttached) {
        Console::out(tr("attached the private key of '%1'").arg(Console::escape(name)));
    }
    if (report->keyCount > report->keysAttached.size()) {
        Console::out(tr("attached %1 more private keys").arg(report->keyCount - report->keysAttached.size()));
    }
    for (const QString& name : report->crls) {
        Console::out(tr("imported a newer CRL of CA '%1'").arg(Console::escape(name)));
    }
    for (const QString& name : report->revoked) {
        Console::out(tr("marked '%1' revoked, as its CA's CRL lists it").arg(Console::escape(name)));
    }
    for (const QString& line : report->skipped) {
        Console::out(tr("skipped: %1").arg(Console::escape(line)));
    }
    return Console::kSuccess;
}

int WorkspaceCommands::printImportJson(Workspace& ws, const ImportReport& report)
{
    const QJsonObject counts{{QStringLiteral("certificates"), report.certificateCount},
                             {QStringLiteral("keys"), report.keyCount},
                             {QStringLiteral("skipped"), report.skippedCount}};
    Status listed;
    JsonOutput::printWithList({{QStringLiteral("counts"), counts},
                               {QStringLiteral("keysAttached"), QJsonArray::fromStringList(report.keysAttached)},
                               {QStringLiteral("crls"), QJsonArray::fromStringList(report.crls)},
                               {QStringLiteral("revoked"), QJsonArray::fromStringList(report.revoked)},
                               {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)}},
                              "certificates", [&](const auto& add) {
                                  listed = ws.forEachImported(report, [&add](const ImportedCertificate& cert) {
                                      JsonText element;
                                      element.add("name", cert.name);
                                      element.add("serial", cert.serial);
                                      add(element);
                                  });
                              });
    return listed ? Console::kSuccess : Console::fail(listed.error());
}

} // namespace signet
