#!/usr/bin/env bash
# End to end with a real Apache httpd (mod_ssl) on 127.0.0.1, configured only from the files that
# `signet-cli config apache` wrote, for a root -> intermediate -> leaf chain, with curl (OpenSSL) and
# gnutls-cli (GnuTLS) as clients and NSS's certutil judging the certificates:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, after revoke + crl + config again + graceful restart the revoked certificate is refused
# while the others still pass, an expired certificate is refused, and a CRL about to expire is
# reported by `signet-cli status` before Apache, once it has expired, refuses every client, until
# crl --bundle + graceful restart.
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
reload_server() { # returns once the children with the old configuration have left
    local children
    old_pid=$(cat "$work/run/httpd.pid")
    mapfile -t children < <(children_of "$old_pid")
    "$APACHE" -f "$httpd_conf" -k graceful || die "apache2 -k graceful"
    wait_gone "${children[@]}"
}

make_matrix_pki
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

apache_main_conf "$work" "$conf" >"$httpd_conf"
"$APACHE" -t -f "$httpd_conf" >"$work/apache-t.log" 2>&1 || { cat "$work/apache-t.log"; die "apache2 -t rejects the configuration"; }
check "apache2 -t has no warning about the snippet" "Syntax OK" "$(cat "$work/apache-t.log")"
"$APACHE" -f "$httpd_conf" -k start || { cat "$work/logs/error.log"; die "apache2 does not start"; }
wait_for_file "$work/run/httpd.pid" || { cat "$work/logs/error.log"; die "apache2 wrote no pid file"; }

check_status_ok "a fresh PKI"
make_nss_db
check_nss_certificates "$work/conf/server.crt"

# TLS 1.3: the handshake completes on the client's side, then Apache sends the alert, so curl
# gets no HTTP status (000) and fails on the read (exit 56), gnutls-cli fails with exit 1.
client_answers curl "200 0" "000 56"
client_answers gnutls "200 0" "000 1"
use_client curl
wait_for_status alice "$accepted"
clients_before_revocation() {
    check_clients Apache "$(tls_alert certificate_required)" "$(tls_alert unknown_ca)"
}
each_client clients_before_revocation

revoke_alice republish apache
after_revocation() {
    check_refused "alice is refused after revoke + crl + config + graceful" alice
    check_contains "Apache says the certificate is revoked" "$(tls_alert certificate_revoked)" "$out"
    check_accepted "bob is still accepted" bob
    check_refused "mallory is still refused" mallory
}
each_client after_revocation
check "the graceful restart kept the parent process" "$old_pid" "$(cat "$work/run/httpd.pid")"
grep -q "certificate revoked" "$work/logs/error.log"
check "Apache's log names the revocation" "0" "$?"
# AH01882 only says that Debian built apache2-bin against a newer OpenSSL 3.0.x than the libssl3
# installed here; every other mod_ssl warning or error fails the test.
ssl_warnings=$(grep -E '\[ssl:(warn|error|crit|alert|emerg)\]' "$work/logs/error.log" || true)
newer_library=$(grep -E 'AH01882: Init: this version of mod_ssl was compiled against a newer library' <<<"$ssl_warnings" || true)
[ -n "$newer_library" ] && echo "note - mod_ssl: $(head -n 1 <<<"$newer_library" | sed 's/.*AH01882: //')"
check "mod_ssl logged no warning or error" "" "$(grep -vE 'AH01882: Init: this version of mod_ssl was compiled against a newer library' <<<"$ssl_warnings" || true)"
check_nss_revoked

# A CRL that expires tomorrow: Apache still serves everyone, signet-cli status warns already.
crl_expires_soon
each_client check_accepted "bob is accepted while the CRL lasts" bob
# Nobody acted: with the expired CRL Apache refuses a valid client too.
crl_expired
crl_rejects_everyone() {
    check_refused "bob (valid) is refused once the CRL expired" bob
    # OpenSSL's verify error is "CRL has expired"; mod_ssl turns it into this alert.
    check_contains "Apache says certificate unknown" "$(tls_alert certificate_unknown)" "$out"
}
each_client crl_rejects_everyone
grep -q "CRL has expired" "$work/logs/error.log"
check "Apache's log says the CRL expired" "0" "$?"
crl_renewed
each_client check_accepted "bob is accepted again after crl --bundle + graceful" bob

issue_expired_client
expired_refused() {
    check_refused "old (expired) is refused" old
    check_contains "Apache says the certificate expired" "$(tls_alert certificate_expired)" "$out"
}
each_client expired_refused
grep -q "certificate has expired" "$work/logs/error.log"
check "Apache's log says the certificate expired" "0" "$?"
check_nss_expired

finish
