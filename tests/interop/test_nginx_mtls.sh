#!/usr/bin/env bash
# End to end with a real nginx on 127.0.0.1, configured only from the files that
# `signet-cli config nginx` wrote, for a root -> intermediate -> leaf chain, with curl (OpenSSL) and
# gnutls-cli (GnuTLS) as clients and NSS's certutil judging the certificates:
# a client certificate is accepted, no certificate is refused, a certificate from another CA is
# refused, after revoke + crl + reload the revoked certificate is refused, an expired certificate is
# refused, and a CRL about to expire is reported by `signet-cli status` before nginx, once it has
# expired, refuses every client, until crl --bundle + reload.
# shellcheck disable=SC2317 # the hooks and commands that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

NGINX=$(server_binary nginx) || exit 1
chmod 755 "$work" # nginx workers run as nobody
nginx_conf="$work/nginx-main.conf"
stop_server() {
    [ -f "$work/nginx.pid" ] && "$NGINX" -p "$work" -c "$nginx_conf" -s stop 2>/dev/null
    sleep 0.2
}
reload_server() { # returns once the workers with the old configuration have left
    local workers
    mapfile -t workers < <(children_of "$(cat "$work/nginx.pid")")
    "$NGINX" -p "$work" -c "$nginx_conf" -s reload || die "nginx reload"
    wait_gone "${workers[@]}"
}

make_matrix_pki --email alice@example.com
write_config nginx nginx.conf
check "verify depth is the client chain length" "2" "$(awk '/ssl_verify_depth/ {gsub(";","",$2); print $2}' "$work/conf/nginx.conf")"
check "server key is 0600" "600" "$(stat -c %a "$work/conf/server.key")"

# The application behind the proxy: echoes the client DN that nginx passed on.
start_nginx "$work/conf/nginx.conf" "    server {
        listen 127.0.0.1:$backend_port;
        location / { return 200 \"hello \$http_x_ssl_client_dn\\n\"; }
    }"

check_status_ok "a fresh PKI"
make_nss_db
check_nss_certificates "$work/conf/server.crt"

# nginx finishes the handshake and answers a missing or untrusted certificate with an HTTP error.
client_answers curl "200 0" "400 0"
client_answers gnutls "200 0" "400 0"
use_client curl
each_client check_clients nginx "No required SSL certificate" "The SSL certificate error"
grep -q "unable to verify the first certificate" "$work/logs/error.log"
check "nginx's log says mallory's issuer is unknown" "0" "$?"

publish_bundle() { cli crl Clients --bundle --out "$work/conf/client-crl.pem" --force >/dev/null || die "crl --bundle"; }
revoke_alice publish_bundle
after_revocation() {
    check_refused "alice is refused after revoke + crl + reload" alice
    check_contains "nginx reports a certificate error" "The SSL certificate error" "$out"
    check_accepted "bob is still accepted" bob
    check_refused "mallory is still refused" mallory
}
each_client after_revocation
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"
check_nss_revoked

# A CRL that expires tomorrow: nginx still serves everyone, signet-cli status warns already.
crl_expires_soon
each_client check_accepted "bob is accepted while the CRL lasts" bob
# Nobody acted: with the expired CRL nginx refuses a valid client too.
crl_expired
crl_rejects_everyone() {
    check_refused "bob (valid) is refused once the CRL expired" bob
    check_contains "nginx reports a certificate error" "The SSL certificate error" "$out"
}
each_client crl_rejects_everyone
grep -q "CRL has expired" "$work/logs/error.log"
check "nginx's log says the CRL expired" "0" "$?"
crl_renewed
each_client check_accepted "bob is accepted again after crl --bundle + reload" bob

issue_expired_client
expired_refused() {
    check_refused "old (expired) is refused" old
    check_contains "nginx reports a certificate error" "The SSL certificate error" "$out"
}
each_client expired_refused
grep -q "certificate has expired" "$work/logs/error.log"
check "nginx's log says the certificate expired" "0" "$?"
check_nss_expired

finish
