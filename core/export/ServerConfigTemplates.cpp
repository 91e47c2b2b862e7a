#include "export/ServerConfigTemplates.h"

#include "export/ConfigSyntax.h"
#include "export/NodeServerTemplate.h"
#include "export/TextTemplate.h"

#include <QCoreApplication>

#include <optional>

namespace signet {

namespace {
// lupdate files Tr::tr() strings under "ServerConfigTemplates", the context they are looked up in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ServerConfigTemplates)
};

// Unwraps quoted values, keeping the first refusal: a template is rendered whole, then dropped
// if any value could not be written in its syntax.
class Quoter {
public:
    QString operator()(const Result<QString>& quoted)
    {
        if (!quoted) {
            if (!m_error) {
                m_error = quoted.error();
            }
            return {};
        }
        return *quoted;
    }
    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

private:
    std::optional<Error> m_error;
};

QString quotedNames(const QList<AdmittedCa>& cas)
{
    QStringList names;
    for (const AdmittedCa& ca : cas) {
        names << QLatin1Char('"') + ConfigSyntax::commentText(ca.name) + QLatin1Char('"');
    }
    return names.join(QStringLiteral(", "));
}

QString header(const ServerConfigSpec& s, const QString& comment)
{
    QString text = QStringLiteral("%1 Mutual TLS for %2, written by Signet on %3.\n")
                       .arg(comment, ConfigSyntax::commentText(s.serverName), s.generatedAt.toString(Qt::ISODate));
    for (const QString& sentence : admissionSentences(s)) {
        text += comment + QLatin1Char(' ') + sentence + QLatin1Char('\n');
    }
    const QString expiry = s.crlNextUpdate.isValid() ? s.crlNextUpdate.toString(Qt::ISODate)
                                                     : QStringLiteral("(CRLs are published when the files are saved)");
    text += QStringLiteral("%1 The CRL file expires on %2: every 'signet-cli crl' of these CAs refreshes it;\n"
                           "%1 reload the server after that, or once the file expires every client is rejected.\n")
                .arg(comment, expiry);
    return text;
}

// A name for nginx variables and HAProxy sections that differs per configuration: two Signet
// configurations can live in one server.
QString identifier(const ServerConfigSpec& s)
{
    QString id = QStringLiteral("signet_");
    for (const QChar c : s.serverName.toLower()) {
        id += (c.unicode() < 128 && c.isLetterOrNumber()) ? c : QLatin1Char('_');
    }
    return id + QLatin1Char('_') + QString::number(s.port);
}

// The regular expression an RFC 2253 subject matches when the rule holds: the attribute as a whole
// RDN component (between ',' or '+' or the ends) with one of the values.
QString ruleRegex(const SubjectRule& rule)
{
    QStringList values;
    for (const QString& value : rule.values) {
        values << QString(value).replace(QLatin1Char('.'), QStringLiteral("\\."));
    }
    return QStringLiteral("~(^|[,+])%1=(%2)([,+]|$)").arg(rule.attribute, values.join(QLatin1Char('|')));
}

QString nginx(const ServerConfigSpec& s, Quoter& q)
{
    const QString var = identifier(s);
    QString issuers;
    for (const AdmittedCa& ca : s.admitted) {
        issuers += QStringLiteral("    %1 1;\n").arg(q(ConfigSyntax::nginxString(ca.dnEscaped, true)));
    }
    QString ruleMaps;
    QString admitKey = QStringLiteral("$") + var + QStringLiteral("_issuer");
    for (qsizetype i = 0; i < s.rules.size(); ++i) {
        const QString ruleVar = QStringLiteral("%1_rule%2").arg(var).arg(i + 1);
        ruleMaps += QStringLiteral("map $ssl_client_s_dn $%1 {\n    default 0;\n    %2 1;\n}\n")
                        .arg(ruleVar, q(ConfigSyntax::nginxString(ruleRegex(s.rules.at(i)), true)));
        admitKey += QStringLiteral("$") + ruleVar;
    }
    return fillTemplate(
        QStringLiteral(
            "@HEADER@"
            "# Include it inside the http { } block, e.g. as /etc/nginx/conf.d/@SITE@.conf.\n"
            "# nginx trusts the whole chain in the CA file, so the issuer is checked here.\n"
            "map $ssl_client_i_dn $@VAR@_issuer {\n"
            "    default 0;\n"
            "@ISSUERS@"
            "}\n"
            "@RULEMAPS@"
            "map \"@ADMITKEY@\" $@VAR@_admit {\n"
            "    default 0;\n"
            "    \"@ONES@\" 1;\n"
            "}\n"
            "server {\n"
            "    listen @PORT@ ssl;\n"
            "    server_name @SERVERNAME@;\n"
            "\n"
            "    ssl_certificate     @CERT@;\n"
            "    ssl_certificate_key @KEY@;\n"
            "    ssl_protocols       TLSv1.2 TLSv1.3;\n"
            "\n"
            "    # Client certificates: verified up to the root, revocation checked at every level.\n"
            "    ssl_client_certificate @CA@;\n"
            "    ssl_verify_client      on;\n"
            "    ssl_verify_depth       @DEPTH@;\n"
            "    ssl_crl                @CRL@;\n"
            "\n"
            "    location / {\n"
            "        if ($@VAR@_admit != 1) {\n"
            "            return 403;\n"
            "        }\n"
            "        proxy_pass @BACKEND@;\n"
            "        proxy_set_header Host                $host;\n"
            "        proxy_set_header X-SSL-Client-Verify $ssl_client_verify;\n"
            "        proxy_set_header X-SSL-Client-DN     $ssl_client_s_dn;\n"
            "        proxy_set_header X-SSL-Client-Serial $ssl_client_serial;\n"
            "    }\n"
            "}\n"),
        {{QStringLiteral("HEADER"), header(s, QStringLiteral("#"))},
         {QStringLiteral("SITE"), ConfigSyntax::commentText(s.serverName)},
         {QStringLiteral("VAR"), var},
         {QStringLiteral("ISSUERS"), issuers},
         {QStringLiteral("RULEMAPS"), ruleMaps},
         {QStringLiteral("ADMITKEY"), admitKey},
         {QStringLiteral("ONES"), QString(s.rules.size() + 1, QLatin1Char('1'))},
         {QStringLiteral("PORT"), QString::number(s.port)},
         {QStringLiteral("SERVERNAME"), q(ConfigSyntax::nginxString(s.serverName, false))},
         {QStringLiteral("CERT"), q(ConfigSyntax::nginxString(s.certFile, false))},
         {QStringLiteral("KEY"), q(ConfigSyntax::nginxString(s.keyFile, false))},
         {QStringLiteral("CA"), q(ConfigSyntax::nginxString(s.clientCaFile, false))},
         {QStringLiteral("DEPTH"), QString::number(s.verifyDepth)},
         {QStringLiteral("CRL"), q(ConfigSyntax::nginxString(s.crlFile, false))},
         {QStringLiteral("BACKEND"), q(ConfigSyntax::nginxString(s.backend.toString(), false))}});
}

QString apache(const ServerConfigSpec& s, Quoter& q)
{
    QStringList issuers;
    for (const AdmittedCa& ca : s.admitted) {
        issuers << q(ConfigSyntax::apacheExprString(ca.dnUtf8));
    }
    QString expr = QStringLiteral("%{SSL_CLIENT_I_DN} in { %1 }").arg(issuers.join(QStringLiteral(", ")));
    for (const SubjectRule& rule : s.rules) {
        QStringList values;
        for (const QString& value : rule.values) {
            values << q(ConfigSyntax::apacheExprString(value));
        }
        expr += QStringLiteral(" && %{SSL_CLIENT_S_DN_%1} in { %2 }").arg(rule.attribute, values.join(QStringLiteral(", ")));
    }
    QString backend = s.backend.toString();
    if (!backend.endsWith(QLatin1Char('/'))) {
        backend += QLatin1Char('/');
    }
    return fillTemplate(
        QStringLiteral("@HEADER@"
                       "# Needs mod_ssl, mod_headers, mod_proxy and mod_proxy_http\n"
                       "# (Debian: a2enmod ssl headers proxy proxy_http), then include this file.\n"
                       "@LISTEN@"
                       "<VirtualHost *:@PORT@>\n"
                       "    ServerName @SERVERNAME@\n"
                       "    SSLEngine on\n"
                       "    SSLProtocol -all +TLSv1.2 +TLSv1.3\n"
                       "    SSLCertificateFile    @CERT@\n"
                       "    SSLCertificateKeyFile @KEY@\n"
                       "\n"
                       "    # At virtual-host level: TLS 1.3 has no renegotiation for per-directory checks.\n"
                       "    SSLVerifyClient require\n"
                       "    SSLVerifyDepth  @DEPTH@\n"
                       "    SSLCACertificateFile @CA@\n"
                       "    # Apache's default is 'none': without this line the CRL is silently ignored.\n"
                       "    SSLCARevocationCheck chain\n"
                       "    SSLCARevocationFile  @CRL@\n"
                       "\n"
                       "    # The CA file holds the whole chain up to the root, so the issuer is checked here.\n"
                       "    <Location \"/\">\n"
                       "        Require expr \"@EXPR@\"\n"
                       "    </Location>\n"
                       "\n"
                       "    RequestHeader set X-SSL-Client-Verify \"%{SSL_CLIENT_VERIFY}s\"\n"
                       "    RequestHeader set X-SSL-Client-DN     \"%{SSL_CLIENT_S_DN}s\"\n"
                       "    RequestHeader set X-SSL-Client-Serial \"%{SSL_CLIENT_M_SERIAL}s\"\n"
                       "    ProxyPass        / @BACKEND@\n"
                       "    ProxyPassReverse / @BACKEND@\n"
                       "</VirtualHost>\n"),
        {{QStringLiteral("HEADER"), header(s, QStringLiteral("#"))},
         {QStringLiteral("LISTEN"), s.port == 443 ? QStringLiteral("# Listen 443 is already in Debian's ports.conf.\n")
                                                  : QStringLiteral("Listen %1\n").arg(s.port)},
         {QStringLiteral("PORT"), QString::number(s.port)},
         {QStringLiteral("SERVERNAME"), q(ConfigSyntax::apacheArgument(s.serverName))},
         {QStringLiteral("CERT"), q(ConfigSyntax::apacheArgument(s.certFile))},
         {QStringLiteral("KEY"), q(ConfigSyntax::apacheArgument(s.keyFile))},
         {QStringLiteral("DEPTH"), QString::number(s.verifyDepth)},
         {QStringLiteral("CA"), q(ConfigSyntax::apacheArgument(s.clientCaFile))},
         {QStringLiteral("CRL"), q(ConfigSyntax::apacheArgument(s.crlFile))},
         {QStringLiteral("EXPR"), expr},
         {QStringLiteral("BACKEND"), q(ConfigSyntax::apacheArgument(backend))}});
}

QString hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString haproxy(const ServerConfigSpec& s, Quoter& q)
{
    const QString id = identifier(s);
    QStringList issuers;
    for (const AdmittedCa& ca : s.admitted) {
        issuers << q(ConfigSyntax::haproxyString(ca.dnEscaped));
    }
    QString rules;
    QString conditions = id + QStringLiteral("_issuer");
    for (qsizetype i = 0; i < s.rules.size(); ++i) {
        QStringList values;
        for (const QString& value : s.rules.at(i).values) {
            values << q(ConfigSyntax::haproxyString(value));
        }
        const QString acl = QStringLiteral("%1_rule%2").arg(id).arg(i + 1);
        rules += QStringLiteral("    acl %1 ssl_c_s_dn(%2) -m str %3\n")
                     .arg(acl, s.rules.at(i).attribute, values.join(QLatin1Char(' ')));
        conditions += QLatin1Char(' ') + acl;
    }
    return fillTemplate(
        QStringLiteral("@HEADER@"
                       "# Add to haproxy.cfg (after its global and defaults sections).\n"
                       "frontend @ID@\n"
                       "    mode http\n"
                       "    bind :@PORT@ ssl crt @PEM@ ca-file @CA@ crl-file @CRL@ verify required ssl-min-ver TLSv1.2\n"
                       "    # The CA file holds the whole chain up to the root, so the issuer is checked here.\n"
                       "    acl @ID@_issuer ssl_c_i_dn(,0,rfc2253) -m str @ISSUERS@\n"
                       "@RULES@"
                       "    http-request deny deny_status 403 unless @CONDITIONS@\n"
                       "    http-request set-header X-SSL-Client-Verify SUCCESS\n"
                       "    http-request set-header X-SSL-Client-DN     %[ssl_c_s_dn(,0,rfc2253)]\n"
                       "    http-request set-header X-SSL-Client-Serial %[ssl_c_serial,hex]\n"
                       "    default_backend @ID@_app\n"
                       "\n"
                       "backend @ID@_app\n"
                       "    mode http\n"
                       "    server app @HOSTPORT@@TLS@\n"),
        {{QStringLiteral("HEADER"), header(s, QStringLiteral("#"))},
         {QStringLiteral("ID"), id},
         {QStringLiteral("PORT"), QString::number(s.port)},
         {QStringLiteral("PEM"), q(ConfigSyntax::haproxyString(s.combinedFile))},
         {QStringLiteral("CA"), q(ConfigSyntax::haproxyString(s.clientCaFile))},
         {QStringLiteral("CRL"), q(ConfigSyntax::haproxyString(s.crlFile))},
         {QStringLiteral("ISSUERS"), issuers.join(QLatin1Char(' '))},
         {QStringLiteral("RULES"), rules},
         {QStringLiteral("CONDITIONS"), conditions},
         {QStringLiteral("HOSTPORT"), hostPort(s.backend)},
         {QStringLiteral("TLS"), s.backend.scheme() == QLatin1String("https") ? QStringLiteral(" ssl verify none")
                                                                             : QString()}});
}
} // namespace

