#!/usr/bin/env bash
# End to end with a real Apache httpd (mod_ssl) on 127.0.0.1, configured only from the files that
# `signet-cli config apache` wrote, for a root -> intermediate -> leaf chain:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, and after revoke + crl + config again + graceful restart the revoked certificate is
# refused while the others still pass.
set -uo pipefail

CLI=${SIGNET_CLI:?SIGNET_CLI must point to signet-cli}
APACHE=$(command -v apache2 || echo /usr/sbin/apache2)
[ -x "$APACHE" ] || { echo "apache2 is not installed (the README's test command installs it)"; exit 1; }
MODULES=/usr/lib/apache2/modules
[ -f "$MODULES/mod_ssl.so" ] || { echo "mod_ssl is missing from $MODULES"; exit 1; }

work=$(mktemp -d)
chmod 755 "$work" # children run as nobody
httpd_conf="$work/httpd.conf"
backend_pid=
cleanup() {
    [ -s "$work/run/httpd.pid" ] && "$APACHE" -f "$httpd_conf" -k stop 2>/dev/null
    [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null
    for _ in $(seq 50); do [ -s "$work/run/httpd.pid" ] || break; sleep 0.1; done
    rm -rf "$work"
}
trap cleanup EXIT

passed=0
failed=0
check() { # check DESCRIPTION EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then
        passed=$((passed + 1)); echo "ok   - $1"
    else
        failed=$((failed + 1)); echo "FAIL - $1: expected '$2', got '$3'"
    fi
}
check_contains() { # check_contains DESCRIPTION NEEDLE HAYSTACK
    if [[ "$3" == *"$2"* ]]; then
        passed=$((passed + 1)); echo "ok   - $1"
    else
        failed=$((failed + 1)); echo "FAIL - $1: '$2' not in: $3"
    fi
}
die() { echo "FAIL - $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }

printf 'interop-password\n' >"$work/pw"
cli() { "$CLI" --workspace "$work/ws.signet" --password-file "$work/pw" "$@"; }
other() { "$CLI" --workspace "$work/other.signet" --password-file "$work/pw" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

cli init >/dev/null || die "init"
cli ca create Root --subject "/C=ES/O=Interop/CN=Interop Root" >/dev/null || die "root CA"
cli ca create Clients --issuer Root --subject "CN=Interop Clients,O=Interop,C=ES" >/dev/null || die "intermediate CA"
cli issue server Clients --dns localhost --ip 127.0.0.1 --name web >/dev/null || die "server certificate"
cli issue client Clients --cn alice >/dev/null || die "client alice"
cli issue client Clients --cn bob >/dev/null || die "client bob"
other init >/dev/null && other ca create Stranger --subject "CN=Stranger CA" >/dev/null \
    && other issue client Stranger --cn mallory >/dev/null || die "foreign CA"

for who in alice bob; do
    cli export "$who" --format pem --out "$work/$who.crt" >/dev/null || die "export $who"
    cli export "$who" --format key --out "$work/$who.key" >/dev/null || die "export $who key"
done
other export mallory --format pem --out "$work/mallory.crt" >/dev/null || die "export mallory"
other export mallory --format key --out "$work/mallory.key" >/dev/null || die "export mallory key"

port=$(free_port)
backend_port=$(free_port)
configure() {
    cli config apache --server web --client-ca Clients --out "$work/conf" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" >"$work/config.out"
}
configure || die "config apache"
conf="$work/conf/apache.conf"
[ -f "$conf" ] || die "config apache wrote no apache.conf: $(ls "$work/conf")"
check_contains "config prints a curl test line" "curl --cert" "$(cat "$work/config.out")"
check "the snippet listens on the port" "1" "$(grep -c "^Listen $port\$" "$conf")"
# Directives directly inside <VirtualHost>, not in a nested <Location>/<Directory>: TLS 1.3 has no
# renegotiation, so per-directory client verification fails.
vhost_directive() { # vhost_directive NAME -> its arguments, one line per occurrence
    awk -v name="$1" '/^[ \t]*<\// { depth--; next } /^[ \t]*</ { depth++; next }
        depth == 1 && $1 == name { $1 = ""; sub(/^ +/, ""); print }' "$conf"
}
check "one <VirtualHost> in the snippet" "1" "$(grep -c '^<VirtualHost \*:'"$port"'>$' "$conf")"
check "SSLVerifyClient require is at virtual-host level" "require" "$(vhost_directive SSLVerifyClient)"
check "SSLVerifyDepth is the client chain length" "2" "$(vhost_directive SSLVerifyDepth)"
check "revocation is checked along the chain" "chain" "$(vhost_directive SSLCARevocationCheck)"
check "the CRL file is the bundle" "$work/conf/client-crl.pem" "$(vhost_directive SSLCARevocationFile)"
check "the client CA file is the bundle" "$work/conf/client-ca.pem" "$(vhost_directive SSLCACertificateFile)"
check "server key is 0600" "600" "$(stat -c %a "$work/conf/server.key")"
check "CRL bundle holds a CRL for each CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"

# The application behind the proxy: echoes the client DN that Apache passed on.
cat >"$work/backend.py" <<'PY'
import http.server, sys

class Echo(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("hello %s\n" % self.headers.get("X-SSL-Client-DN", "")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Echo).serve_forever()
PY
python3 "$work/backend.py" "$backend_port" &
backend_pid=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$backend_port/" && break; sleep 0.1; done
check "the backend answers" "200" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$backend_port/")"

# A main configuration of our own around the snippet: Debian's /etc/apache2 layout wants its envvars.
mkdir -p "$work/run" "$work/logs"
: >"$work/mime.types"
cat >"$httpd_conf" <<CONF
ServerRoot $work
ServerName localhost
PidFile $work/run/httpd.pid
DefaultRuntimeDir $work/run
Mutex file:$work/run default
ErrorLog $work/logs/error.log
LogLevel info ssl:info
User nobody
Group nogroup
LoadModule mpm_event_module $MODULES/mod_mpm_event.so
LoadModule authz_core_module $MODULES/mod_authz_core.so
LoadModule mime_module $MODULES/mod_mime.so
LoadModule setenvif_module $MODULES/mod_setenvif.so
LoadModule headers_module $MODULES/mod_headers.so
LoadModule proxy_module $MODULES/mod_proxy.so
LoadModule proxy_http_module $MODULES/mod_proxy_http.so
LoadModule socache_shmcb_module $MODULES/mod_socache_shmcb.so
LoadModule ssl_module $MODULES/mod_ssl.so
TypesConfig $work/mime.types
SSLSessionCache shmcb:$work/run/ssl_scache(512000)
# Room for a second generation of children during the graceful restart.
StartServers 1
ServerLimit 4
ThreadsPerChild 8
MaxRequestWorkers 16
Include $conf
CONF
"$APACHE" -t -f "$httpd_conf" >"$work/apache-t.log" 2>&1 || { cat "$work/apache-t.log"; die "apache2 -t rejects the configuration"; }
check "apache2 -t has no warning about the snippet" "Syntax OK" "$(cat "$work/apache-t.log")"
"$APACHE" -f "$httpd_conf" -k start || { cat "$work/logs/error.log"; die "apache2 does not start"; }
for _ in $(seq 50); do [ -s "$work/run/httpd.pid" ] && break; sleep 0.1; done
[ -s "$work/run/httpd.pid" ] || { cat "$work/logs/error.log"; die "apache2 wrote no pid file"; }

request() { # request CERT_NAME|none -> "STATUS CURL_EXIT BODY"
    local args=(-s -S -o "$work/body" -w '%{http_code}' --max-time 10 --cacert "$work/conf/server-ca.pem"
                --resolve "localhost:$port:127.0.0.1")
    [ "$1" != none ] && args+=(--cert "$work/$1.crt" --key "$work/$1.key")
    local code rc
    rm -f "$work/body"
    code=$(curl "${args[@]}" "https://localhost:$port/" 2>"$work/curl.err")
    rc=$?
    echo "$code $rc $(cat "$work/body" 2>/dev/null) $(cat "$work/curl.err")"
}
status() { set -- $1; echo "$1 $2"; } # "STATUS CURL_EXIT"

for _ in $(seq 50); do
    out=$(request alice)
    [ "$(status "$out")" = "200 0" ] && break
    sleep 0.1
done
check "alice's certificate is accepted" "200 0" "$(status "$out")"
check_contains "the backend sees alice's DN" "CN=alice" "$out"
out=$(request bob)
check "bob's certificate is accepted" "200 0" "$(status "$out")"
check_contains "the backend sees bob's DN" "CN=bob" "$out"
# TLS 1.3: the handshake completes on the client's side, then Apache sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56).
out=$(request none)
check "no client certificate is refused" "000 56" "$(status "$out")"
check_contains "Apache says a certificate is required" "alert certificate required" "$out"
out=$(request mallory)
check "a certificate from another CA is refused" "000 56" "$(status "$out")"
check_contains "Apache says the CA is unknown" "alert unknown ca" "$out"

cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
cli crl Clients >/dev/null || die "crl Clients"
configure || die "config apache again"
check "the refreshed bundle still holds a CRL per CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
verify() { openssl verify -crl_check_all -CAfile "$work/conf/client-ca.pem" -CRLfile "$work/conf/client-crl.pem" "$work/$1.crt" 2>&1; }
check_contains "openssl finds alice revoked in the new bundle" "certificate revoked" "$(verify alice)"
check_contains "openssl still accepts bob with the new bundle" "$work/bob.crt: OK" "$(verify bob)"

old_pid=$(cat "$work/run/httpd.pid")
"$APACHE" -f "$httpd_conf" -k graceful || die "apache2 -k graceful"
# Wait until the restarted generation answers with the new CRL.
for _ in $(seq 50); do
    out=$(request alice)
    [ "$(status "$out")" = "000 56" ] && break
    sleep 0.2
done
check "alice is refused after revoke + crl + config + graceful" "000 56" "$(status "$out")"
check_contains "Apache says the certificate is revoked" "alert certificate revoked" "$out"
out=$(request bob)
check "bob is still accepted" "200 0" "$(status "$out")"
check_contains "the backend sees bob's DN" "CN=bob" "$out"
out=$(request mallory)
check "mallory is still refused" "000 56" "$(status "$out")"
check "the graceful restart kept the parent process" "$old_pid" "$(cat "$work/run/httpd.pid")"
grep -q "certificate revoked" "$work/logs/error.log"
check "Apache's log names the revocation" "0" "$?"
check "mod_ssl logged no warning or error" "" "$(grep -E '\[ssl:(warn|error|crit|alert|emerg)\]' "$work/logs/error.log")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
