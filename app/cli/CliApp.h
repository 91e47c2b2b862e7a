#pragma once

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

private:
    using Handler = std::function<int(const CliContext&, const QStringList&)>;
    struct Command {
        QString name;      // "ca create", "issue server", "list", ...
        QString synopsis;  // the arguments, for the overview
        QString summary;
        Handler handler;
    };

    static QList<Command> commands();
    static QString helpText(const QString& parserHelp);
    // The command the first words name, which are then removed from `words`.
    static const Command* findCommand(const QList<Command>& all, QStringList& words);
    // The usage error (or, for "ca --help", the overview) when the words name no command.
    static int noSuchCommand(const QList<Command>& all, const QStringList& words);
    // fixedClock($SIGNET_NOW) when set (a testing aid), else the system clock; nullopt when invalid.
    static std::optional<Clock> clockFromEnvironment();
};

} // namespace signet
