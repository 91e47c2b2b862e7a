#include "export/ServerConfigSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ServerConfigSpec", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerConfigSpec)
};

const QStringList kRuleAttributes = {QStringLiteral("CN"), QStringLiteral("O"), QStringLiteral("OU"),
                                     QStringLiteral("C"),  QStringLiteral("L"), QStringLiteral("ST")};
} // namespace

QList<ServerKind> allServerKinds()
{
    return {ServerKind::Nginx, ServerKind::Apache, ServerKind::Haproxy, ServerKind::Node};
}

std::optional<ServerKind> serverKindFromName(const QString& name)
{
    for (ServerKind kind : allServerKinds()) {
        if (serverKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx:
        return QStringLiteral("nginx");
    case ServerKind::Apache:
        return QStringLiteral("apache");
    case ServerKind::Haproxy:
        return QStringLiteral("haproxy");
    case ServerKind::Node:
        return QStringLiteral("node");
    }
    return {};
}

QString serverConfigFileName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx:
        return QStringLiteral("nginx.conf");
    case ServerKind::Apache:
        return QStringLiteral("apache.conf");
    case ServerKind::Haproxy:
        return QStringLiteral("haproxy.cfg");
    case ServerKind::Node:
        return QStringLiteral("server.js");
    }
    return {};
}

Result<SubjectRule> SubjectRule::parse(const QString& text)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        return makeError(Tr::tr("'%1' is not a subject rule such as O=Acme or OU=Staff|Dev").arg(text));
    }
    SubjectRule rule;
    const QString attribute = text.left(equals).trimmed();
    for (const QString& known : kRuleAttributes) {
        if (attribute.compare(known, Qt::CaseInsensitive) == 0) {
            rule.attribute = known;
        }
    }
    if (rule.attribute.isEmpty()) {
        return makeError(Tr::tr("'%1' in '%2': a rule names one of %3")
                             .arg(attribute, text, kRuleAttributes.join(QStringLiteral(", "))));
    }
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._@-]*$"));
    for (const QString& raw : text.mid(equals + 1).split(QLatin1Char('|'))) {
        const QString value = raw.trimmed();
        if (!safe.match(value).hasMatch() || value.endsWith(QLatin1Char(' ')) || value.size() > 64) {
            return makeError(Tr::tr("'%1' in '%2': a value is 1 to 64 letters, digits, spaces, '-', '.', '_' or '@', "
                                    "starting with a letter or digit")
                                 .arg(value, text));
        }
        if (!rule.values.contains(value)) {
            rule.values << value;
        }
    }
    return rule;
}

QString SubjectRule::toString() const
{
    return attribute + QLatin1Char('=') + values.join(QLatin1Char('|'));
}

} // namespace signet
