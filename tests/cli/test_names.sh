#!/usr/bin/env bash
# Names and addresses as people type them, read by the same rules in core as the wizards read them:
# internationalized domains become their xn-- form, what reads as an IP address must be a valid one
# (never a DNS name), and CRL and CA certificate URLs follow one rule.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

must cli init
must cli ca create Lab --subject "CN=Names Lab Root,O=Signet Tests"

# san_of NAME: the subjectAltName of a certificate in the workspace, as openssl prints it.
san_of() {
    cli export "$1" --format pem --out "$1.pem" >/dev/null || return 1
    openssl x509 -in "$1.pem" -noout -ext subjectAltName | tail -n +2 | sed 's/^ *//'
}

# --- internationalized and upper-case names ------------------------------------------------------
must cli issue server Lab --dns bücher.example --dns WWW.Bücher.Example. --ip 192.168.1.10
assert_contains "$OUT" "issued server certificate 'xn--bcher-kva.example'" "the IDN is named in its xn-- form"
assert_eq "DNS:xn--bcher-kva.example, DNS:www.xn--bcher-kva.example, IP Address:192.168.1.10" \
    "$(san_of xn--bcher-kva.example)" "the SAN holds the xn-- forms, lower case, without the trailing dot"
run openssl x509 -in xn--bcher-kva.example.pem -noout -subject
assert_contains "$OUT" "CN = xn--bcher-kva.example" "the common name is the first name as the SAN holds it"
must cli issue server Lab --dns "*.bücher.example" --ip "FD00:0::1" --name wildcard
assert_eq "DNS:*.xn--bcher-kva.example, IP Address:FD00:0:0:0:0:0:0:1" "$(san_of wildcard)" \
    "a wildcard IDN and an IPv6 address"
must cli issue server Lab --ip ::1 --name loopback
assert_eq "IP Address:0:0:0:0:0:0:0:1" "$(san_of loopback)" "::1 is an IP address"
must cli issue client Lab --cn anna --email "anna@Bücher.example"
assert_eq "email:anna@xn--bcher-kva.example" "$(san_of anna)" "an e-mail domain in its xn-- form"

# --- what reads as an IP address is one, or an error ---------------------------------------------
unchanged 1 "'999.1.1.1' is not a valid IP address" cli issue server Lab --dns ok.example --ip 999.1.1.1
unchanged 1 "'999.1.1.1' is not a valid IP address" cli issue server Lab --dns 999.1.1.1
unchanged 1 "'192.168.1.10' is an IP address, not a DNS name" cli issue server Lab --dns 192.168.1.10
unchanged 1 "'10.1.2' is not a valid IP address" cli issue server Lab --ip 10.1.2
unchanged 1 "'a.*.example' is not a valid DNS name" cli issue server Lab --dns "a.*.example"
unchanged 1 "'anna@' is not a valid e-mail address" cli issue client Lab --cn anna2 --email anna@
assert_eq "" "$(cli list --json | grep -F '999.1.1.1')" "no certificate names the bad address"

# --- name constraints read domains the same way ---------------------------------------------------
must cli ca create Books --issuer Lab --subject "CN=Books CA" --permit-dns bücher.example
cli export Books --format pem --out books.pem >/dev/null
run openssl x509 -in books.pem -noout -ext nameConstraints
assert_contains "$OUT" "DNS:xn--bcher-kva.example" "a permitted IDN is constrained in its xn-- form"
must cli issue server Books --dns shop.bücher.example
unchanged 1 "not a domain for a name constraint" cli ca create Stars --subject "CN=Stars" --permit-dns "*.example.com"

# --- CRL and CA certificate URLs: the wizard's rule --------------------------------------------
must cli ca create Directory --subject "CN=Directory CA" \
    --crl-url "ldap://ldap.example.com/cn=Directory%20CA,dc=example?certificateRevocationList"
must cli issue server Directory --dns dir.example
cli export dir.example --format pem --out dir.pem >/dev/null
run openssl x509 -in dir.pem -noout -ext crlDistributionPoints
assert_contains "$OUT" "URI:ldap://ldap.example.com/cn=Directory%20CA,dc=example?certificateRevocationList" \
    "an ldap:// CRL URL reaches the certificates the CA issues"
unchanged 1 "is not a CRL address" cli ca create Ftp --subject "CN=Ftp CA" --crl-url ftp://pki.example.com/ca.crl
unchanged 1 "is not an address for the CA certificate" cli ca create LdapAia --subject "CN=Ldap AIA" \
    --aia-url ldap://ldap.example.com/cn=CA

# --- messages name no option of their own ----------------------------------------------------------
unchanged 1 "a client certificate needs a common name" cli issue client Lab --subject "O=Only An Organization"
assert_not_contains "$ERR" "(--cn)" "the core's message names no option"

# --- --cn and --subject together: the subject's CN wins; without one, --cn gives it ----------------
run cli issue client Lab --cn alice-cn --subject "O=Acme,C=ES"
assert_eq 0 "$RC" "issue client with --cn and a subject without CN"
run cli show alice-cn --json
assert_contains "$OUT" '"subject": "CN=alice-cn,O=Acme,C=ES"' "--cn fills the CN a --subject lacks"
run cli issue client Lab --cn ignored --subject "CN=robert,O=Acme"
run cli show robert --json
assert_contains "$OUT" '"subject": "CN=robert,O=Acme"' "a --subject's own CN wins over --cn"

finish
