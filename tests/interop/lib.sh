# shellcheck shell=bash
# What the interop tests share; each tests/interop/test_*.sh sources it (it is no test by itself):
# the checks and the summary line, signet-cli on two workspaces, the PKI every test serves, the
# backend behind the proxy, curl as the client, and the revoke -> CRL -> reload flow; at the end,
# the matrix of issue 4: gnutls-cli as a second client, NSS's certutil, expired certificates and
# CRLs, and signet-cli status.
#
# Sourcing it makes $work (a temporary folder, removed on exit) and sets the exit trap. A test
# defines two hooks for its server, stop_server (called on exit, whether the server runs or not)
# and reload_server (called by revoke_alice), and before its first request it sets `accepted` and
# `refused`: what `status` says about a request its server lets through and about one it turns away.
set -uo pipefail

CLI=${SIGNET_CLI:?SIGNET_CLI must point to signet-cli}

passed=0
failed=0
label= # prefixed to every description: which client the checks run with (see use_client)
check() { # check DESCRIPTION EXPECTED ACTUAL
    if [ "$2" == "$3" ]; then
        passed=$((passed + 1)); echo "ok   - $label$1"
    else
        failed=$((failed + 1)); echo "FAIL - $label$1: expected '$2', got '$3'"
    fi
}
check_contains() { # check_contains DESCRIPTION NEEDLE HAYSTACK
    if [[ "$3" == *"$2"* ]]; then
        passed=$((passed + 1)); echo "ok   - $label$1"
    else
        failed=$((failed + 1)); echo "FAIL - $label$1: '$2' not in: $3"
    fi
}
die() { echo "FAIL - $*"; echo "$passed passed, $((failed + 1)) failed"; exit 1; }
finish() { # the summary line; the exit status tells CTest whether anything failed
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ] || exit 1
    exit 0
}

server_binary() { # server_binary NAME -> its path; fails when the server is not installed
    local path
    path=$(command -v "$1" || echo "/usr/sbin/$1")
    [ -x "$path" ] || { echo "$1 is not installed (the README's test command installs it)" >&2; return 1; }
    echo "$path"
}

