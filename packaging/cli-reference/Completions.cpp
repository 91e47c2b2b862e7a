#include "Completions.h"

#include "CliApp.h"
#include "CommandLine.h"

#include <QMap>
#include <QStringList>

namespace signet {

namespace {
struct Described {
    QString name; // "ca create"
    QString summary;
    CommandSpec spec;
};

QList<Described> describeAll()
{
    QList<Described> all;
    for (const CliApp::Command& command : CliApp::commands()) {
        all.append({command.name, command.summary, CliApp::describe(command)});
    }
    return all;
}

QString dashed(const QString& name)
{
    return name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name;
}

// How a value is completed: "flag" (the option takes none), "words A B C", "file", "dir" or "text".
QString valueKind(const QString& valueName, const QStringList& choices)
{
    if (!choices.isEmpty()) {
        return QStringLiteral("words ") + choices.join(QLatin1Char(' '));
    }
    if (valueName == QLatin1String("DIR")) {
        return QStringLiteral("dir");
    }
    if (valueName.contains(QLatin1String("FILE"))) {
        return QStringLiteral("file");
    }
    return QStringLiteral("text");
}

QString optionKind(const OptionSpec& option)
{
    return option.valueName.isEmpty() ? QStringLiteral("flag") : valueKind(option.valueName, option.choices);
}

// Single-quoted for a shell.
QString quoted(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// First words ("ca", "list") in table order, and the second words of those that have them.
QMap<QString, QStringList> subcommands(const QList<Described>& all, QStringList& firstWords)
{
    QMap<QString, QStringList> second;
    for (const Described& command : all) {
        const QString first = command.name.section(QLatin1Char(' '), 0, 0);
        if (!firstWords.contains(first)) {
            firstWords << first;
        }
        if (command.name.contains(QLatin1Char(' '))) {
            second[first] << command.name.section(QLatin1Char(' '), 1);
        }
    }
    return second;
}

QString bashTables(const QList<Described>& all)
{
    QStringList firstWords;
    const QMap<QString, QStringList> second = subcommands(all, firstWords);
    QString out = QStringLiteral("_signet_cli_subcommands() {\n    case $1 in\n");
    for (auto it = second.cbegin(); it != second.cend(); ++it) {
        out += QStringLiteral("        %1) echo %2 ;;\n").arg(it.key(), quoted(it.value().join(QLatin1Char(' '))));
    }
    out += QStringLiteral("    esac\n}\n\n_signet_cli_options() {\n    case $1 in\n");
    for (const Described& command : all) {
        QStringList names{QStringLiteral("--help")};
        for (const OptionSpec& option : command.spec.options) {
            for (const QString& name : option.names) {
                names << dashed(name);
            }
        }
        out += QStringLiteral("        %1) echo %2 ;;\n").arg(quoted(command.name), quoted(names.join(QLatin1Char(' '))));
    }
    out += QStringLiteral("    esac\n}\n\n"
                          "# How the value after option $2 of command $1 is completed: flag (it takes none), words "
                          "LIST, file, dir or text.\n"
                          "_signet_cli_value() {\n    case \"$1 $2\" in\n");
    for (const Described& command : all) {
        for (const OptionSpec& option : command.spec.options) {
            for (const QString& name : option.names) {
                out += QStringLiteral("        %1) echo %2 ;;\n")
                           .arg(quoted(command.name + QLatin1Char(' ') + dashed(name)), quoted(optionKind(option)));
            }
        }
    }
    out += QStringLiteral("        *) echo flag ;;\n    esac\n}\n\n"
                          "# How positional argument $2 (counted from 0) of command $1 is completed; the last one "
                          "repeats.\n"
                          "_signet_cli_positional() {\n    local n=$2\n    case $1 in\n");
    for (const Described& command : all) {
        const auto& positionals = command.spec.positionals;
        if (positionals.isEmpty()) {
            continue;
        }
        QStringList cases;
        for (qsizetype i = 0; i < positionals.size(); ++i) {
            const bool last = i + 1 == positionals.size();
            cases << QStringLiteral("%1) echo %2 ;;")
                         .arg(last ? QStringLiteral("*") : QString::number(i),
                              quoted(valueKind(positionals.at(i).name, positionals.at(i).choices)));
        }
        out += QStringLiteral("        %1) case $n in %2 esac ;;\n").arg(quoted(command.name), cases.join(QLatin1Char(' ')));
    }
    out += QStringLiteral("        *) echo text ;;\n    esac\n}\n\n");
    out += QStringLiteral("_signet_cli_first_words=%1\n\n").arg(quoted(firstWords.join(QLatin1Char(' '))));
    return out;
}

const char* const kBashMain = R"BASH(_signet_cli() {
    local cur prev words cword
    _init_completion -n := || return
    local i=1 word command sub kind value='' positional=0
    while (( i < cword )); do
        case ${words[i]} in
            --workspace|--password-file) (( i += 2 )) ;;
            -*) (( i++ )) ;;
            *) break ;;
        esac
    done
    if (( i >= cword )); then
        case $prev in
            --workspace|--password-file) _filedir; return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '@GLOBAL@' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_signet_cli_first_words" -- "$cur"))
        fi
        return
    fi
    command=${words[i]}
    (( i++ ))
    sub=$(_signet_cli_subcommands "$command")
    if [[ -n $sub ]]; then
        if (( i >= cword )); then
            COMPREPLY=($(compgen -W "$sub" -- "$cur"))
            return
        fi
        command+=" ${words[i]}"
        (( i++ ))
    fi
    while (( i < cword )); do
        word=${words[i]}
        if [[ $word == -* ]]; then
            kind=$(_signet_cli_value "$command" "$word")
            if [[ $kind != flag ]]; then
                if (( i + 1 == cword )); then
                    value=$kind
                    break
                fi
                (( i++ ))
            fi
        else
            (( positional++ ))
        fi
        (( i++ ))
    done
    if [[ -z $value ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$(_signet_cli_options "$command")" -- "$cur"))
            return
        fi
        value=$(_signet_cli_positional "$command" "$positional")
    fi
    case $value in
        words\ *)
            COMPREPLY=($(compgen -W "${value#words }" -- "$cur"))
            __ltrim_colon_completions "$cur"
            ;;
        file) _filedir ;;
        dir) _filedir -d ;;
    esac
}
complete -F _signet_cli signet-cli
)BASH";

