#!/usr/bin/env bash
# End to end with a real HAProxy on 127.0.0.1, configured only from the files that
# `signet-cli config haproxy` wrote (appended to a main configuration that holds nothing but the
# global and defaults sections), for a root -> intermediate -> leaf chain: a client certificate is
# accepted, no certificate is refused, a certificate from another CA is refused, and after
# revoke + crl + config again + reload the revoked certificate is refused while the others still pass.
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
# Reload: a new process takes over the socket, the old one (-sf) finishes and leaves.
reload_server() {
    build_main
    "$HAPROXY" -c -f "$main_cfg" >"$work/haproxy-c.log" 2>&1 || { cat "$work/haproxy-c.log"; die "haproxy -c rejects the new configuration"; }
    mapfile -t old_pids <"$pidfile"
    "$HAPROXY" -f "$main_cfg" -D -p "$pidfile" -sf "${old_pids[@]}" >>"$work/haproxy.log" 2>&1 || { cat "$work/haproxy.log"; die "haproxy reload"; }
}

make_pki
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

# TLS 1.3: the handshake completes on the client's side, then HAProxy sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56).
accepted="200 0"
refused="000 56"
wait_for_status alice "$accepted"
check_clients HAProxy "alert certificate required" "alert unknown ca"

revoke_alice republish haproxy
check "alice is refused after revoke + crl + config + reload" "$refused" "$(status "$out")"
check_contains "HAProxy says the certificate is revoked" "alert certificate revoked" "$out"
check_accepted "bob is still accepted" bob
check_refused "mallory is still refused" mallory
for _ in $(seq 50); do kill -0 "${old_pids[@]}" 2>/dev/null || break; sleep 0.1; done
kill -0 "${old_pids[@]}" 2>/dev/null
check "the old HAProxy process left after the reload" "1" "$?"

finish