work=$(mktemp -d)
backend_pid=
stop_server() { :; }
cleanup() {
    stop_server
    [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

printf 'interop-password\n' >"$work/pw"
cli() { "$CLI" --workspace "$work/ws.signet" --password-file "$work/pw" "$@"; }
other() { "$CLI" --workspace "$work/other.signet" --password-file "$work/pw" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_file() { # wait_for_file FILE: until it is not empty (5 s at most); fails if it stays empty
    for _ in $(seq 50); do [ -s "$1" ] && return 0; sleep 0.1; done
    return 1
}

# make_pki [OPTION...]: in the test's workspace, Root -> intermediate Clients -> the server
# certificate "web" (localhost, 127.0.0.1) and the clients alice (issued with the extra OPTIONs) and
# bob; in another workspace, a foreign CA Stranger -> the client mallory. Each client's certificate
# and key go to $work/NAME.crt and $work/NAME.key.
# shellcheck disable=SC2120 # the OPTIONs are optional
make_pki() {
    cli init >/dev/null || die "init"
    cli ca create Root --subject "/C=ES/O=Interop/CN=Interop Root" >/dev/null || die "root CA"
    cli ca create Clients --issuer Root --subject "CN=Interop Clients,O=Interop,C=ES" >/dev/null || die "intermediate CA"
    cli issue server Clients --dns localhost --ip 127.0.0.1 --name web >/dev/null || die "server certificate"
    cli issue client Clients --cn alice "$@" >/dev/null || die "client alice"
    cli issue client Clients --cn bob >/dev/null || die "client bob"
    { other init && other ca create Stranger --subject "CN=Stranger CA" \
        && other issue client Stranger --cn mallory; } >/dev/null || die "foreign CA"

    local who
    for who in alice bob; do
        cli export "$who" --format pem --out "$work/$who.crt" >/dev/null || die "export $who"
        cli export "$who" --format key --out "$work/$who.key" >/dev/null || die "export $who key"
    done
    other export mallory --format pem --out "$work/mallory.crt" >/dev/null || die "export mallory"
    other export mallory --format key --out "$work/mallory.key" >/dev/null || die "export mallory key"
}

port=$(free_port)
backend_port=$(free_port)
configure() { # configure SERVER [ARGS...]: `signet-cli config SERVER` into $work/conf, its output in $work/config.out
    cli config "$1" --server web --client-ca Clients --out "$work/conf" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" "${@:2}" >"$work/config.out"
}
check_crl_bundle() { # check_crl_bundle DESCRIPTION: the CRL bundle holds a CRL for Clients and for Root
    check "$1" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
}
write_config() { # write_config SERVER SNIPPET: the first configure, which writes $work/conf/SNIPPET
    configure "$1" || die "config $1"
    [ -f "$work/conf/$2" ] || die "config $1 wrote no $2: $(ls "$work/conf")"
    check_contains "config prints a curl test line" "curl --cert" "$(cat "$work/config.out")"
    check_crl_bundle "CRL bundle holds a CRL for each CA"
}

# start_backend: the application behind the proxy, on $backend_port; it echoes the client DN that
# the server passed on in X-SSL-Client-DN.
start_backend() {
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
}

client=curl # the client that request uses: curl, or gnutls (gnutls-cli; see use_client)
request() { # request CERT_NAME|none -> "STATUS CURL_EXIT BODY CURL_ERROR"
    [ "$client" = gnutls ] && { gnutls_request "$1"; return; }
    local args=(-s -S -o "$work/body" -w '%{http_code}' --max-time 10 --cacert "$work/conf/server-ca.pem"
                --resolve "localhost:$port:127.0.0.1")
    [ "$1" != none ] && args+=(--cert "$work/$1.crt" --key "$work/$1.key")
    local code rc
    rm -f "$work/body"
    code=$(curl "${args[@]}" "https://localhost:$port/" 2>"$work/curl.err")
    rc=$?
    echo "$code $rc $(cat "$work/body" 2>/dev/null) $(cat "$work/curl.err")"
}
status() { # status RESPONSE -> "STATUS CURL_EXIT"
    local code rc
    read -r code rc _ <<<"$1"
    echo "$code $rc"
}

accepted=
refused=
# The checks below leave the last response in $out, for the server's own checks on what it said.
wait_for_status() { # wait_for_status CERT_NAME STATUS: asks again (10 s at most) while the server starts or reloads
    for _ in $(seq 50); do
        out=$(request "$1")
        [ "$(status "$out")" = "$2" ] && return
        sleep 0.2
    done
}
check_accepted() { # check_accepted DESCRIPTION CERT_NAME: the request reaches the backend, which sees the DN
    out=$(request "$2")
    check "$1" "$accepted" "$(status "$out")"
    check_contains "the backend sees $2's DN" "CN=$2" "$out"
}
check_refused() { # check_refused DESCRIPTION CERT_NAME|none
    out=$(request "$2")
    check "$1" "$refused" "$(status "$out")"
}
# check_clients SERVER REQUIRED [UNKNOWN_CA]: before any revocation, alice and bob get through, a
# request without a certificate is refused with REQUIRED in the response and one with mallory's
# (from the foreign CA) with UNKNOWN_CA, when given. SERVER names the server in the descriptions.
check_clients() {
    check_accepted "alice's certificate is accepted" alice
    check_accepted "bob's certificate is accepted" bob
    check_refused "no client certificate is refused" none
    check_contains "$1 says a certificate is required" "$2" "$out"
    check_refused "a certificate from another CA is refused" mallory
    [ $# -lt 3 ] || check_contains "$1 says the CA is unknown" "$3" "$out"
}

verify_client() { # verify_client CERT_NAME: openssl's verdict with the client CA and CRL bundles
    openssl verify -crl_check_all -CAfile "$work/conf/client-ca.pem" -CRLfile "$work/conf/client-crl.pem" \
        "$work/$1.crt" 2>&1
}
# revoke_alice REFRESH...: revokes alice, runs the command REFRESH to bring $work/conf/client-crl.pem
# up to date, checks the new bundle with openssl, runs reload_server and waits until the server
# refuses alice.
revoke_alice() {
    cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
    "$@" || die "$*"
    check_crl_bundle "the refreshed bundle still holds a CRL per CA"
    check_contains "openssl finds alice revoked in the new bundle" "certificate revoked" "$(verify_client alice)"
    check_contains "openssl still accepts bob with the new bundle" "$work/bob.crt: OK" "$(verify_client bob)"
    reload_server
    wait_for_status alice "$refused"
}
republish() { # republish SERVER: a new CRL for Clients, then config SERVER again to bundle it
    cli crl Clients >/dev/null || die "crl Clients"
    configure "$1" --force || die "config $1 again"
}

# ---- The end-to-end matrix (issue 4): more clients, expired certificates and CRLs, signet-cli status.

utc_in_days() { # utc_in_days N -> the ISO 8601 UTC time N days from now (N < 0: ago), for SIGNET_NOW
    date -u -d "$1 days" +%Y-%m-%dT%H:%M:%SZ
}
# make_matrix_pki [OPTION...]: make_pki as of 90 days ago, a PKI that has been in service for a
# while: the CAs must be older than the expired client that issue_expired_client makes.
# shellcheck disable=SC2120 # the OPTIONs are optional
make_matrix_pki() {
    SIGNET_NOW=$(utc_in_days -90) make_pki "$@"
}

# The TLS clients each case runs with: curl (OpenSSL) and gnutls-cli (GnuTLS). A test says, per
# client, with client_answers, what `status` reads for a request its server lets through and for
# one it turns away.
clients=(curl gnutls)
declare -A accepted_by refused_by
client_answers() { # client_answers CLIENT ACCEPTED REFUSED
    accepted_by[$1]=$2
    refused_by[$1]=$3
}
use_client() { # use_client CLIENT: request (and every check built on it) now uses CLIENT
    client=$1
    accepted=${accepted_by[$1]:?no client_answers for $1}
    refused=${refused_by[$1]:?no client_answers for $1}
    if [ "$1" = gnutls ]; then
        command -v gnutls-cli >/dev/null || die "gnutls-cli is not installed (gnutls-bin; the README's test command installs it)"
        printf 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >"$work/http-request"
    fi
}
each_client() { # each_client CMD...: runs CMD with each client in turn, its checks labelled with the client
    local name label
    for name in "${clients[@]}"; do
        use_client "$name"
        label="$name: "
        [ "$name" = gnutls ] && label="gnutls-cli: "
        "$@"
    done
    use_client curl
}
# gnutls_request CERT_NAME|none -> "STATUS GNUTLS_EXIT RESPONSE ERRORS", request's answer with gnutls-cli:
# STATUS from the HTTP status line (000 without one), then what the server sent after the handshake
# and gnutls-cli's own error lines (*** ..., such as the alert it received).
# gnutls-cli half-closes the connection at the end of its input; Node's HTTP server drops a request
# whose client did that before the answer (browsers never do), so for Node, gnutls_hold seconds of
# open input follow the request.
gnutls_hold=0
gnutls_request() {
    local args=(--x509cafile "$work/conf/server-ca.pem" -p "$port" localhost) rc code
    [ "$1" != none ] && args+=(--x509certfile "$work/$1.crt" --x509keyfile "$work/$1.key")
    { cat "$work/http-request"; sleep "$gnutls_hold"; } | timeout 20 gnutls-cli "${args[@]}" >"$work/gnutls.out" 2>"$work/gnutls.err"
    rc=$?
    code=$(sed -n 's|^HTTP/1\.[01] \([0-9][0-9][0-9]\).*|\1|p' "$work/gnutls.out" | head -n 1)
    echo "${code:-000} $rc $(sed -n '/^- Simple Client Mode:/,$p' "$work/gnutls.out" | tr -d '\r')" \
        "$(grep '^\*\*\*' "$work/gnutls.err")"
}
# tls_alert NAME -> how the current client reports the TLS alert NAME (certificate_required,
# unknown_ca, certificate_revoked, certificate_expired, certificate_unknown) that Apache or HAProxy sent.
tls_alert() {
    if [ "$client" = gnutls ]; then
        case $1 in
            certificate_required) echo "Certificate is required" ;;
            unknown_ca) echo "CA is unknown" ;;
            certificate_revoked) echo "Certificate was revoked" ;;
            certificate_expired) echo "Certificate is expired" ;;
            certificate_unknown) echo "Unknown certificate" ;;
            *) die "tls_alert: no GnuTLS text for $1" ;;
        esac
    else
        echo "alert ${1//_/ }" # OpenSSL, e.g. "tlsv13 alert certificate required"
    fi
}

