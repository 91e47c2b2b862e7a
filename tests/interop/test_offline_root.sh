#!/usr/bin/env bash
# The offline root, end to end with a real nginx on 127.0.0.1: the root lives in a workspace of its
# own (A); the online issuing CA (workspace B) is made with `ca create --csr-out`, A signs its request
# with `sign --profile ca --path-len 0`, B imports the signed CA certificate and A's root and issues
# a server and client certificates. openssl verifies the chain; nginx, configured with B's chain and
# both CAs' CRLs (the root's published in A, where its key is), accepts B's client, refuses a client
# without a certificate, one from another CA and, after revoke + crl + reload, the revoked one.
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

# ---- nginx with B's chain and key, both CAs for the clients and a CRL of each: the root's comes
# from A, the only workspace that can sign it.
mkdir -p "$work/conf" || die "mkdir conf"
cli export web --format chain --out "$work/conf/server.crt" >/dev/null || die "export web chain"
cli export web --format key --out "$work/conf/server.key" >/dev/null || die "export web key"
cp "$work/root.crt" "$work/conf/server-ca.pem" || die "server-ca.pem"
cat "$work/issuing.crt" "$work/root.crt" >"$work/conf/client-ca.pem" || die "client-ca.pem"
publish_crls() { # both CRLs into the file nginx reads
    cli crl Issuing --out "$work/issuing.crl" >/dev/null || die "crl Issuing in B"
    offline crl Root --out "$work/root.crl" >/dev/null || die "crl Root in A"
    cat "$work/issuing.crl" "$work/root.crl" >"$work/conf/client-crl.pem" || die "client-crl.pem"
}
publish_crls
cat >"$work/conf/nginx.conf" <<CONF
server {
    listen 127.0.0.1:$port ssl;
    server_name localhost;
    ssl_certificate $work/conf/server.crt;
    ssl_certificate_key $work/conf/server.key;
    ssl_client_certificate $work/conf/client-ca.pem;
    ssl_verify_client on;
    ssl_verify_depth 2;
    ssl_crl $work/conf/client-crl.pem;
    location / { return 200 "hello \$ssl_client_s_dn\n"; }
}
CONF
start_nginx "$work/conf/nginx.conf"

accepted="200 0"
refused="400 0"
wait_for_status alice "$accepted"
check_accepted "alice (issued in B) is accepted" alice
check_accepted "bob (issued in B) is accepted" bob
check_refused "no client certificate is refused" none
check_contains "nginx says a certificate is required" "No required SSL certificate" "$out"
check_refused "a certificate from another CA is refused" mallory

cli revoke bob --reason keyCompromise >/dev/null || die "revoke bob"
publish_crls
reload_server
wait_for_status bob "$refused"
check_refused "bob is refused after revoke + crl + reload" bob
check_accepted "alice is still accepted" alice
grep -q "certificate revoked" "$work/logs/error.log"
check "nginx's log names the revocation" "0" "$?"

finish
