#include "CommandLine.h"

#include "Console.h"

#include <QCoreApplication>

namespace signet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

CommandSpec* describing = nullptr;
} // namespace

CommandLine::Describing::Describing(CommandSpec& spec)
{
    describing = &spec;
}

CommandLine::Describing::~Describing()
{
    describing = nullptr;
}

CommandLine::CommandLine(QString command, const QString& description) : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_spec.description = description;
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addOption(const QStringList& names, const QString& description, const QString& valueName,
                            const QStringList& choices)
{
    m_parser.addOption(QCommandLineOption(names, description, valueName));
    m_spec.options.append({names, description, valueName, choices});
}

void CommandLine::addPositional(const QString& name, const QString& description, const QString& syntax,
                                const QStringList& choices)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_spec.positionals.append({name, description, choices});
}

bool CommandLine::parse(const QStringList& args)
{
    if (describing != nullptr) {
        *describing = m_spec;
        m_exitCode = Console::kSuccess;
        return false;
    }
    if (!m_parser.parse(QStringList{QStringLiteral("signet-cli")} + args)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the executable as it was started; the help should name the command.
        QString text = m_parser.helpText();
        const QString started = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
        if (text.startsWith(started)) {
            text.replace(0, started.size(), QStringLiteral("Usage: signet-cli ") + m_command);
        }
        Console::outRaw(text.toUtf8());
        m_exitCode = Console::kSuccess;
        return false;
    }
    return true;
}

bool CommandLine::expectPositional(const QStringList& names, bool lastRepeats)
{
    const QStringList given = positional();
    if (given.size() < names.size()) {
        usage(tr("missing argument %1").arg(names.at(given.size())));
        return false;
    }
    if (given.size() > names.size() && !lastRepeats) {
        usage(tr("unexpected argument '%1'").arg(given.at(names.size())));
        return false;
    }
    return true;
}

bool CommandLine::require(const QString& option)
{
    if (m_parser.isSet(option)) {
        return true;
    }
    usage(tr("missing required option --%1").arg(option));
    return false;
}

std::optional<int> CommandLine::intOption(const QString& option, int min, int max, int fallback)
{
    if (!m_parser.isSet(option)) {
        return fallback;
    }
    const QString text = m_parser.value(option);
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < min || number > max) {
        usage(tr("--%1 needs a whole number from %2 to %3, not '%4'").arg(option).arg(min).arg(max).arg(text));
        return std::nullopt;
    }
    return number;
}

int CommandLine::usage(const QString& what)
{
    m_exitCode = Console::usage(what, m_command);
    return m_exitCode;
}

} // namespace signet