# cli_status: `signet-cli status --check` now, or at SIGNET_NOW when set; stdout and stderr in
# $status_out, the exit status in $status_rc.
cli_status() {
    status_out=$(cli status --check 2>&1)
    status_rc=$?
    status_out=$(tr -s ' ' <<<"$status_out") # the table's column widths vary; one space apart is enough
}
check_status_ok() { # check_status_ok WHEN: status --check finds nothing to report
    local label="signet-cli status: "
    cli_status
    check "$1, --check exits 0" "0" "$status_rc"
    check_contains "$1, no CRL to renew" "CRLs: none expired or expiring within 7 days" "$status_out"
}

# publish_crl_bundle [--days N]: a new CRL for Clients, bundled with a current one of Root, written
# straight to the file the server reads (as the README tells administrators to). Prefix SIGNET_NOW
# to publish it as of another time.
publish_crl_bundle() {
    cli crl Clients --bundle --out "$work/conf/client-crl.pem" --force "$@" >/dev/null || die "crl Clients --bundle $*"
}
# crl_expires_soon: Clients' CRL now lasts one day. The server still accepts everyone (the test
# checks it), but signet-cli status warns already, and two days ahead it reports the CRL expired.
crl_expires_soon() {
    publish_crl_bundle --days 1
    check_contains "openssl accepts bob with the CRL that expires tomorrow" "$work/bob.crt: OK" "$(verify_client bob)"
    reload_server
    local label="signet-cli status: "
    cli_status
    check "a CRL that expires tomorrow makes --check fail" "3" "$status_rc"
    check_contains "names Clients' CRL as expiring" "expiring Clients next update" "$status_out"
    check_contains "--check counts one CRL" "CRLs expired or expiring within 7 days: 1;" "$status_out"
    SIGNET_NOW=$(utc_in_days 2) cli_status
    check "two days ahead, --check fails" "3" "$status_rc"
    check_contains "two days ahead, names Clients' CRL as expired" "expired Clients next update was" "$status_out"
    check_contains "says what an expired CRL does" "servers that check it reject every client" "$status_out"
}
# crl_expired: nobody acted on the warning. Clients' CRL published three days ago for one day: its
# nextUpdate is two days past by the real clock that the server and signet-cli status go by. The
# server reloads it; the test then checks that it refuses a valid client.
crl_expired() {
    SIGNET_NOW=$(utc_in_days -3) publish_crl_bundle --days 1
    check_contains "openssl finds the CRL in the bundle expired" "CRL has expired" "$(verify_client bob)"
    local label="signet-cli status: "
    cli_status
    check "the expired CRL makes --check fail" "3" "$status_rc"
    check_contains "names Clients' CRL as expired" "expired Clients next update was" "$status_out"
    reload_server
    wait_for_status bob "$refused"
}
# crl_renewed: the fix that status suggests, crl --bundle and a reload; the test then checks that
# the server accepts again.
crl_renewed() {
    publish_crl_bundle
    reload_server
    wait_for_status bob "$accepted"
    check_status_ok "after crl --bundle"
}

