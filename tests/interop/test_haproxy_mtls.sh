#!/usr/bin/env bash
# End to end with a real HAProxy on 127.0.0.1, configured only from the files that
# `signet-cli config haproxy` wrote (appended to a main configuration that holds nothing but the
# global and defaults sections), for a root -> intermediate -> leaf chain: a client certificate is
# accepted, no certificate is refused, a certificate from another CA is refused, and after
# revoke + crl + config again + reload the revoked certificate is refused while the others still pass.
set -uo pipefail

CLI=${SIGNET_CLI:?SIGNET_CLI must point to signet-cli}
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$HAPROXY" ] || { echo "haproxy is not installed (the README's test command installs it)"; exit 1; }

work=$(mktemp -d)
main_cfg="$work/haproxy-main.cfg"
pidfile="$work/haproxy.pid"
backend_pid=
stop_haproxy() { # stop_haproxy PID... (only while the pid is still one of our HAProxy processes)
    local pid
    for pid in "$@"; do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = haproxy ] && kill "$pid" 2>/dev/null
    done
}
cleanup() {
    # After a -sf reload the old process may still be finishing.
    [ -s "$pidfile" ] && stop_haproxy $(cat "$pidfile")
    stop_haproxy ${old_pids:-}
    [ -n "$backend_pid" ] && kill "$backend_pid" 2>/dev/null
    sleep 0.2
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
    cli config haproxy --server web --client-ca Clients --out "$work/conf" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" >"$work/config.out"
}
configure || die "config haproxy"
snippet="$work/conf/haproxy.cfg"
[ -f "$snippet" ] || die "config haproxy wrote no haproxy.cfg: $(ls "$work/conf")"
check_contains "config prints a curl test line" "curl --cert" "$(cat "$work/config.out")"
bind=$(grep -E '^\s*bind ' "$snippet")
check "the snippet binds one port" "1" "$(grep -c . <<<"$bind")"
check_contains "the bind line listens on the port" "bind :$port ssl " "$bind"
check_contains "the bind line requires a client certificate" " verify required" "$bind"
check_contains "the bind line names the client CA bundle" " ca-file $work/conf/client-ca.pem " "$bind"
check_contains "the bind line names the CRL bundle" " crl-file $work/conf/client-crl.pem " "$bind"
check_contains "the bind line uses the combined certificate + key" " crt $work/conf/server.pem " "$bind"
check "server.pem (certificate + key) is 0600" "600" "$(stat -c %a "$work/conf/server.pem")"
grep -q 'BEGIN PRIVATE KEY' "$work/conf/server.pem"
check "server.pem holds the key" "0" "$?"
check "CRL bundle holds a CRL for each CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"

# The application behind the proxy: echoes the client DN that HAProxy passed on.
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

# The main configuration: global + defaults only, then the snippet exactly as written.
build_main() {
    cat >"$main_cfg" <<CONF
global
    maxconn 100

defaults
    mode http
    timeout connect 5s
    timeout client 10s
    timeout server 10s

CONF
    cat "$snippet" >>"$main_cfg"
}
build_main
"$HAPROXY" -c -f "$main_cfg" >"$work/haproxy-c.log" 2>&1 || { cat "$work/haproxy-c.log"; die "haproxy -c rejects the configuration"; }
check "haproxy -c has no warning about the snippet" "Configuration file is valid" "$(cat "$work/haproxy-c.log")"
"$HAPROXY" -f "$main_cfg" -D -p "$pidfile" >"$work/haproxy.log" 2>&1 || { cat "$work/haproxy.log"; die "haproxy does not start"; }
for _ in $(seq 50); do [ -s "$pidfile" ] && break; sleep 0.1; done
[ -s "$pidfile" ] || die "haproxy wrote no pid file"

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
# TLS 1.3: the handshake completes on the client's side, then HAProxy sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56).
out=$(request none)
check "no client certificate is refused" "000 56" "$(status "$out")"
check_contains "HAProxy says a certificate is required" "alert certificate required" "$out"
out=$(request mallory)
check "a certificate from another CA is refused" "000 56" "$(status "$out")"
check_contains "HAProxy says the CA is unknown" "alert unknown ca" "$out"

cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
cli crl Clients >/dev/null || die "crl Clients"
configure || die "config haproxy again"
check "the refreshed bundle still holds a CRL per CA" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
verify() { openssl verify -crl_check_all -CAfile "$work/conf/client-ca.pem" -CRLfile "$work/conf/client-crl.pem" "$work/$1.crt" 2>&1; }
check_contains "openssl finds alice revoked in the new bundle" "certificate revoked" "$(verify alice)"
check_contains "openssl still accepts bob with the new bundle" "$work/bob.crt: OK" "$(verify bob)"

# Reload: a new process takes over the socket, the old one (-sf) finishes and leaves.
build_main
"$HAPROXY" -c -f "$main_cfg" >"$work/haproxy-c.log" 2>&1 || { cat "$work/haproxy-c.log"; die "haproxy -c rejects the new configuration"; }
old_pids=$(cat "$pidfile")
"$HAPROXY" -f "$main_cfg" -D -p "$pidfile" -sf $old_pids >>"$work/haproxy.log" 2>&1 || { cat "$work/haproxy.log"; die "haproxy reload"; }
for _ in $(seq 50); do
    out=$(request alice)
    [ "$(status "$out")" = "000 56" ] && break
    sleep 0.2
done
check "alice is refused after revoke + crl + config + reload" "000 56" "$(status "$out")"
check_contains "HAProxy says the certificate is revoked" "alert certificate revoked" "$out"
out=$(request bob)
check "bob is still accepted" "200 0" "$(status "$out")"
check_contains "the backend sees bob's DN" "CN=bob" "$out"
out=$(request mallory)
check "mallory is still refused" "000 56" "$(status "$out")"
for _ in $(seq 50); do kill -0 $old_pids 2>/dev/null || break; sleep 0.1; done
kill -0 $old_pids 2>/dev/null
check "the old HAProxy process left after the reload" "1" "$?"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
