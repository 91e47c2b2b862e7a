#include "export/DeploymentKitTemplates.h"

#include "export/ConfigSyntax.h"
#include "export/TextTemplate.h"

#include <algorithm>

namespace signet {

namespace {
QString expiry(const KitFacts& f)
{
    return f.crlNextUpdate.isValid() ? f.crlNextUpdate.toUTC().toString(Qt::ISODate) : QStringLiteral("(no CRL)");
}

// The commands that install the kit's files for one server under `target` and rewrite the paths.
QString installSteps(const KitFacts& f, const QString& target, const QStringList& publicFiles,
                     const QString& secretFile, const QString& config, const QString& destination, bool append)
{
    const QString sed = ConfigSyntax::shellWord(QStringLiteral("s|%1|%2|g").arg(f.directory, target));
    return fillTemplate(QStringLiteral("  sudo install -d -m 0755 @TARGET@\n"
                               "  sudo install -m 0644 @PUBLIC@ @TARGET@/\n"
                               "  sudo install -m 0600 @SECRET@ @TARGET@/\n"
                               "  sed @SED@ @CONFIG@ | sudo tee @APPEND@@DEST@ >/dev/null\n"),
                {{QStringLiteral("TARGET"), target},
                 {QStringLiteral("PUBLIC"), publicFiles.join(QLatin1Char(' '))},
                 {QStringLiteral("SECRET"), secretFile},
                 {QStringLiteral("SED"), sed},
                 {QStringLiteral("CONFIG"), config},
                 {QStringLiteral("APPEND"), append ? QStringLiteral("-a ") : QString()},
                 {QStringLiteral("DEST"), destination}});
}
} // namespace

QString renderKitReadme(const KitFacts& f)
{
    const QString site = f.hostName.isEmpty() ? QStringLiteral("signet-mtls") : f.hostName;
    const QStringList pem = {QStringLiteral("server.crt"), QStringLiteral("client-ca.pem"),
                             QStringLiteral("client-crl.pem")};
    const QStringList haproxyPem = {QStringLiteral("client-ca.pem"), QStringLiteral("client-crl.pem")};
    const QString nginx = installSteps(f, QStringLiteral("/etc/nginx/signet"), pem, QStringLiteral("server.key"),
                                       QStringLiteral("nginx.conf"),
                                       QStringLiteral("/etc/nginx/conf.d/%1.conf").arg(site), false);
    const QString apache = installSteps(f, QStringLiteral("/etc/apache2/signet"), pem, QStringLiteral("server.key"),
                                        QStringLiteral("apache.conf"),
                                        QStringLiteral("/etc/apache2/sites-available/%1.conf").arg(site), false);
    const QString haproxy = installSteps(f, QStringLiteral("/etc/haproxy/signet"), haproxyPem,
                                         QStringLiteral("server.pem"), QStringLiteral("haproxy.cfg"),
                                         QStringLiteral("/etc/haproxy/haproxy.cfg"), true);
    const QString text = QStringLiteral(
        "Deployment kit for \"@CERT@\": mutual TLS on @HOST@, port @PORT@\n"
        "Written by Signet on @DATE@.\n"
        "\n"
        "@ADMISSION@"
        "Admitted requests go to @BACKEND@ with the client's subject in the header\n"
        "X-SSL-Client-DN (RFC 2253, e.g. CN=alice,O=Acme), X-SSL-Client-Serial and\n"
        "X-SSL-Client-Verify: SUCCESS, the same on every server.\n"
        "\n"
        "FILES\n"
        "  server.crt      the server certificate \"@CERT@\" and its intermediate CAs (nginx, Apache)\n"
        "  server.key      its private key, mode 0600: keep it readable by root only\n"
        "  server.pem      certificate, intermediates and key in one file, mode 0600 (HAProxy)\n"
        "  client-ca.pem   \"@CA@\", every CA above it and every CA below it\n"
        "  client-crl.pem  a CRL for each of those CAs; the first one expires @EXPIRY@\n"
        "  server-ca.pem   the root clients need to trust this server (curl --cacert, browsers)\n"
        "  nginx.conf      nginx server block\n"
        "  apache.conf     Apache httpd virtual host\n"
        "  haproxy.cfg     HAProxy frontend and backend\n"
        "  server.js       Node.js server (no npm packages), which proxies to the backend\n"
        "  test-mtls.sh    checks the running server with curl\n"
        "  README.txt      this file\n"
        "\n"
        "WHERE THEY GO\n"
        "The configurations name the files by their paths in this folder,\n"
        "  @DIR@\n"
        "so either copy the whole folder to that same path on the server, or run the steps\n"
        "below from inside the folder: they install the files and rewrite the paths.\n"
        "\n"
        "nginx (the file in conf.d is included in the http { } block)\n"
        "@NGINX@"
        "  sudo nginx -t && sudo systemctl reload nginx\n"
        "\n"
        "Apache httpd (Debian / Ubuntu layout)\n"
        "@APACHE@"
        "  sudo a2enmod ssl headers proxy proxy_http && sudo a2ensite @SITE@\n"
        "  sudo apachectl configtest && sudo systemctl reload apache2\n"
        "\n"
        "HAProxy (the frontend and backend are appended after the global and defaults sections)\n"
        "@HAPROXY@"
        "  sudo haproxy -c -f /etc/haproxy/haproxy.cfg && sudo systemctl reload haproxy\n"
        "\n"
        "Node.js 18 or later: run it from this folder (or after copying it to the same path)\n"
        "  node server.js\n"
        "  (edit handle() in it to serve your application instead of proxying; req.client holds the\n"
        "  verified client's DN, serial and subject fields)\n"
        "\n"
        "TESTING\n"
        "  ./test-mtls.sh client.crt client.key\n"
        "connects to @HOST@:@PORT@ at SERVER_IP (default 127.0.0.1, e.g.\n"
        "SERVER_IP=192.0.2.10 ./test-mtls.sh ...) and expects HTTP 200 with the client certificate\n"
        "and a refusal without one. Write a client's files with\n"
        "  signet-cli export CLIENT --format pem --out client.crt\n"
        "  signet-cli export CLIENT --format key --out client.key\n"
        "\n"
        "KEEPING THE CRL CURRENT\n"
        "nginx, Apache and HAProxy refuse EVERY client once client-crl.pem has expired (@EXPIRY@).\n"
        "Signet remembers this folder ('signet-cli deployments'): every CRL published for these CAs\n"
        "(signet-cli crl, or Publish CRL in the desktop application) rewrites\n"
        "  @DIR@/client-crl.pem\n"
        "so after revoking a client certificate, and in any case before that date, run\n"
        "  signet-cli crl @CAQ@\n"
        "and reload the server (server.js reads the file again by itself). Where the files were\n"
        "installed elsewhere, write the bundle there instead:\n"
        "  signet-cli crl @CAQ@ --bundle --out /etc/nginx/signet/client-crl.pem\n"
        "  (/etc/apache2/signet/client-crl.pem for Apache, /etc/haproxy/signet/client-crl.pem for HAProxy)\n");
    return fillTemplate(text, {{QStringLiteral("CERT"), f.serverCertName},
                       {QStringLiteral("HOST"), f.hostName},
                       {QStringLiteral("PORT"), QString::number(f.port)},
                       {QStringLiteral("DATE"), f.generatedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("CA"), f.clientCaName},
                       {QStringLiteral("ADMISSION"), f.admission.join(QLatin1Char('\n')) + QLatin1Char('\n')},
                       {QStringLiteral("CAQ"), ConfigSyntax::shellWord(f.clientCaName)},
                       {QStringLiteral("BACKEND"), f.backend},
                       {QStringLiteral("EXPIRY"), expiry(f)},
                       {QStringLiteral("DIR"), f.directory},
                       {QStringLiteral("SITE"), ConfigSyntax::shellWord(site)},
                       {QStringLiteral("NGINX"), nginx},
                       {QStringLiteral("APACHE"), apache},
                       {QStringLiteral("HAPROXY"), haproxy}});
}

QString renderKitTestScript(const KitFacts& f)
{
    const QString text = QStringLiteral(
        "#!/usr/bin/env bash\n"
        "# Checks mutual TLS on @HOST@:@PORT@ with curl. Written by Signet for \"@CERT@\" on @DATE@.\n"
        "#\n"
        "#   ./test-mtls.sh CLIENT_CERT CLIENT_KEY\n"
        "#   CLIENT_CERT=alice.crt CLIENT_KEY=alice.key SERVER_IP=192.0.2.10 ./test-mtls.sh\n"
        "#\n"
        "# With the client certificate the server must answer HTTP 200 (EXPECT_STATUS for another code);\n"
        "# without one it must refuse the request. SERVER_IP (default 127.0.0.1) is where the server runs:\n"
        "# curl connects there for the name @HOST@, so the server certificate is checked as clients\n"
        "# check it, against server-ca.pem beside this script. SERVER_PORT overrides the port.\n"
        "# Exit status: 0 when both checks pass, 1 when one fails, 2 for a usage error.\n"
        "set -u\n"
        "\n"
        "host=@HOSTQ@\n"
        "port=${SERVER_PORT:-@PORT@}\n"
        "ip=${SERVER_IP:-127.0.0.1}\n"
        "cert=${1:-${CLIENT_CERT:-}}\n"
        "key=${2:-${CLIENT_KEY:-}}\n"
        "expect=${EXPECT_STATUS:-200}\n"
        "here=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\n"
        "ca=\"$here/server-ca.pem\"\n"
        "\n"
        "if [ -z \"$cert\" ] || [ -z \"$key\" ]; then\n"
        "    echo \"usage: $0 CLIENT_CERT CLIENT_KEY (or set CLIENT_CERT and CLIENT_KEY)\" >&2\n"
        "    exit 2\n"
        "fi\n"
        "for file in \"$cert\" \"$key\" \"$ca\"; do\n"
        "    [ -r \"$file\" ] || { echo \"$0: cannot read $file\" >&2; exit 2; }\n"
        "done\n"
        "command -v curl >/dev/null || { echo \"$0: curl is not installed\" >&2; exit 2; }\n"
        "\n"
        "# IPv6 addresses go in brackets, in the URL and in --resolve alike.\n"
        "bracket() { case $1 in *:*) echo \"[${1#\\[}\" | sed 's/]*$/]/' ;; *) echo \"$1\" ;; esac; }\n"
        "url_host=$(bracket \"$host\")\n"
        "url=\"https://$url_host:$port/\"\n"
        "curl_args=(--silent --show-error --output /dev/null --write-out '%{http_code}' --max-time 10\n"
        "           --cacert \"$ca\" --resolve \"$url_host:$port:$(bracket \"$ip\")\")\n"
        "errors=$(mktemp)\n"
        "trap 'rm -f \"$errors\"' EXIT\n"
        "failures=0\n"
        "\n"
        "code=$(curl \"${curl_args[@]}\" --cert \"$cert\" --key \"$key\" \"$url\" 2>\"$errors\")\n"
        "rc=$?\n"
        "if [ \"$rc\" -eq 0 ] && [ \"$code\" = \"$expect\" ]; then\n"
        "    echo \"ok   - with $cert: HTTP $code\"\n"
        "else\n"
        "    echo \"FAIL - with $cert: expected HTTP $expect, got HTTP $code (curl exit $rc) $(head -n 1 \"$errors\")\"\n"
        "    failures=$((failures + 1))\n"
        "fi\n"
        "\n"
        "# Refused: the TLS handshake fails (curl 35), the server's alert arrives after it (TLS 1.3:\n"
        "# curl 55/56), or the server answers with an HTTP error (nginx: 400). Anything else, such as\n"
        "# no connection at all, proves nothing.\n"
        "code=$(curl \"${curl_args[@]}\" \"$url\" 2>\"$errors\")\n"
        "rc=$?\n"
        "case $rc in\n"
        "    0) if [ \"$code\" -ge 400 ]; then\n"
        "           echo \"ok   - without a client certificate: refused with HTTP $code\"\n"
        "       else\n"
        "           echo \"FAIL - without a client certificate: the server answered HTTP $code\"\n"
        "           failures=$((failures + 1))\n"
        "       fi ;;\n"
        "    35 | 55 | 56)\n"
        "       echo \"ok   - without a client certificate: the TLS handshake is refused ($(head -n 1 \"$errors\"))\" ;;\n"
        "    *) echo \"FAIL - without a client certificate: curl exit $rc $(head -n 1 \"$errors\")\"\n"
        "       failures=$((failures + 1)) ;;\n"
        "esac\n"
        "\n"
        "if [ \"$failures\" -ne 0 ]; then\n"
        "    echo \"mutual TLS on $host:$port does NOT work as expected\"\n"
        "    exit 1\n"
        "fi\n"
        "echo \"mutual TLS on $host:$port works\"\n");
    return fillTemplate(text, {{QStringLiteral("HOST"), f.hostName},
                       {QStringLiteral("HOSTQ"), ConfigSyntax::shellWord(f.hostName)},
                       {QStringLiteral("PORT"), QString::number(f.port)},
                       {QStringLiteral("CERT"), QString(f.serverCertName).remove(QLatin1Char('\n'))},
                       {QStringLiteral("DATE"), f.generatedAt.toUTC().toString(Qt::ISODate)}});
}

} // namespace signet
