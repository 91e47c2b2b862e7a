#pragma once

#include "CommandLine.h"
#include "pki/Clock.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace signet {

class CliContext;

// signet-cli: the global options (--workspace, --password-file), the environment ($SIGNET_*),
// dispatch to one command, and its exit code (0 success, 1 failure, 2 usage error).
class CliApp {
public:
    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList& arguments);

    using Handler = std::function<int(const CliContext&, const QStringList&)>;
    struct Command {
        QString name;      // "ca create", "issue server", "list", ...
        QString synopsis;  // the arguments, for the overview
        QString summary;
        Handler handler;
    };
    struct EnvironmentVariable {
        QString name;
        QString description;
    };

    // The command table: the dispatcher, --help, the man page and the shell completions read it.
    static QList<Command> commands();
    // --workspace, --password-file, --help, --version.
    static QList<OptionSpec> globalOptions();
    static QList<EnvironmentVariable> environment();
    // What `command` accepts, recorded from the very parser it runs with.
    static CommandSpec describe(const Command& command);
    // Where the default workspace is, as documentation spells it (not this user's expanded path).
    static QString defaultWorkspaceText();

private:
    static QString helpText(const QString& parserHelp);
    // The command the first words name, which are then removed from `words`.
    static const Command* findCommand(const QList<Command>& all, QStringList& words);
    // The usage error (or, for "ca --help", the overview) when the words name no command.
    static int noSuchCommand(const QList<Command>& all, const QStringList& words);
    // fixedClock($SIGNET_NOW) when set (a testing aid), else the system clock; nullopt when invalid.
    static std::optional<Clock> clockFromEnvironment();
};

} // namespace signet
