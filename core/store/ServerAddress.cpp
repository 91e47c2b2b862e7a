#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "Database", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr qsizetype kMaxLength = 2048;

// The libpq parameters an address may carry. Not the password (see ServerAddress), and not what
// would let an address run commands or read other files than the certificates it names.
const QSet<QString>& allowedParameters()
{
    static const QSet<QString> names{
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),         QStringLiteral("sslcrl"),          QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),         QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("service"),        QStringLiteral("passfile"),        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"), QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"),     QStringLiteral("krbsrvname"),      QStringLiteral("host"),
        QStringLiteral("hostaddr"),       QStringLiteral("port"),            QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("tcp_user_timeout")};
    return names;
}

bool plainValue(const QString& value)
{
    // The driver joins parameters with spaces and reads ';' as a separator: values are quoted,
    // and what quoting cannot carry through it is refused.
    for (QChar c : value) {
        if (c == QLatin1Char(';') || c == QLatin1Char('\'') || c == QLatin1Char('\\') || c.unicode() < 0x20) {
            return false;
        }
    }
    return true;
}
} // namespace

bool ServerAddress::isServer(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString& location)
{
    if (location.size() > kMaxLength) {
        return makeError(Tr::tr("the database address is longer than %1 characters").arg(kMaxLength));
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!isServer(location) || !url.isValid()) {
        return makeError(Tr::tr("'%1' is not a PostgreSQL address (postgresql://user@host:port/database)").arg(location),
                         url.errorString());
    }
    if (!url.password().isEmpty()) {
        return makeError(Tr::tr("the database address must not contain a password: put it in ~/.pgpass (or the file "
                                "PGPASSFILE names), or in PGPASSWORD"));
    }
    if (url.hasFragment()) {
        return makeError(Tr::tr("the database address must not contain a fragment ('#')"));
    }
    ServerAddress address;
    address.display = url.toString(QUrl::RemovePassword);
    address.host = url.host();
    address.port = url.port(-1);
    address.user = url.userName();
    address.database = url.path();
    if (address.database.startsWith(QLatin1Char('/'))) {
        address.database.remove(0, 1);
    }
    if (address.database.contains(QLatin1Char('/'))) {
        return makeError(Tr::tr("'%1' names more than a database after the server").arg(location));
    }
    QStringList options;
    bool timeout = false;
    bool application = false;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        if (name == QLatin1String("password")) {
            return makeError(Tr::tr("the database address must not contain a password: put it in ~/.pgpass (or the file "
                                    "PGPASSFILE names), or in PGPASSWORD"));
        }
        if (!allowedParameters().contains(name)) {
            return makeError(Tr::tr("the database address has a parameter Signet does not pass on: '%1'").arg(name));
        }
        if (!plainValue(value)) {
            return makeError(Tr::tr("the value of '%1' in the database address contains a character Signet cannot "
                                    "pass on (; ' \\ or a control character)")
                                 .arg(name));
        }
        options << QStringLiteral("%1='%2'").arg(name, value);
        timeout = timeout || name == QLatin1String("connect_timeout");
        application = application || name == QLatin1String("application_name");
    }
    for (const QString& part : {address.host, address.user, address.database}) {
        if (!plainValue(part)) {
            return makeError(Tr::tr("the database address contains a character Signet cannot pass on "
                                    "(; ' \\ or a control character)"));
        }
    }
    // A server that does not answer is reported after a while instead of holding the command.
    if (!timeout) {
        options << QStringLiteral("connect_timeout='10'");
    }
    if (!application) {
        options << QStringLiteral("application_name='signet'");
    }
    address.options = options.join(QLatin1Char(' '));
    return address;
}

} // namespace signet
