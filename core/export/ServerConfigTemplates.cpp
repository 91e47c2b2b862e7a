#include "export/ServerConfigTemplates.h"

namespace signet {

namespace {
QString header(const ServerFiles& f, const QString& comment)
{
    const QString expiry = f.crlNextUpdate.isValid() ? f.crlNextUpdate.toString(Qt::ISODate)
                                                     : QStringLiteral("(CRLs are published when the files are saved)");
    return QStringLiteral("%1 Mutual TLS for %2, written by Signet on %3.\n"
                          "%1 Accepts client certificates issued by \"%4\" (or by a CA below it).\n"
                          "%1 The CRL file expires on %5: publish a new one and reload before then,\n"
                          "%1 or every client is rejected (signet-cli crl ... / signet-cli config ... again).\n")
        .arg(comment, f.serverName, f.generatedAt.toString(Qt::ISODate), f.clientCaName, expiry);
}

QString hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString nginx(const ServerFiles& f)
{
    return header(f, QStringLiteral("#"))
           + QStringLiteral("# Include it inside the http { } block, e.g. as /etc/nginx/conf.d/%1.conf.\n"
                            "server {\n"
                            "    listen %2 ssl;\n"
                            "    server_name %1;\n"
                            "\n"
                            "    ssl_certificate     %3;\n"
                            "    ssl_certificate_key %4;\n"
                            "    ssl_protocols       TLSv1.2 TLSv1.3;\n"
                            "\n"
                            "    # Client certificates: verified up to the root, revocation checked at every level.\n"
                            "    ssl_client_certificate %5;\n"
                            "    ssl_verify_client      on;\n"
                            "    ssl_verify_depth       %6;\n"
                            "    ssl_crl                %7;\n"
                            "\n"
                            "    location / {\n"
                            "        proxy_pass %8;\n"
                            "        proxy_set_header Host                $host;\n"
                            "        proxy_set_header X-SSL-Client-Verify $ssl_client_verify;\n"
                            "        proxy_set_header X-SSL-Client-DN     $ssl_client_s_dn;\n"
                            "        proxy_set_header X-SSL-Client-Serial $ssl_client_serial;\n"
                            "    }\n"
                            "}\n")
                 .arg(f.serverName)
                 .arg(f.port)
                 .arg(f.certFile, f.keyFile, f.clientCaFile)
                 .arg(f.verifyDepth)
                 .arg(f.crlFile, f.backend.toString());
}

QString apache(const ServerFiles& f)
{
    const QString listen = f.port == 443 ? QStringLiteral("# Listen 443 is already in Debian's ports.conf.\n")
                                         : QStringLiteral("Listen %1\n").arg(f.port);
    QString backend = f.backend.toString();
    if (!backend.endsWith(QLatin1Char('/'))) {
        backend += QLatin1Char('/');
    }
    return header(f, QStringLiteral("#"))
           + QStringLiteral("# Needs mod_ssl, mod_headers, mod_proxy and mod_proxy_http\n"
                            "# (Debian: a2enmod ssl headers proxy proxy_http), then include this file.\n")
           + listen
           + QStringLiteral("<VirtualHost *:%1>\n"
                            "    ServerName %2\n"
                            "    SSLEngine on\n"
                            "    SSLProtocol -all +TLSv1.2 +TLSv1.3\n"
                            "    SSLCertificateFile    %3\n"
                            "    SSLCertificateKeyFile %4\n"
                            "\n"
                            "    # At virtual-host level: TLS 1.3 has no renegotiation for per-directory checks.\n"
                            "    SSLVerifyClient require\n"
                            "    SSLVerifyDepth  %5\n"
                            "    SSLCACertificateFile %6\n"
                            "    # Apache's default is 'none': without this line the CRL is silently ignored.\n"
                            "    SSLCARevocationCheck chain\n"
                            "    SSLCARevocationFile  %7\n"
                            "\n"
                            "    RequestHeader set X-SSL-Client-Verify \"%{SSL_CLIENT_VERIFY}s\"\n"
                            "    RequestHeader set X-SSL-Client-DN     \"%{SSL_CLIENT_S_DN}s\"\n"
                            "    RequestHeader set X-SSL-Client-Serial \"%{SSL_CLIENT_M_SERIAL}s\"\n"
                            "    ProxyPass        / %8\n"
                            "    ProxyPassReverse / %8\n"
                            "</VirtualHost>\n")
                 .arg(f.port)
                 .arg(f.serverName, f.certFile, f.keyFile)
                 .arg(f.verifyDepth)
                 .arg(f.clientCaFile, f.crlFile, backend);
}

QString haproxy(const ServerFiles& f)
{
    return header(f, QStringLiteral("#"))
           + QStringLiteral("# Add to haproxy.cfg (after its global and defaults sections).\n"
                            "frontend signet_mtls\n"
                            "    mode http\n"
                            "    bind :%1 ssl crt %2 ca-file %3 crl-file %4 verify required ssl-min-ver TLSv1.2\n"
                            "    http-request set-header X-SSL-Client-Verify %[ssl_c_verify]\n"
                            "    http-request set-header X-SSL-Client-DN     %{+Q}[ssl_c_s_dn]\n"
                            "    http-request set-header X-SSL-Client-Serial %[ssl_c_serial,hex]\n"
                            "    default_backend signet_app\n"
                            "\n"
                            "backend signet_app\n"
                            "    mode http\n"
                            "    server app %5%6\n")
                 .arg(f.port)
                 .arg(f.combinedFile, f.clientCaFile, f.crlFile, hostPort(f.backend),
                      f.backend.scheme() == QLatin1String("https") ? QStringLiteral(" ssl verify none")
                                                                   : QString());
}
} // namespace

QString renderServerConfig(ServerKind kind, const ServerFiles& files)
{
    switch (kind) {
    case ServerKind::Nginx:
        return nginx(files);
    case ServerKind::Apache:
        return apache(files);
    case ServerKind::Haproxy:
        return haproxy(files);
    }
    return {};
}

QString renderTestCommand(const ServerFiles& f)
{
    return QStringLiteral("curl --cert client.crt --key client.key --cacert %1 https://%2:%3/")
        .arg(f.serverCaFile, f.serverName)
        .arg(f.port);
}

QString renderReadme(ServerKind kind, const ServerFiles& f)
{
    const QString reload = kind == ServerKind::Nginx    ? QStringLiteral("nginx -t && systemctl reload nginx")
                           : kind == ServerKind::Apache ? QStringLiteral("apachectl configtest && systemctl reload apache2")
                                                        : QStringLiteral("haproxy -c -f /etc/haproxy/haproxy.cfg && systemctl reload haproxy");
    return QStringLiteral("Mutual TLS for %1 (port %2), written by Signet.\n\n"
                          "server.crt / server.pem  the server certificate \"%3\" with its intermediates%4\n"
                          "server.key               its private key (mode 0600; keep it that way)\n"
                          "client-ca.pem            \"%5\" and every CA above it: who may connect\n"
                          "client-crl.pem           a CRL for each of those CAs; expires %6\n"
                          "server-ca.pem            the root clients need to trust this server\n\n"
                          "After revoking a client certificate, refresh the CRL file and reload:\n"
                          "  signet-cli crl \"%5\" --bundle --out %9\n"
                          "Reload after every change:  %7\n\n"
                          "Test with a client certificate (signet-cli export CLIENT --format pem --out client.crt;\n"
                          "signet-cli export CLIENT --format key --out client.key):\n  %8\n"
                          "Without --cert/--key the server must refuse the request.\n")
        .arg(f.serverName)
        .arg(f.port)
        .arg(f.serverCertName,
             kind == ServerKind::Haproxy ? QStringLiteral(" and its key (HAProxy wants them in one file)")
                                         : QString(),
             f.clientCaName, f.crlNextUpdate.toString(Qt::ISODate), reload, renderTestCommand(f), f.crlFile);
}

} // namespace signet
