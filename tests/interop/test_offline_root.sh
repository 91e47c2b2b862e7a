#!/usr/bin/env bash
# The offline root, end to end with a real nginx on 127.0.0.1: the root lives in a workspace of its
# own (A); the online issuing CA (workspace B) is made with `ca create --csr-out`, A signs its request
# with `sign --profile ca --path-len 0`, B imports the signed CA certificate and A's root and issues
# a server and client certificates. openssl verifies the chain. The root's CRL, published in A where
# its key is, is imported into B; then nginx, configured only from what `signet-cli config nginx`
# wrote in B, accepts B's clients, refuses a client without a certificate, one from another CA and,
# after revoke + crl --bundle + reload, the revoked one.
# shellcheck disable=SC2317 # the hooks that lib.sh calls look unreachable
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
offline() { "$CLI" --workspace "$work/offline.signet" --password-file "$work/pw" "$@"; }

# ---- A: the offline root. B (cli): the issuing CA, its key made in B, its certificate signed in A.
offline init >/dev/null || die "init A"
offline ca create Root --subject "/C=ES/O=Offline/CN=Offline Root" --path-len 1 >/dev/null || die "root CA in A"
cli init >/dev/null || die "init B"
cli ca create Issuing --subject "CN=Online Issuing,O=Offline,C=ES" --csr-out "$work/issuing.csr" >/dev/null \
    || die "ca create --csr-out in B"
check_contains "B lists the CA request as pending" "Issuing" "$(cli csr list)"
check "openssl verifies the CA request's signature" "0" "$(openssl req -in "$work/issuing.csr" -noout -verify >/dev/null 2>&1; echo $?)"
offline sign Root "$work/issuing.csr" --profile ca --path-len 0 --name Issuing >/dev/null || die "sign --profile ca in A"
offline export Issuing --format pem --out "$work/issuing.crt" >/dev/null || die "export Issuing from A"
offline export Root --format pem --out "$work/root.crt" >/dev/null || die "export Root from A"
check_contains "the intermediate has CA:TRUE and path length 0" "CA:TRUE, pathlen:0" \
    "$(openssl x509 -in "$work/issuing.crt" -noout -ext basicConstraints)"

cli import "$work/issuing.crt" "$work/root.crt" >"$work/import.out" || die "import in B"
check_contains "B attaches the request's key to the signed CA" "attached the private key of 'Issuing'" "$(cat "$work/import.out")"
check_contains "no request is pending any more" "no certificate request waits" "$(cli csr list)"
cli issue server Issuing --dns localhost --ip 127.0.0.1 --name web >/dev/null || die "server certificate from B"
for who in alice bob; do
    cli issue client Issuing --cn "$who" >/dev/null || die "client $who from B"
    cli export "$who" --format pem --out "$work/$who.crt" >/dev/null || die "export $who"
    cli export "$who" --format key --out "$work/$who.key" >/dev/null || die "export $who key"
done
check "openssl verifies alice with the root and the intermediate" "$work/alice.crt: OK" \
    "$(openssl verify -CAfile "$work/root.crt" -untrusted "$work/issuing.crt" "$work/alice.crt" 2>&1)"

# A client of a CA that is not in the chain.
{ other init && other ca create Stranger --subject "CN=Stranger CA" && other issue client Stranger --cn mallory \
    && other export mallory --format pem --out "$work/mallory.crt" \
    && other export mallory --format key --out "$work/mallory.key"; } >/dev/null || die "foreign CA"

# ---- nginx from `signet-cli config` in B. Its CRL file needs a CRL of every CA in the chain: the
# root's is signed in A, the only workspace with its key, and imported into B.
config_b() { cli config nginx --server web --client-ca Issuing --out "$work/conf" --port "$port" \
    --backend "http://127.0.0.1:$backend_port" >"$work/config.out" 2>&1; }
config_b
check "config in B needs the root's CRL first" "1" "$?"
check_contains "and says where it comes from" "import a current CRL of it" "$(cat "$work/config.out")"
offline crl Root --out "$work/root.crl" >/dev/null || die "crl Root in A"
cli import "$work/root.crl" >"$work/import-crl.out" || die "import the root's CRL into B"
check_contains "B takes the offline root's CRL" "imported a newer CRL of CA 'Offline Root'" "$(cat "$work/import-crl.out")"
config_b || { cat "$work/config.out"; die "config nginx in B"; }
check "the CRL file holds the root's and the intermediate's CRL" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
check "verify depth is the client chain length" "2" "$(awk '/ssl_verify_depth/ {gsub(";","",$2); print $2}' "$work/conf/nginx.conf")"
start_nginx "$work/conf/nginx.conf" "    server {
        listen 127.0.0.1:$backend_port;
        location / { return 200 \"hello \$http_x_ssl_client_dn\\n\"; }
    }"

accepted="200 0"
refused="400 0"
wait_for_status alice "$accepted"
check_accepted "alice (issued in B) is accepted" alice
check_accepted "bob (issued in B) is accepted" bob
check_refused "no client certificate is refused" none
check_contains "nginx says a certificate is required" "No required SSL certificate" "$out"
check_refused "a certificate from another CA is refused" mallory

cli revoke bob --reason keyCompromise >/dev/null || die "revoke bob"
cli crl Issuing --bundle --out "$work/conf/client-crl.pem" --force >/dev/null || die "crl Issuing --bundle in B"
check "the new bundle still holds both CRLs" "2" "$(grep -c 'BEGIN X509 CRL' "$work/conf/client-crl.pem")"
reload_server
wait_for_status bob "$refused"
check_refused "bob is refused after revoke + crl + reload" bob
check_accepted "alice is still accepted" alice
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"

finish