// zsh's _arguments: the explanation in [...] with brackets escaped, and a word list with colons escaped.
QString zshExplanation(const QString& description)
{
    QString first = description.section(QStringLiteral(". "), 0, 0).section(QLatin1Char('\n'), 0, 0);
    if (first.endsWith(QLatin1Char('.'))) {
        first.chop(1);
    }
    first.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    first.replace(QLatin1Char('['), QStringLiteral("\\["));
    first.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    return first;
}

QString zshAction(const QString& kind)
{
    if (kind.startsWith(QLatin1String("words "))) {
        QString words = kind.mid(6);
        words.replace(QLatin1Char(':'), QStringLiteral("\\:"));
        return QStringLiteral("(%1)").arg(words);
    }
    if (kind == QLatin1String("file")) {
        return QStringLiteral("_files");
    }
    if (kind == QLatin1String("dir")) {
        return QStringLiteral("_files -/");
    }
    return QStringLiteral(" ");
}

QString zshOptionSpecs(const QList<OptionSpec>& options)
{
    QStringList specs;
    for (const OptionSpec& option : options) {
        for (const QString& name : option.names) {
            QString spec = QStringLiteral("*") + dashed(name);
            spec += option.valueName.isEmpty() ? QString() : QStringLiteral("=");
            spec += QStringLiteral("[%1]").arg(zshExplanation(option.description));
            if (!option.valueName.isEmpty()) {
                spec += QStringLiteral(":%1:%2").arg(option.valueName.toLower(), zshAction(optionKind(option)));
            }
            specs << quoted(spec);
        }
    }
    return specs.join(QStringLiteral(" \\\n                "));
}

QString zshDescribeList(const QString& variable, const QStringList& entries)
{
    QStringList quotedEntries;
    for (const QString& entry : entries) {
        quotedEntries << quoted(entry);
    }
    return QStringLiteral("local -a %1=(%2)").arg(variable, quotedEntries.join(QLatin1Char(' ')));
}
} // namespace

