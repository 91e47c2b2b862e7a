#!/usr/bin/env bash
# The deployment kit against real servers: nginx, then HAProxy, each started on 127.0.0.1 from the
# files that `signet-cli kit` wrote, judged by the kit's own test-mtls.sh. It passes with a valid
# client certificate and sees the refusal without one (nginx answers 400, HAProxy ends the
# handshake); it fails for a certificate from another CA and, after revoke + crl --bundle + reload,
# for the revoked one, which `signet-cli check` refuses too.
# shellcheck disable=SC2317 # the hooks and commands that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

NGINX=$(server_binary nginx) || exit 1
HAPROXY=$(server_binary haproxy) || exit 1
chmod 755 "$work" # nginx workers run as nobody
kit="$work/kit"
nginx_conf="$work/nginx-main.conf"
haproxy_cfg="$work/haproxy-main.cfg"
haproxy_pid="$work/haproxy.pid"
stop_server() {
    [ -f "$work/nginx.pid" ] && "$NGINX" -p "$work" -c "$nginx_conf" -s stop 2>/dev/null
    if [ -s "$haproxy_pid" ]; then
        local pid
        pid=$(head -n 1 "$haproxy_pid")
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = haproxy ] && kill "$pid" 2>/dev/null
    fi
    sleep 0.2
}

# mtls CERT_NAME [VAR=VALUE...]: the kit's test-mtls.sh with CERT_NAME's files; its output in $out,
# its exit status in $rc.
mtls() {
    local who=$1
    shift
    out=$(env "$@" "$kit/test-mtls.sh" "$work/$who.crt" "$work/$who.key" 2>&1)
    rc=$?
}
wait_for_mtls() { # wait_for_mtls CERT_NAME RC: runs mtls again (10 s at most) while the server starts or reloads
    for _ in $(seq 50); do
        mtls "$1"
        [ "$rc" = "$2" ] && return
        sleep 0.2
    done
}
# kit_checks SERVER REFUSAL: test-mtls.sh against the running SERVER, whose refusal of a request
# without a certificate the script reports as REFUSAL.
kit_checks() {
    wait_for_mtls bob 0
    check "$1: test-mtls.sh passes with bob's certificate" "0" "$rc"
    check_contains "$1: bob gets HTTP 200" "ok   - with $work/bob.crt: HTTP 200" "$out"
    check_contains "$1: the request without a certificate is refused" "ok   - without a client certificate: $2" "$out"
    check_contains "$1: test-mtls.sh sums up" "mutual TLS on localhost:$port works" "$out"
    out=$(CLIENT_CERT="$work/bob.crt" CLIENT_KEY="$work/bob.key" SERVER_IP=127.0.0.1 "$kit/test-mtls.sh" 2>&1)
    check "$1: test-mtls.sh takes CLIENT_CERT, CLIENT_KEY and SERVER_IP from the environment" "0" "$?"
    mtls mallory
    check "$1: test-mtls.sh fails with a certificate from another CA" "1" "$rc"
    check_contains "$1: it names the failing check" "FAIL - with $work/mallory.crt" "$out"
    check_contains "$1: the refusal without a certificate still passes" "ok   - without a client certificate" "$out"
    mtls bob SERVER_PORT="$(free_port)"
    check "$1: test-mtls.sh fails when nothing listens" "1" "$rc"
    check_contains "$1: no connection proves no refusal" "FAIL - without a client certificate: curl exit 7" "$out"
}

make_pki
cli kit web --out "$kit" --port "$port" --backend "http://127.0.0.1:$backend_port" >"$work/kit.out" || die "kit"
check_contains "kit lists test-mtls.sh" "$kit/test-mtls.sh" "$(cat "$work/kit.out")"
check "the kit's server key is 0600" "600" "$(stat -c %a "$kit/server.key")"
check "test-mtls.sh is executable" "yes" "$([ -x "$kit/test-mtls.sh" ] && echo yes)"
bash -n "$kit/test-mtls.sh"
check "test-mtls.sh is valid bash" "0" "$?"
start_backend

# --- nginx, with the kit's nginx.conf included in the http block --------------------------------
start_nginx "$kit/nginx.conf"

kit_checks nginx "refused with HTTP 400"
mtls alice
check "nginx: test-mtls.sh passes with alice's certificate" "0" "$rc"

cli revoke alice --reason keyCompromise >/dev/null || die "revoke alice"
cli crl Clients --bundle --out "$kit/client-crl.pem" --force >/dev/null || die "crl --bundle"
"$NGINX" -p "$work" -c "$nginx_conf" -s reload || die "nginx reload"
wait_for_mtls alice 1
check "nginx: test-mtls.sh fails for alice after revoke + crl + reload" "1" "$rc"
check_contains "nginx: the revoked certificate gets an HTTP error" "FAIL - with $work/alice.crt: expected HTTP 200, got HTTP 400" "$out"
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"
mtls bob
check "nginx: bob still passes" "0" "$rc"
check_out=$(cli check web alice 2>&1)
check "check refuses the revoked client too" "1" "$?"
check_contains "check names the revocation" "TLS 1.3: refused by the server: certificate revoked" "$check_out"
check_out=$(cli check web bob 2>&1)
check "check accepts bob" "0" "$?"
stop_server
rm -f "$work/nginx.pid"

# --- HAProxy, with the kit's haproxy.cfg after global and defaults -------------------------------
{
    printf 'global\n    maxconn 100\n\ndefaults\n    mode http\n    timeout connect 5s\n'
    printf '    timeout client 10s\n    timeout server 10s\n\n'
    cat "$kit/haproxy.cfg"
} >"$haproxy_cfg"
"$HAPROXY" -c -f "$haproxy_cfg" >"$work/haproxy-c.log" 2>&1 || { cat "$work/haproxy-c.log"; die "haproxy -c rejects the kit's haproxy.cfg"; }
"$HAPROXY" -f "$haproxy_cfg" -D -p "$haproxy_pid" >"$work/haproxy.log" 2>&1 || { cat "$work/haproxy.log"; die "haproxy does not start"; }
wait_for_file "$haproxy_pid" || die "haproxy wrote no pid file"

kit_checks HAProxy "the TLS handshake is refused"
mtls alice
check "HAProxy: test-mtls.sh fails for the revoked alice" "1" "$rc"

finish