QStringList admissionSentences(const ServerConfigSpec& s)
{
    QStringList sentences;
    const QList<AdmittedCa> below = s.admitted.mid(1);
    sentences << (below.isEmpty()
                      ? QStringLiteral("Admits only client certificates issued by \"%1\".").arg(ConfigSyntax::commentText(s.clientCaName))
                      : QStringLiteral("Admits only client certificates issued by \"%1\" or by a CA below it (%2).")
                            .arg(ConfigSyntax::commentText(s.clientCaName), quotedNames(below)));
    if (!s.rules.isEmpty()) {
        QStringList conditions;
        for (const SubjectRule& rule : s.rules) {
            conditions << rule.toString();
        }
        sentences << QStringLiteral("Of those, only subjects with %1 ('|': one of).").arg(conditions.join(QStringLiteral(" and ")));
    }
    sentences << QStringLiteral("Each is verified up to the root and refused when it or a CA above it is revoked.");
    sentences << QStringLiteral("No certificate, or one from an unknown CA: refused in the TLS handshake.");
    sentences << QStringLiteral("A certificate from another CA of this PKI%1: HTTP 403.")
                     .arg(s.rules.isEmpty() ? QString() : QStringLiteral(", or a subject the rules exclude"));
    return sentences;
}

Result<QString> renderServerConfig(const ServerConfigSpec& spec)
{
    Quoter quoter;
    QString text;
    switch (spec.kind) {
    case ServerKind::Nginx:
        text = nginx(spec, quoter);
        break;
    case ServerKind::Apache:
        text = apache(spec, quoter);
        break;
    case ServerKind::Haproxy:
        text = haproxy(spec, quoter);
        break;
    case ServerKind::Node:
        text = renderNodeServer(spec, header(spec, QStringLiteral("//")));
        break;
    }
    if (quoter.error()) {
        return *quoter.error();
    }
    return text;
}

