#!/usr/bin/env bash
# Each server configuration admits exactly whom its header names, on real nginx, Apache httpd,
# HAProxy and Node.js: with --client-ca Issuing, clients of Issuing and of Team (a CA below it) get
# through; a client issued directly by the root (whose certificate is in the trust file) gets 403;
# a client of Sibling (another intermediate of the same root) is refused; with --allow rules, a
# client of Issuing whose OU is not listed gets 403. Every server passes the same RFC 2253 subject
# to the backend, and `signet-cli check` says what the servers do. The issuing CA's name holds a
# comma, which each server's syntax must carry.
# shellcheck disable=SC2317 # the hooks that lib.sh calls look unreachable
set -uo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
# shellcheck source=servers.sh source-path=SCRIPTDIR
source "$(dirname "$0")/servers.sh"

chmod 755 "$work" # nginx workers and Apache children run as nobody
running=
stop_server() { [ -n "$running" ] && stop_kind "$running"; running=; }

{
    cli init
    cli ca create Root --subject "/O=Acme/CN=Scope Root"
    cli ca create Issuing --issuer Root --subject "/O=Acme, Inc./CN=Scope Issuing"
    cli ca create Team --issuer Issuing --subject "/O=Acme/CN=Scope Team"
    cli ca create Sibling --issuer Root --subject "/O=Acme/CN=Scope Sibling"
    cli issue server Issuing --dns localhost --ip 127.0.0.1 --name web
    cli issue client Issuing --subject "/O=Acme/OU=Staff/CN=alice"
    cli issue client Team --subject "/O=Acme/OU=Dev/CN=tina"
    cli issue client Issuing --subject "/O=Acme/OU=Sales/CN=dora"
    cli issue client Root --subject "/O=Acme/OU=Staff/CN=rooty"
    cli issue client Sibling --subject "/O=Acme/OU=Staff/CN=sib"
} >/dev/null || die "making the PKI"
people=(alice tina dora rooty sib)
for who in "${people[@]}"; do
    cli export "$who" --format pem --out "$work/$who.crt" >/dev/null || die "export $who"
    cli export "$who" --format key --out "$work/$who.key" >/dev/null || die "export $who key"
done
start_backend

kinds=(nginx apache haproxy node)
write_scope() { # write_scope KIND DIR [ARGS...]: config KIND for Issuing into DIR
    local kind=$1 dir=$2
    shift 2
    cli config "$kind" --server web --client-ca Issuing --out "$dir" --port "$port" \
        --backend "http://127.0.0.1:$backend_port" "$@" >"$work/config.out" || { cat "$work/config.out"; die "config $kind $*"; }
}
code_of() { read -r code _ <<<"$(request "$1")"; echo "$code"; }

# What every configuration says about itself, and its files.
write_scope nginx "$work/plain-nginx"
mkdir -p "$work/conf" && cp "$work/plain-nginx/server-ca.pem" "$work/conf/" # what request trusts the servers by
header=$(sed -n '1,8p' "$work/plain-nginx/nginx.conf")
check_contains "the header names Issuing and the CA below it" \
    'Admits only client certificates issued by "Issuing" or by a CA below it ("Team").' "$header"
check_contains "the header says who is refused with 403" "A certificate from another CA of this PKI: HTTP 403." "$header"
check "the trust file holds Issuing, Root and Team" "3" "$(grep -c 'BEGIN CERTIFICATE' "$work/plain-nginx/client-ca.pem")"
check "the CRL file holds a CRL for each of them" "3" "$(grep -c 'BEGIN X509 CRL' "$work/plain-nginx/client-crl.pem")"
check "the verify depth covers Team's clients" "3" \
    "$(awk '/ssl_verify_depth/ {gsub(";","",$2); print $2}' "$work/plain-nginx/nginx.conf")"
check_contains "the issuer is matched in nginx's own DN format, comma escaped" \
    '"CN=Scope Issuing,O=Acme\\, Inc." 1;' "$(cat "$work/plain-nginx/nginx.conf")"