# issue_expired_client: the client "old" from Clients, issued 60 days ago for 30 days, so it expired
# a month ago; its certificate and key go to $work/old.crt and $work/old.key.
issue_expired_client() {
    SIGNET_NOW=$(utc_in_days -60) cli issue client Clients --cn old --days 30 >/dev/null || die "issue old"
    cli export old --format pem --out "$work/old.crt" >/dev/null || die "export old"
    cli export old --format key --out "$work/old.key" >/dev/null || die "export old key"
    check_contains "openssl finds old expired" "certificate has expired" "$(verify_client old)"
    local label="signet-cli status: "
    cli_status
    check "an expired certificate makes --check fail" "3" "$status_rc"
    check_contains "lists old as expired" "expired old client" "$status_out"
}

# NSS, the certificate library of Firefox (and of Chrome on Linux): `certutil -V` judges the
# certificates in a database that trusts Root, as a browser does once the root is imported.
nss_db="sql:$work/nss"
make_nss_db() { # make_nss_db: $nss_db trusts Root for server and client certificates and knows Clients
    command -v certutil >/dev/null || die "certutil is not installed (libnss3-tools; the README's test command installs it)"
    mkdir -p "$work/nss" || die "mkdir $work/nss"
    certutil -N -d "$nss_db" --empty-password || die "certutil -N"
    local ca
    for ca in Root Clients; do
        cli export "$ca" --format pem --out "$work/$ca.pem" >/dev/null || die "export $ca"
    done
    # C: trusted to issue server certificates; T: client certificates, which -u C needs.
    certutil -A -d "$nss_db" -n "Interop Root" -t "CT,," -i "$work/Root.pem" || die "trust Root in NSS"
    certutil -A -d "$nss_db" -n "Interop Clients" -t ",," -i "$work/Clients.pem" || die "add Clients to NSS"
}
# nss_verify NAME FILE V|C -> certutil's verdict on the certificate FILE (added as NAME) for an SSL
# server (V) or SSL client (C), e.g. "certificate is valid" or "certificate is invalid: Peer's ..."
nss_verify() {
    certutil -L -d "$nss_db" -n "$1" >/dev/null 2>&1 \
        || certutil -A -d "$nss_db" -n "$1" -t ",," -i "$2" || die "add $1 to NSS"
    certutil -V -d "$nss_db" -n "$1" -u "$3" 2>&1 | sed 's/^certutil: //'
}
# nss_import_crl: Clients' CRL from the server's bundle (the first in it) into $nss_db.
nss_import_crl() {
    openssl crl -in "$work/conf/client-crl.pem" -outform DER -out "$work/clients-crl.der" || die "openssl crl"
    crlutil -I -d "$nss_db" -t 1 -i "$work/clients-crl.der" || die "crlutil -I"
}
# check_nss_certificates SERVER_FILE: the server certificate the server uses (the first in
# SERVER_FILE) is valid for an SSL server, alice's and bob's for SSL client authentication (and
# alice's not for a server), mallory's (another CA) for nothing: NSS does not know its issuer.
check_nss_certificates() {
    local label="NSS: "
    openssl x509 -in "$1" -out "$work/served.crt" || die "openssl x509 -in $1"
    check "the served certificate is valid for an SSL server" "certificate is valid" "$(nss_verify web "$work/served.crt" V)"
    check "alice is valid for SSL client authentication" "certificate is valid" "$(nss_verify alice "$work/alice.crt" C)"
    check "bob is valid for SSL client authentication" "certificate is valid" "$(nss_verify bob "$work/bob.crt" C)"
    check_contains "alice is not valid for an SSL server" "not approved for application" "$(nss_verify alice "$work/alice.crt" V)"
    check_contains "mallory (another CA) is refused" "Peer's Certificate issuer is not recognized" \
        "$(nss_verify mallory "$work/mallory.crt" C)"
}
check_nss_revoked() { # check_nss_revoked: with Clients' CRL from the bundle, NSS finds alice revoked
    local label="NSS: "
    nss_import_crl
    check_contains "alice is refused with the CRL" "Peer's Certificate has been revoked" "$(nss_verify alice "$work/alice.crt" C)"
    check "bob is still valid with the CRL" "certificate is valid" "$(nss_verify bob "$work/bob.crt" C)"
}
check_nss_expired() { # check_nss_expired: NSS finds old expired
    local label="NSS: "
    check_contains "old (expired) is refused" "Peer's Certificate has expired" "$(nss_verify old "$work/old.crt" C)"
}

