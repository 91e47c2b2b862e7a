#include "BatchCommands.h"

#include "CliApp.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "Console.h"
#include "IssueCommands.h"
#include "WordSplitter.h"
#include "Workspace.h"
#include "import/BoundedFile.h"
#include "pki/IssuanceList.h"
#include "pki/RevocationReason.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BatchCommands", text);
}

// A 'batch' file of commands may be as large as a list of certificates.
constexpr qint64 kMaxCommandFile = IssuanceList::kMaxBytes;

QByteArray jsonLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The command named by the first words of `words` (which are then removed), as CliApp dispatches.
const CliApp::Command* commandFor(const QList<CliApp::Command>& all, QStringList& words)
{
    for (const CliApp::Command& command : all) {
        const QStringList parts = command.name.split(QLatin1Char(' '));
        if (words.size() >= parts.size() && words.mid(0, parts.size()) == parts) {
            words = words.mid(parts.size());
            return &command;
        }
    }
    return nullptr;
}

// While it lives, what the commands print to standard output goes to standard error, so that
// standard output carries only the JSON lines of 'batch --json'.
class StdoutToStderr {
public:
    explicit StdoutToStderr(bool active)
    {
        if (active) {
            std::fflush(stdout);
            m_saved = ::dup(STDOUT_FILENO);
            if (m_saved >= 0) {
                ::dup2(STDERR_FILENO, STDOUT_FILENO);
            }
        }
    }
    ~StdoutToStderr()
    {
        if (m_saved >= 0) {
            std::fflush(stdout);
            ::dup2(m_saved, STDOUT_FILENO);
            ::close(m_saved);
        }
    }
    StdoutToStderr(const StdoutToStderr&) = delete;
    StdoutToStderr& operator=(const StdoutToStderr&) = delete;

private:
    int m_saved = -1;
};

// The exit code of one line of a 'batch' file, after the words were split.
int runLine(const CliContext& shared, QStringList words, QString& commandName)
{
    if (words.value(0) == QLatin1String("signet-cli")) {
        words.removeFirst();
    }
    if (words.isEmpty()) {
        return Console::usage(tr("no command after 'signet-cli'"));
    }
    if (words.front().startsWith(QLatin1Char('-'))) {
        return Console::usage(tr("'%1': global options belong on the 'batch' command line, not on its lines")
                                  .arg(Console::escape(words.front())));
    }
    const QList<CliApp::Command> all = CliApp::commands();
    const QString first = words.front();
    const CliApp::Command* command = commandFor(all, words);
    if (command == nullptr) {
        commandName = first;
        return Console::usage(tr("unknown command '%1'").arg(Console::escape(first)));
    }
    commandName = command->name;
    // A new workspace, a new password or another batch would not run on the one unlock this batch holds.
    if (command->name == QLatin1String("batch") || command->name == QLatin1String("init")
        || command->name == QLatin1String("passwd")) {
        return Console::usage(tr("'%1' cannot run inside 'batch'").arg(command->name));
    }
    return command->handler(shared, words);
}
} // namespace

Result<QByteArray> BatchCommands::readList(const QString& file)
{
    if (file != QLatin1String("-")) {
        return BoundedFile::read(file, IssuanceList::kMaxBytes);
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return makeError(tr("cannot read standard input"));
    }
    QByteArray data;
    while (data.size() <= IssuanceList::kMaxBytes) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty()) {
            break;
        }
        data += chunk;
    }
    if (data.size() > IssuanceList::kMaxBytes) {
        return makeError(tr("standard input holds more than %1 MiB").arg(IssuanceList::kMaxBytes / (1024 * 1024)));
    }
    return data;
}

int BatchCommands::printReport(const BatchReport& report, bool json, const QString& done)
{
    for (const BatchLineResult& line : report.lines) {
        if (json) {
            QJsonObject object{{QStringLiteral("line"), line.line},
                               {QStringLiteral("status"), line.ok() ? done : QStringLiteral("failed")},
                               {QStringLiteral("name"), orNull(line.label)},
                               {QStringLiteral("serial"), orNull(line.ok() ? line.record->serial : QString())},
                               {QStringLiteral("error"), orNull(line.error)}};
            Console::outRaw(jsonLine(object));
        } else if (line.ok()) {
            Console::out(tr("line %1: %2 '%3' %4")
                             .arg(line.line)
                             .arg(done, Console::escape(line.record->name), IssueCommands::summary(*line.record)));
        } else if (line.label.isEmpty()) {
            Console::out(tr("line %1: failed: %2").arg(line.line).arg(Console::escape(line.error)));
        } else {
            Console::out(tr("line %1: '%2' failed: %3")
                             .arg(line.line)
                             .arg(Console::escape(line.label), Console::escape(line.error)));
        }
    }
    const int total = report.succeeded + report.failed;
    Console::err(tr("%1 of %2 lines succeeded, %3 failed").arg(report.succeeded).arg(total).arg(report.failed));
    if (report.rolledBack) {
        Console::err(tr("nothing was stored: the list is all or nothing (--atomic)"));
    }
    return report.failed == 0 && !report.cancelled ? Console::kSuccess : Console::kFailure;
}

