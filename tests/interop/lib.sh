# shellcheck shell=bash
# What the interop tests share; each tests/interop/test_*.sh sources it (it is no test by itself):
# the checks and the summary line, signet-cli on two workspaces, the PKI every test serves, the
# backend behind the proxy, curl as the client, and the revoke -> CRL -> reload flow.
#
# Sourcing it makes $work (a temporary folder, removed on exit) and sets the exit trap. A test
# defines two hooks for its server, stop_server (called on exit, whether the server runs or not)
# and reload_server (called by revoke_alice), and before its first request it sets `accepted` and
# `refused`: what `status` says about a request its server lets through and about one it turns away.
set -uo pipefail

CLI=${SIGNET_CLI:?SIGNET_CLI must point to signet-cli}

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
configure() { # configure SERVER: `signet-cli config SERVER` into $work/conf, its output in $work/config.out
    cli config "$1" --server web --client-ca Clients --out "$work/conf" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" >"$work/config.out"
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

request() { # request CERT_NAME|none -> "STATUS CURL_EXIT BODY CURL_ERROR"
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
    configure "$1" || die "config $1 again"
}