QString renderTestCommand(const ServerConfigSpec& s)
{
    return QStringLiteral("curl --cert client.crt --key client.key --cacert %1 https://%2:%3/")
        .arg(ConfigSyntax::shellWord(s.serverCaFile), s.serverName)
        .arg(s.port);
}

QString reloadCommand(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx:
        return QStringLiteral("nginx -t && systemctl reload nginx");
    case ServerKind::Apache:
        return QStringLiteral("apachectl configtest && systemctl reload apache2");
    case ServerKind::Haproxy:
        return QStringLiteral("haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy");
    case ServerKind::Node:
        return QStringLiteral("nothing: server.js reads the CRL file again when it changes");
    }
    return {};
}

QString renderReadme(const ServerConfigSpec& s)
{
    const bool haproxy = s.kind == ServerKind::Haproxy;
    return fillTemplate(
        QStringLiteral("Mutual TLS for @SERVER@ (port @PORT@) with @KIND@, written by Signet.\n\n"
                       "@WHO@\n\n"
                       "@CONFIG@  the configuration\n"
                       "server.crt / server.pem  the server certificate \"@CERTNAME@\" with its intermediates@PEMNOTE@\n"
                       "server.key               its private key (mode 0600; keep it that way)\n"
                       "client-ca.pem            \"@CANAME@\", every CA above it and every CA below it\n"
                       "client-crl.pem           a CRL for each of those CAs; expires @EXPIRY@\n"
                       "server-ca.pem            the root clients need to trust this server\n\n"
                       "Signet remembers this folder ('signet-cli deployments' lists it): every new CRL of\n"
                       "these CAs ('signet-cli crl', the desktop's Publish CRL) rewrites client-crl.pem here.\n"
                       "Then reload:  @RELOAD@\n\n"
                       "Test with a client certificate (signet-cli export CLIENT --format pem --out client.crt;\n"
                       "signet-cli export CLIENT --format key --out client.key):\n  @TEST@\n"
                       "Without --cert/--key the server must refuse the request.\n"),
        {{QStringLiteral("SERVER"), ConfigSyntax::commentText(s.serverName)},
         {QStringLiteral("PORT"), QString::number(s.port)},
         {QStringLiteral("KIND"), serverKindName(s.kind)},
         {QStringLiteral("WHO"), admissionSentences(s).join(QLatin1Char('\n'))},
         {QStringLiteral("CONFIG"), serverConfigFileName(s.kind).leftJustified(23)},
         {QStringLiteral("CERTNAME"), ConfigSyntax::commentText(s.serverCertName)},
         {QStringLiteral("PEMNOTE"), haproxy ? QStringLiteral(" and its key (HAProxy wants them in one file)") : QString()},
         {QStringLiteral("CANAME"), ConfigSyntax::commentText(s.clientCaName)},
         {QStringLiteral("EXPIRY"), s.crlNextUpdate.toString(Qt::ISODate)},
         {QStringLiteral("RELOAD"), reloadCommand(s.kind)},
         {QStringLiteral("TEST"), renderTestCommand(s)}});
}

} // namespace signet