int BatchCommands::issueBatch(const QStringList& args)
{
    CommandLine cl(QStringLiteral("issue --batch"),
                   tr("Issue every certificate of a list with one CA, on one unlock of the workspace: CSV with a "
                      "header row, or JSON lines (one object per line). Columns (keys): %1. profile is server, "
                      "client (the default) or server-client; subject is a full DN whose CN wins over cn; dns, ip "
                      "and email hold several names separated by ';' or blanks (a JSON value may be a list); key "
                      "and days as for 'issue'. Blank lines and lines starting with '#' are skipped. Each line is "
                      "reported with its number: a failed line does not stop the others unless --atomic. Keys are "
                      "made on all cores; every chunk of %2 lines is one transaction with one audit record.")
                       .arg(IssuanceList::columns().join(QStringLiteral(", ")))
                       .arg(BatchOptions().chunkSize));
    cl.addPositional(QStringLiteral("FILE"), tr("The list, or - for standard input."));
    cl.addOption({QStringLiteral("ca")}, tr("The CA that issues every certificate of the list."), QStringLiteral("CA"));
    cl.addOption({QStringLiteral("atomic")}, tr("All or nothing: when any line fails, nothing is issued."));
    cl.addOption({QStringLiteral("json")},
                 tr("One JSON object per line of the list: line, status (issued or failed), name, serial, error."));
    cl.addOption({QStringLiteral("force")},
                 tr("Issue even when the linter finds errors (rules that some clients enforce; see 'lint')."));
    if (!cl.parse(args) || !cl.expectPositional({QStringLiteral("FILE")}) || !cl.require(QStringLiteral("ca"))) {
        return cl.exitCode();
    }
    auto data = readList(cl.positional().at(0));
    if (!data) {
        return Console::fail(data.error());
    }
    auto list = IssuanceList::parse(*data);
    if (!list) {
        return Console::fail(list.error());
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    BatchOptions options;
    options.atomic = cl.isSet(QStringLiteral("atomic"));
    options.force = cl.isSet(QStringLiteral("force"));
    auto report = (*ws)->issueBatch(*list, CertificateRef::typed(cl.value(QStringLiteral("ca"))), options);
    if (!report) {
        return Console::fail(report.error());
    }
    return printReport(*report, cl.isSet(QStringLiteral("json")), tr("issued"));
}

int BatchCommands::revokeBatch(const CommandLine& cl, const QString& file)
{
    RevocationReason reason = RevocationReason::Unspecified;
    if (cl.isSet(QStringLiteral("reason"))) {
        reason = revocationReasonFromName(cl.value(QStringLiteral("reason"))).value_or(reason);
    }
    auto data = readList(file);
    if (!data) {
        return Console::fail(data.error());
    }
    auto references = IssuanceList::parseReferences(*data);
    if (!references) {
        return Console::fail(references.error());
    }
    auto ws = m_ctx.open();
    if (!ws) {
        return Console::fail(ws.error());
    }
    BatchOptions options;
    options.atomic = cl.isSet(QStringLiteral("atomic"));
    auto report = (*ws)->revokeBatch(*references, reason, options);
    if (!report) {
        return Console::fail(report.error());
    }
    return printReport(*report, cl.isSet(QStringLiteral("json")), tr("revoked"));
}

int BatchCommands::batch(const QStringList& args)
{
    CommandLine cl(QStringLiteral("batch"),
                   tr("Run signet-cli commands from a file or standard input, one per line, in one process that "
                      "unlocks the workspace once. Lines are split into words like a shell's simple commands "
                      "('single' and \"double\" quotes, backslashes, # comments; no variables, globs or "
                      "redirections); a leading 'signet-cli' is allowed, global options are not. 'batch', 'init' "
                      "and 'passwd' are refused inside a batch. Each line's exit status is reported on standard "
                      "error; the batch stops at the first failing line unless --keep-going. Exit status 0 when "
                      "every line succeeded, else 1."));
    cl.addPositional(QStringLiteral("FILE"), tr("The commands, or - for standard input (the default)."),
                     QStringLiteral("[FILE|-]"));
    cl.addOption({QStringLiteral("json")},
                 tr("One JSON object per command on standard output (line, command, exit); what the commands "
                    "print goes to standard error."));
    cl.addOption({QStringLiteral("keep-going")}, tr("Run the lines after a failing one too."));
    if (!cl.parse(args)) {
        return cl.exitCode();
    }
    if (cl.positional().size() > 1) {
        return cl.usage(tr("one FILE at most"));
    }
    const bool json = cl.isSet(QStringLiteral("json"));
    const bool keepGoing = cl.isSet(QStringLiteral("keep-going"));
    auto data = cl.positional().isEmpty() ? readList(QStringLiteral("-")) : readList(cl.positional().at(0));
    if (!data) {
        return Console::fail(data.error());
    }
    if (data->size() > kMaxCommandFile) {
        return Console::fail(tr("the batch file is too large"));
    }
    CliContext shared = m_ctx;
    shared.keepUnlocked();
    const QList<QByteArray> lines = data->split('\n');
    int failed = 0;
    for (int i = 0; i < lines.size(); ++i) {
        auto words = WordSplitter::split(QString::fromUtf8(lines.at(i)));
        if (words && words->isEmpty()) {
            continue;
        }
        QString commandName;
        int exitCode = Console::kUsage;
        {
            const StdoutToStderr redirect(json);
            exitCode = words ? runLine(shared, *words, commandName)
                             : Console::usage(tr("line %1: %2").arg(i + 1).arg(words.error().message));
        }
        if (json) {
            Console::outRaw(jsonLine({{QStringLiteral("line"), i + 1},
                                      {QStringLiteral("command"), orNull(commandName)},
                                      {QStringLiteral("exit"), exitCode}}));
        } else {
            Console::err(tr("batch: line %1 (%2): exit %3").arg(i + 1).arg(commandName, QString::number(exitCode)));
        }
        if (exitCode != Console::kSuccess) {
            ++failed;
            if (!keepGoing) {
                Console::err(tr("batch: stopped at line %1 (add --keep-going to run the lines after a failing one)")
                                 .arg(i + 1));
                break;
            }
        }
    }
    return failed == 0 ? Console::kSuccess : Console::kFailure;
}

} // namespace signet
