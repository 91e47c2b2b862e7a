#!/usr/bin/env bash
# Migration, end to end with a real nginx on 127.0.0.1: an `openssl ca` folder (made by `openssl ca`,
# then moved), an EasyRSA pki (made by Debian's easy-rsa) and an XCA database (made by Debian's xca
# from its command line), each with a client revoked for
# keyCompromise, come over with `signet-cli import-ca`. The next CRL Signet signs still lists the
# revoked serial with its original time and reason and continues the old CRL numbers; nginx,
# configured only from what `signet-cli config nginx` wrote, accepts the valid client and refuses
# the revoked one.
# shellcheck disable=SC2317 # the hooks that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
# shellcheck source=../support/ca_fixtures.sh
source "$(dirname "$0")/../support/ca_fixtures.sh"
# shellcheck source=../support/xca_fixture.sh
source "$(dirname "$0")/../support/xca_fixture.sh"

NGINX=$(server_binary nginx) || exit 1
chmod 755 "$work" # nginx workers run as nobody
nginx_conf="$work/nginx-main.conf"
stop_server() {
    [ -f "$work/nginx.pid" ] && "$NGINX" -p "$work" -c "$nginx_conf" -s stop 2>/dev/null
    wait_gone "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null
    rm -f "$work/nginx.pid"
}
printf 'old-ca-secret\n' >"$work/old-ca-password"

# migrate KIND CA_NAME OLD_REVOCATION_TIME OLD_CRL_NUMBER: with the CA imported as CA_NAME and the
# clients' files in $work/KIND-clients, checks bob's revocation on Signet's next CRL and nginx.
migrate_and_serve() {
    local kind=$1 ca=$2 old_crl_number=$3
    local bob_serial revoked_at
    bob_serial=$(openssl x509 -in "$work/$kind-clients/bob.crt" -noout -serial | cut -d= -f2)
    label="$kind: "
    check_contains "bob is listed revoked" "revoked" "$(cli list --status revoked | grep -w bob)"

    cli crl "$ca" --out "$work/$kind.crl" >/dev/null || die "crl $ca"
    local text
    text=$(openssl crl -in "$work/$kind.crl" -noout -text)
    check_contains "Signet's CRL lists bob's serial" "Serial Number: $bob_serial" "$text"
    check_contains "with the reason keyCompromise" "Key Compromise" "$text"
    revoked_at=$(grep -A1 "Serial Number: $bob_serial" <<<"$text" | sed -n 's/.*Revocation Date: //p')
    check "with the original revocation time" "$4" "$revoked_at"
    local number
    number=$(openssl crl -in "$work/$kind.crl" -noout -crlnumber | cut -d= -f2)
    check "the CRL number ($number) continues above the old CA's (0x$old_crl_number)" "1" "$(( number > 0x$old_crl_number ))"
    check "openssl verifies the CRL with the old CA certificate" "0" \
        "$(openssl crl -in "$work/$kind.crl" -noout -CAfile "$work/$kind-ca.pem" >/dev/null 2>&1; echo $?)"

    cli issue server "$ca" --dns localhost --ip 127.0.0.1 --name "web-$kind" >/dev/null || die "server from $ca"
    rm -rf "$work/conf"
    cli config nginx --server "web-$kind" --client-ca "$ca" --out "$work/conf" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" >"$work/config.out" || die "config nginx for $ca"
    cp "$work/$kind-clients/"*.crt "$work/$kind-clients/"*.key "$work/"
    rm -f "$work/logs/error.log"
    start_nginx "$work/conf/nginx.conf"
    accepted="200 0"
    refused="400 0"
    wait_for_status alice "$accepted"
    check_accepted "alice, valid in the old CA, is accepted" alice
    check_refused "bob, revoked in the old CA, is refused" bob
    check_contains "nginx's log says bob's certificate is revoked" "certificate revoked" "$(cat "$work/logs/error.log")"
    check_refused "no client certificate is refused" none
    stop_server
    label=
}

start_backend
cli init >/dev/null || die "init"