# After a reload the processes that still hold the old configuration (and the old CRL) may take a
# request or two; a server's reload_server hook waits for them to leave.
children_of() { # children_of PID -> the process ids of its children, one a line
    pgrep -P "$1"
}
wait_gone() { # wait_gone PID...: until none of these processes runs any more (10 s at most)
    local pid left
    for _ in $(seq 100); do
        left=0
        for pid in "$@"; do
            [ -e "/proc/$pid" ] && left=1
        done
        [ "$left" -eq 0 ] && return 0
        sleep 0.1
    done
}

# start_nginx INCLUDE [EXTRA]: writes $nginx_conf (an http block that includes INCLUDE, then the
# lines of EXTRA), checks it with nginx -t and starts nginx on it; $NGINX and $nginx_conf are set by
# the calling script.
start_nginx() {
    : "${nginx_conf:?the calling script sets nginx_conf}"
    mkdir -p "$work/logs" "$work/tmp"
    cat >"$nginx_conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log info;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
    include $1;
${2:-}
}
CONF
    "$NGINX" -p "$work" -c "$nginx_conf" -t >"$work/nginx-t.log" 2>&1 \
        || { cat "$work/nginx-t.log"; die "nginx -t rejects $1"; }
    "$NGINX" -p "$work" -c "$nginx_conf" || die "nginx does not start"
    wait_for_file "$work/nginx.pid" || die "nginx wrote no pid file"
}

# apache_main_conf ROOT SNIPPET: a main Apache configuration of our own around SNIPPET (Debian's
# /etc/apache2 layout wants its envvars), everything under ROOT (run/, logs/, mime.types).
apache_main_conf() {
    local root=$1 modules=/usr/lib/apache2/modules
    mkdir -p "$root/run" "$root/logs"
    : >"$root/mime.types"
    cat <<CONF
ServerRoot $root
ServerName localhost
PidFile $root/run/httpd.pid
DefaultRuntimeDir $root/run
Mutex file:$root/run default
ErrorLog $root/logs/error.log
LogLevel info ssl:info
User nobody
Group nogroup
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule setenvif_module $modules/mod_setenvif.so
LoadModule headers_module $modules/mod_headers.so
LoadModule proxy_module $modules/mod_proxy.so
LoadModule proxy_http_module $modules/mod_proxy_http.so
LoadModule socache_shmcb_module $modules/mod_socache_shmcb.so
LoadModule ssl_module $modules/mod_ssl.so
TypesConfig $root/mime.types
SSLSessionCache shmcb:$root/run/ssl_scache(512000)
# Room for a second generation of children during a graceful restart.
StartServers 1
ServerLimit 4
ThreadsPerChild 8
MaxRequestWorkers 16
Include $2
CONF
}