QString Completions::bash()
{
    const QList<Described> all = describeAll();
    QStringList global;
    for (const OptionSpec& option : CliApp::globalOptions()) {
        for (const QString& name : option.names) {
            global << dashed(name);
        }
    }
    QString out = QStringLiteral("# bash completion for signet-cli                              -*- shell-script -*-\n"
                                 "# Made from signet-cli's own command table when Signet is built.\n\n");
    out += bashTables(all);
    out += QString::fromUtf8(kBashMain).replace(QLatin1String("@GLOBAL@"), global.join(QLatin1Char(' ')));
    return out;
}

QString Completions::zsh()
{
    const QList<Described> all = describeAll();
    QStringList firstWords;
    const QMap<QString, QStringList> second = subcommands(all, firstWords);
    QStringList commandEntries;
    for (const QString& first : firstWords) {
        QString summary;
        for (const Described& command : all) {
            if (command.name == first) {
                summary = command.summary;
            }
        }
        if (summary.isEmpty()) {
            summary = QStringLiteral("%1 commands: %2").arg(first, second.value(first).join(QStringLiteral(", ")));
        }
        commandEntries << first + QLatin1Char(':') + summary;
    }
    QString out = QStringLiteral("#compdef signet-cli\n"
                                 "# zsh completion for signet-cli, made from its own command table when Signet is "
                                 "built.\n\n_signet-cli() {\n"
                                 "    local curcontext=\"$curcontext\" state line cmd ret=1\n"
                                 "    typeset -A opt_args\n    _arguments -C -S \\\n                ");
    out += zshOptionSpecs(CliApp::globalOptions());
    out += QStringLiteral(" \\\n                '1: :->command' '*:: :->argument' && ret=0\n"
                          "    case $state in\n    command)\n        %1\n"
                          "        _describe -t commands 'signet-cli command' commands && ret=0\n        ;;\n"
                          "    argument)\n        cmd=$words[1]\n        case $cmd in\n")
               .arg(zshDescribeList(QStringLiteral("commands"), commandEntries));
    for (auto it = second.cbegin(); it != second.cend(); ++it) {
        QStringList entries;
        for (const Described& command : all) {
            if (command.name.startsWith(it.key() + QLatin1Char(' '))) {
                entries << command.name.section(QLatin1Char(' '), 1) + QLatin1Char(':') + command.summary;
            }
        }
        out += QStringLiteral("        %1)\n            if (( CURRENT == 2 )); then\n                %2\n"
                              "                _describe -t commands '%1 command' subcommands\n"
                              "                return\n            fi\n"
                              "            cmd=\"$cmd $words[2]\"\n            shift words\n"
                              "            (( CURRENT-- ))\n            ;;\n")
                   .arg(it.key(), zshDescribeList(QStringLiteral("subcommands"), entries));
    }
    out += QStringLiteral("        esac\n        curcontext=\"${curcontext%:*:*}:signet-cli-${cmd// /-}:\"\n"
                          "        case $cmd in\n");
    for (const Described& command : all) {
        QList<OptionSpec> options = command.spec.options;
        options.prepend({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."), {}, {}});
        QString specs = zshOptionSpecs(options);
        const auto& positionals = command.spec.positionals;
        for (qsizetype i = 0; i < positionals.size(); ++i) {
            const bool last = i + 1 == positionals.size();
            specs += QStringLiteral(" \\\n                ") +
                     quoted(QStringLiteral("%1:%2:%3")
                                .arg(last ? QStringLiteral("*") : QString::number(i + 1),
                                     positionals.at(i).name.toLower(),
                                     zshAction(valueKind(positionals.at(i).name, positionals.at(i).choices))));
        }
        out += QStringLiteral("        %1)\n            _arguments -S \\\n                %2 && ret=0\n            ;;\n")
                   .arg(quoted(command.name), specs);
    }
    out += QStringLiteral("        esac\n        ;;\n    esac\n    return ret\n}\n\n_signet-cli \"$@\"\n");
    return out;
}

} // namespace signet