# ---- openssl ca: an encrypted CA key, two CRLs numbered 0x1000 and 0x1001, crlnumber at 0x1002.
make_openssl_ca "$work/old-openssl-ca" "Old OpenSSL CA" "$work/openssl-clients" || die "openssl ca fixture"
cp "$work/old-openssl-ca/certs/ca.cert.pem" "$work/openssl-ca.pem"
old_revoked=$(openssl crl -in "$work/old-openssl-ca/crl/ca.crl.pem" -noout -text | sed -n 's/.*Revocation Date: //p')
cli import-ca "$work/old-openssl-ca" --import-password-file "$work/old-ca-password" --name "Old OpenSSL CA" \
    >"$work/import.out" || die "import-ca openssl: $(cat "$work/import.out")"
check_contains "the report names bob's revocation" "revoked: bob" "$(cat "$work/import.out")"
check_contains "the report gives the next CRL number (0x1002)" "the next CRL is number 4098" "$(cat "$work/import.out")"
migrate_and_serve openssl "Old OpenSSL CA" 1001 "$old_revoked"

# ---- EasyRSA: its CRL has no number; a request was never signed.
make_easyrsa_pki "$work/old-easyrsa" "Old EasyRSA CA" "$work/easyrsa-clients" || die "easy-rsa fixture"
cp "$work/old-easyrsa/pki/ca.crt" "$work/easyrsa-ca.pem"
old_revoked=$(openssl crl -in "$work/old-easyrsa/pki/crl.pem" -noout -text | sed -n 's/.*Revocation Date: //p')
cli import-ca "$work/old-easyrsa" >"$work/import.out" || die "import-ca easyrsa: $(cat "$work/import.out")"
check_contains "the report names bob's revocation" "revoked: bob" "$(cat "$work/import.out")"
check_contains "the request never signed comes along" "request waiting to be signed: 'carol'" "$(cat "$work/import.out")"
migrate_and_serve easyrsa "Old EasyRSA CA" 0 "$old_revoked"
cli sign "Old EasyRSA CA" --request carol --profile client >/dev/null || die "sign --request carol"
check "the certificate signed for carol's request has her key and name" "True carol" \
    "$(cli show carol --json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["hasKey"], d["name"])')"
check_contains "and no request waits any more" "no certificate request waits" "$(cli csr list)"

# ---- XCA: bob's revocation in XCA's own list (from a CRL numbered 0x1001 it imported); a request
# that was never signed.
make_xca_database "$work/old-xca" "Old XCA CA" "$work/xca-clients" || die "xca fixture"
cp "$work/old-xca/openssl/ca.crt" "$work/xca-ca.pem"
old_revoked=$(openssl crl -in "$work/old-xca/openssl/ca.crl" -noout -text | sed -n 's/.*Revocation Date: //p')
printf 'xca-secret\n' >"$work/xca-password"
cli import-ca "$work/old-xca/ca.xdb" --import-password-file "$work/xca-password" >"$work/import.out" \
    || die "import-ca xca: $(cat "$work/import.out")"
check_contains "the report names bob's revocation" "revoked: bob" "$(cat "$work/import.out")"
check_contains "the request never signed comes along" "request waiting to be signed: 'carol (2)'" "$(cat "$work/import.out")"
check_contains "the report gives the next CRL number (0x1002)" "the next CRL is number 4098" "$(cat "$work/import.out")"
check_contains "XCA's server template becomes a Signet template" "template: 'TLS_server'" "$(cat "$work/import.out")"
check_contains "its CA template is reported instead" "XCA template 'CA': not brought along: a CA template" \
    "$(cat "$work/import.out")"
check "TLS_server: a server profile, 365 days, the CN copied into the DNS names" "server 365 ['{cn}']" \
    "$(cli template show TLS_server --json | python3 -c 'import json, sys; d = json.load(sys.stdin)["template"]; print(d["profile"], d["days"], d["dnsPatterns"])')"
migrate_and_serve xca "Old XCA CA" 1001 "$old_revoked"

check "the workspace verifies intact after the three migrations" "0" "$(cli verify >/dev/null 2>&1; echo $?)"
check "one audit record per migration" "3" "$(cli audit --action import-ca | grep -c import-ca)"
finish
