#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace signet {

// What one command accepts, as the man page and the shell completions describe it.
struct OptionSpec {
    QStringList names;
    QString description;
    QString valueName;   // empty for a flag
    QStringList choices; // the values it accepts, when they are a fixed set
};
struct PositionalSpec {
    QString name;
    QString description;
    QStringList choices;
};
struct CommandSpec {
    QString description;
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
};

// The parser of one command ("ca create", "list", ...): its options, --help, and the usage errors
// (exit code 2) for unknown options, missing arguments and bad numbers.
class CommandLine {
public:
    CommandLine(QString command, const QString& description);

    void addOption(const QStringList& names, const QString& description, const QString& valueName = {},
                   const QStringList& choices = {});
    void addPositional(const QString& name, const QString& description, const QString& syntax = {},
                       const QStringList& choices = {});

    // While a Describing guard lives, parse() records the command's interface in its spec and returns
    // false with exit code 0, so the command does nothing else: the man page and the completions are
    // made from the same options that the commands parse.
    class Describing {
    public:
        explicit Describing(CommandSpec& spec);
        ~Describing();
        Describing(const Describing&) = delete;
        Describing& operator=(const Describing&) = delete;
    };

    // Parses the words after the command. False when the caller should return exitCode() at once:
    // the help was shown (0) or a usage error was reported (2).
    [[nodiscard]] bool parse(const QStringList& args);
    [[nodiscard]] int exitCode() const { return m_exitCode; }

    // Exactly `names.size()` positional arguments, or at least that many when the last is variadic.
    [[nodiscard]] bool expectPositional(const QStringList& names, bool lastRepeats = false);
    // Reports "missing required option --name" unless the option was given.
    [[nodiscard]] bool require(const QString& option);
    // The option's value as an integer in [min, max]; `fallback` when absent; nullopt after a usage error.
    [[nodiscard]] std::optional<int> intOption(const QString& option, int min, int max, int fallback);

    [[nodiscard]] bool isSet(const QString& option) const { return m_parser.isSet(option); }
    [[nodiscard]] QString value(const QString& option) const { return m_parser.value(option); }
    [[nodiscard]] QStringList values(const QString& option) const { return m_parser.values(option); }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] const QString& command() const { return m_command; }

    // Reports a usage error for this command; returns 2 and remembers it as exitCode().
    int usage(const QString& what);

private:
    QString m_command;
    QCommandLineParser m_parser;
    CommandSpec m_spec;
    int m_exitCode = 0;
};

} // namespace signet
