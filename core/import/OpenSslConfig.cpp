#include "OpenSslConfig.h"

#include <QCoreApplication>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "OpenSslConfig", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(OpenSslConfig)
};

const QString kDefault = QStringLiteral("default");
// Variables may refer to variables: bounded, so that a few lines cannot expand to gigabytes.
constexpr qsizetype kValueLimit = 64 * 1024;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(';');
}

QString withoutComment(const QString& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (line[i] == QLatin1Char('#') && !quoted) {
            return line.left(i);
        }
    }
    return line;
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
        return value.mid(1, value.size() - 2);
    }
    return value;
}
} // namespace

Result<QString> OpenSslConfig::substitute(const QString& section, const QString& raw) const
{
    QString out;
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i] != QLatin1Char('$')) {
            out += raw[i++];
            continue;
        }
        ++i;
        const bool braced = i < raw.size() && raw[i] == QLatin1Char('{');
        if (braced) {
            ++i;
        }
        QString name;
        while (i < raw.size() && (isNameChar(raw[i]) || raw[i] == QLatin1Char(':'))) {
            name += raw[i++];
        }
        if (braced) {
            if (i >= raw.size() || raw[i] != QLatin1Char('}')) {
                return makeError(Tr::tr("a variable with an opening '{' and no closing '}'"));
            }
            ++i;
        }
        QString inSection = section;
        if (const qsizetype sep = name.indexOf(QStringLiteral("::")); sep >= 0) {
            inSection = name.left(sep);
            name = name.mid(sep + 2);
        }
        const auto own = m_values.value(inSection);
        if (own.contains(name)) {
            out += own.value(name);
        } else if (m_values.value(kDefault).contains(name)) {
            out += m_values.value(kDefault).value(name);
        } else {
            return makeError(Tr::tr("the variable '%1' is not defined").arg(name.left(64)));
        }
        if (out.size() > kValueLimit) {
            return makeError(Tr::tr("a value grows beyond %1 characters").arg(kValueLimit));
        }
    }
    return out;
}

Result<OpenSslConfig> OpenSslConfig::parse(QByteArrayView text)
{
    if (text.size() > kSizeLimit) {
        return makeError(Tr::tr("larger than %1 KiB").arg(kSizeLimit / 1024));
    }
    OpenSslConfig config;
    QString section = kDefault;
    config.m_values[section];
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = withoutComment(lines[n]).trimmed();
        const auto failed = [n](const QString& why) { return makeError(Tr::tr("line %1: %2").arg(n + 1).arg(why)); };
        if (line.isEmpty() || line.startsWith(QLatin1Char('.'))) {
            continue; // empty, or a directive (.include, .pragma) that is not followed
        }
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                return failed(Tr::tr("a section header without ']'"));
            }
            section = line.mid(1, line.size() - 2).trimmed();
            config.m_values[section];
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return failed(Tr::tr("neither a section header nor 'name = value'"));
        }
        const QString name = line.left(eq).trimmed();
        auto value = config.substitute(section, unquoted(line.mid(eq + 1)));
        if (!value) {
            return failed(value.error().message);
        }
        config.m_values[section].insert(name, *value);
    }
    return config;
}

QString OpenSslConfig::value(const QString& section, const QString& name) const
{
    return m_values.value(section).value(name);
}

} // namespace signet