# Each server with curl (OpenSSL) and gnutls-cli (GnuTLS) as clients.
client_answers curl "200 0" "refused"
client_answers gnutls "200 0" "refused"
refused_status() { local c; c=$(code_of "$1"); [ "$c" != 200 ] && [ "$c" != 403 ] && echo refused || echo "$c"; }
plain_checks() {
    out=$(request alice)
    check "a client of Issuing is admitted" "200" "$(status "$out" | cut -d' ' -f1)"
    check "the backend gets the RFC 2253 subject" "hello CN=alice,OU=Staff,O=Acme" \
        "$(grep -o 'hello [^ ]*' <<<"$out" | head -n 1 | tr -d '\r\n')"
    check "a client of Team (below Issuing) is admitted" "200" "$(code_of tina)"
    check "a client of the root itself gets 403" "403" "$(code_of rooty)"
    check "a client of the sibling CA is refused in the handshake" "refused" "$(refused_status sib)"
    check "no client certificate is refused" "refused" "$(refused_status none)"
}
rule_checks() {
    check "with rules, OU=Staff is admitted" "200" "$(code_of alice)"
    check "with rules, OU=Dev under Team is admitted" "200" "$(code_of tina)"
    check "with rules, OU=Sales gets 403" "403" "$(code_of dora)"
    check "with rules, the root's client still gets 403" "403" "$(code_of rooty)"
}
for kind in "${kinds[@]}"; do
    gnutls_hold=0
    [ "$kind" = node ] && gnutls_hold=1
    write_scope "$kind" "$work/plain-$kind" --force
    start_kind "$kind" "$work/plain-$kind"
    running=$kind
    each_client eval 'label="$kind, $label"; plain_checks'
    stop_server

    write_scope "$kind" "$work/rules-$kind" --allow "O=Acme" --allow "OU=Staff|Dev"
    start_kind "$kind" "$work/rules-$kind"
    running=$kind
    each_client eval 'label="$kind, $label"; rule_checks'
    stop_server
done
label=
check_contains "the rules are in the header" "Of those, only subjects with O=Acme and OU=Staff|Dev" \
    "$(sed -n '1,8p' "$work/rules-apache/apache.conf")"

# signet-cli check says what the servers do.
run_check() { cli check web "$@" 2>&1; }
check_contains "check admits a client of Team" "TLS 1.3: ok" "$(run_check tina --client-ca Issuing)"
check_contains "check gives the root's client 403" "HTTP 403: 'rooty' was issued by" "$(run_check rooty --client-ca Issuing)"
check_contains "check refuses the sibling's client in the handshake" "TLS 1.3: refused by the server" \
    "$(run_check sib --client-ca Issuing)"
check_contains "check applies --allow" "HTTP 403: the subject of 'dora' does not have OU=Staff|Dev" \
    "$(run_check dora --client-ca Issuing --allow "OU=Staff|Dev")"

# A revoked client CA would make every client fail: refused unless forced.
cli revoke Sibling >/dev/null || die "revoke Sibling"
out=$(cli config nginx --server web --client-ca Sibling --out "$work/revoked" --port "$port" 2>&1)
check "a revoked client CA is refused" "1" "$?"
check_contains "the refusal says why and how to override" "was revoked on" "$out"
check_contains "the refusal names --force" "add --force to write it anyway" "$out"
check "nothing was written" "no" "$([ -e "$work/revoked/nginx.conf" ] && echo yes || echo no)"
cli config nginx --server web --client-ca Sibling --out "$work/revoked" --port "$port" --force >/dev/null
check "--force writes it" "yes" "$([ -e "$work/revoked/nginx.conf" ] && echo yes || echo no)"

# What a server's syntax cannot carry is refused, and a path with % is written as it is.
out=$(cli config nginx --server web --client-ca Issuing --out "$work/a\$b" 2>&1)
check_contains "nginx refuses a '\$' in a path" "nginx cannot carry" "$out"
cli config nginx --server web --client-ca Issuing --out "$work/site%6x" >/dev/null || die "config into site%6x"
check_contains "a '%' in the folder stays as it is" "ssl_certificate     $work/site%6x/server.crt;" \
    "$(cat "$work/site%6x/nginx.conf")"
cli config apache --server web --client-ca Issuing --out "$work/with space" >/dev/null || die "config into 'with space'"
check_contains "Apache quotes a path with a space" "SSLCertificateFile    \"$work/with space/server.crt\"" \
    "$(cat "$work/with space/apache.conf")"
finish
