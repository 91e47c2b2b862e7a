#!/usr/bin/env bash
# End to end with a real HAProxy on 127.0.0.1, configured only from the files that
# `signet-cli config haproxy` wrote (appended to a main configuration that holds nothing but the
# global and defaults sections), for a root -> intermediate -> leaf chain, with curl (OpenSSL) and
# gnutls-cli (GnuTLS) as clients and NSS's certutil judging the certificates: a client certificate is
# accepted, no certificate is refused, a certificate from another CA is refused, after
# revoke + crl + config again + reload the revoked certificate is refused while the others still
# pass, an expired certificate is refused, and a CRL about to expire is reported by
# `signet-cli status` before HAProxy, once it has expired, refuses every client, until
# crl --bundle + reload.
# shellcheck disable=SC2317 # the hooks and commands that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

HAPROXY=$(server_binary haproxy) || exit 1
main_cfg="$work/haproxy-main.cfg"
pidfile="$work/haproxy.pid"
old_pids=()
stop_haproxy() { # stop_haproxy PID... (only while the pid is still one of our HAProxy processes)
    local pid
    for pid in "$@"; do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = haproxy ] && kill "$pid" 2>/dev/null
    done
}
stop_server() {
    # After a -sf reload the old process may still be finishing.
    local pids=()
    [ -s "$pidfile" ] && mapfile -t pids <"$pidfile"
    stop_haproxy "${pids[@]}" "${old_pids[@]}"
    sleep 0.2
}
# Reload: a new process takes over the socket, the old one (-sf) finishes and leaves; returns once
# it has left.
reload_server() {
    build_main
    "$HAPROXY" -c -f "$main_cfg" >"$work/haproxy-c.log" 2>&1 || { cat "$work/haproxy-c.log"; die "haproxy -c rejects the new configuration"; }
    mapfile -t old_pids <"$pidfile"
    "$HAPROXY" -f "$main_cfg" -D -p "$pidfile" -sf "${old_pids[@]}" >>"$work/haproxy.log" 2>&1 || { cat "$work/haproxy.log"; die "haproxy reload"; }
    wait_gone "${old_pids[@]}"
}

make_matrix_pki
write_config haproxy haproxy.cfg
snippet="$work/conf/haproxy.cfg"
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

start_backend

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
wait_for_file "$pidfile" || die "haproxy wrote no pid file"

check_status_ok "a fresh PKI"
make_nss_db
check_nss_certificates "$work/conf/server.pem"

# TLS 1.3: the handshake completes on the client's side, then HAProxy sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56), gnutls-cli fails with exit 1.
client_answers curl "200 0" "000 56"
client_answers gnutls "200 0" "000 1"
use_client curl
wait_for_status alice "$accepted"
clients_before_revocation() {
    check_clients HAProxy "$(tls_alert certificate_required)" "$(tls_alert unknown_ca)"
}
each_client clients_before_revocation

revoke_alice republish haproxy
after_revocation() {
    check_refused "alice is refused after revoke + crl + config + reload" alice
    check_contains "HAProxy says the certificate is revoked" "$(tls_alert certificate_revoked)" "$out"
    check_accepted "bob is still accepted" bob
    check_refused "mallory is still refused" mallory
}
each_client after_revocation
for _ in $(seq 50); do kill -0 "${old_pids[@]}" 2>/dev/null || break; sleep 0.1; done
kill -0 "${old_pids[@]}" 2>/dev/null
check "the old HAProxy process left after the reload" "1" "$?"
check_nss_revoked

# A CRL that expires tomorrow: HAProxy still serves everyone, signet-cli status warns already.
crl_expires_soon
each_client check_accepted "bob is accepted while the CRL lasts" bob
# Nobody acted: with the expired CRL HAProxy refuses a valid client too.
crl_expired
crl_rejects_everyone() {
    check_refused "bob (valid) is refused once the CRL expired" bob
    # OpenSSL's verify error is "CRL has expired"; HAProxy answers it with this alert.
    check_contains "HAProxy says certificate expired" "$(tls_alert certificate_expired)" "$out"
}
each_client crl_rejects_everyone
crl_renewed
each_client check_accepted "bob is accepted again after crl --bundle + reload" bob

issue_expired_client
expired_refused() {
    check_refused "old (expired) is refused" old
    check_contains "HAProxy says the certificate expired" "$(tls_alert certificate_expired)" "$out"
}
each_client expired_refused
check_nss_expired

finish
