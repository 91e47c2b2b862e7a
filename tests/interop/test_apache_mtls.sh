#!/usr/bin/env bash
# End to end with a real Apache httpd (mod_ssl) on 127.0.0.1, configured only from the files that
# `signet-cli config apache` wrote, for a root -> intermediate -> leaf chain:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, and after revoke + crl + config again + graceful restart the revoked certificate is
# refused while the others still pass.
# shellcheck disable=SC2317 # the hooks and commands that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

APACHE=$(server_binary apache2) || exit 1
MODULES=/usr/lib/apache2/modules
[ -f "$MODULES/mod_ssl.so" ] || { echo "mod_ssl is missing from $MODULES"; exit 1; }
chmod 755 "$work" # children run as nobody
httpd_conf="$work/httpd.conf"
stop_server() {
    [ -s "$work/run/httpd.pid" ] && "$APACHE" -f "$httpd_conf" -k stop 2>/dev/null
    for _ in $(seq 50); do [ -s "$work/run/httpd.pid" ] || break; sleep 0.1; done
}
reload_server() {
    old_pid=$(cat "$work/run/httpd.pid")
    "$APACHE" -f "$httpd_conf" -k graceful || die "apache2 -k graceful"
}

make_pki
write_config apache apache.conf
conf="$work/conf/apache.conf"
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

start_backend

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
wait_for_file "$work/run/httpd.pid" || { cat "$work/logs/error.log"; die "apache2 wrote no pid file"; }

# TLS 1.3: the handshake completes on the client's side, then Apache sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56).
accepted="200 0"
refused="000 56"
wait_for_status alice "$accepted"
check_clients Apache "alert certificate required" "alert unknown ca"

revoke_alice republish apache
check "alice is refused after revoke + crl + config + graceful" "$refused" "$(status "$out")"
check_contains "Apache says the certificate is revoked" "alert certificate revoked" "$out"
check_accepted "bob is still accepted" bob
check_refused "mallory is still refused" mallory
check "the graceful restart kept the parent process" "$old_pid" "$(cat "$work/run/httpd.pid")"
grep -q "certificate revoked" "$work/logs/error.log"
check "Apache's log names the revocation" "0" "$?"
check "mod_ssl logged no warning or error" "" "$(grep -E '\[ssl:(warn|error|crit|alert|emerg)\]' "$work/logs/error.log")"

finish
