#!/usr/bin/env bash
# ca create's name constraints (--permit-dns, --permit-ip, --permit-email) and its Authority
# Information Access URL (--aia-url), with openssl judging what lands in the certificates and what
# a constrained CA's certificates may contain.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

expect_ok "$SIGNET_CLI" ca create --help
for option in --permit-dns --permit-ip --permit-email --crl-url --aia-url; do
    assert_contains "$OUT" "$option" "ca create --help offers $option"
done

must cli init
# --- a DNS-constrained CA excludes every IP address and every e-mail address ---------------------
must cli ca create Lab --subject "CN=Lab Root" --permit-dns example.test
must cli export Lab --format pem --out lab.pem
run openssl x509 -in lab.pem -noout -ext nameConstraints
assert_contains "$OUT" "X509v3 Name Constraints: critical" "the constraints are critical"
excluded=$(sed -n '/Excluded:/,$p' <<<"$OUT")
assert_contains "$excluded" "IP:0.0.0.0/0.0.0.0" "every IPv4 address is excluded"
assert_contains "$excluded" "IP:0:0:0:0:0:0:0:0/0:0:0:0:0:0:0:0" "every IPv6 address is excluded"
assert_contains "$excluded" "email:.invalid" "e-mail is excluded in the reserved domain ..."
permitted=$(sed -n '/Permitted:/,/Excluded:/p' <<<"$OUT")
assert_contains "$permitted" "DNS:example.test" "the permitted domain is there"
assert_contains "$permitted" "email:.invalid" "... and permitted only there, which leaves no address"

expect_fail 1 "the name constraints of CA 'Lab' permit no IP addresses, so IP:10.1.2.3 cannot be certified" \
    cli issue server Lab --dns www.example.test --ip 10.1.2.3
expect_fail 1 "permit no e-mail addresses, so email:dave@evil.example cannot be certified" \
    cli issue client Lab --cn dave --email dave@evil.example
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ip.key -out ip.csr \
    -subj "/CN=www.example.test" -addext "subjectAltName=DNS:www.example.test,IP:10.1.2.3"
expect_fail 1 "so IP:10.1.2.3 cannot be certified" cli sign Lab ip.csr --profile server
expect_fail 1 "so IP:10.1.2.3 cannot be certified" cli sign Lab ip.csr --profile server --force
expect_fail 1 "DNS:www.example.org lies outside the name constraints of CA 'Lab', which permit only DNS:example.test" \
    cli issue server Lab --dns www.example.org
expect_fail 1 "CA 'Lab' permit no IP addresses, so a CA below it cannot permit IP:10.0.0.0/8" \
    cli ca create Sub --issuer Lab --subject "CN=Sub" --permit-ip 10.0.0.0/8
run cli show Sub
assert_eq 1 "$RC" "the refused CA was not stored"
must cli issue server Lab --dns www.example.test
must cli issue client Lab --cn carol

# openssl on its own refuses what the CA excludes: certificates signed with the CA's exported key.
must cli export Lab --format key --out lab.key
printf '%s\n' "basicConstraints=critical,CA:FALSE" "subjectAltName=DNS:www.example.test,IP:10.1.2.3" > ip.ext
must openssl x509 -req -in ip.csr -CA lab.pem -CAkey lab.key -set_serial 0x5a1f0c3e5d6b7a88 -days 30 \
    -extfile ip.ext -out ip.pem
run openssl verify -CAfile lab.pem ip.pem
assert_eq 2 "$RC" "openssl verify refuses an IP address under the DNS-constrained CA"
assert_contains "$ERR$OUT" "excluded subtree violation" "because the IP ranges are excluded"
printf '%s\n' "basicConstraints=critical,CA:FALSE" "subjectAltName=email:dave@evil.example" > mail.ext
must openssl x509 -req -in ip.csr -CA lab.pem -CAkey lab.key -set_serial 0x5a1f0c3e5d6b7a89 -days 30 \
    -extfile mail.ext -out mail.pem
run openssl verify -CAfile lab.pem mail.pem
assert_eq 2 "$RC" "openssl verify refuses an e-mail address under the DNS-constrained CA"
printf '%s\n' "basicConstraints=critical,CA:FALSE" "subjectAltName=DNS:www.example.test" > dns.ext
must openssl x509 -req -in ip.csr -CA lab.pem -CAkey lab.key -set_serial 0x5a1f0c3e5d6b7a8a -days 30 \
    -extfile dns.ext -out dns.pem
assert_cmd "openssl verify accepts a permitted DNS name" openssl verify -CAfile lab.pem dns.pem

# --- --permit-ip and --permit-email ------------------------------------------------------------------
must cli ca create Office --subject "CN=Office Root" --permit-dns office.test --permit-ip 192.168.10.0/24 \
    --permit-ip fd00:10::/32 --permit-email office.test
must cli issue server Office --dns nas.office.test --ip 192.168.10.20 --ip fd00:10::20
must cli issue client Office --cn anna --email anna@office.test
expect_fail 1 "IP:192.168.11.20 lies outside the name constraints of CA 'Office', which permit only IP:192.168.10.0/24, IP:fd00:10::/32" \
    cli issue server Office --dns nas2.office.test --ip 192.168.11.20
expect_fail 1 "email:bob@mail.office.test lies outside the name constraints of CA 'Office', which permit only email:office.test" \
    cli issue client Office --cn bob --email bob@mail.office.test
must cli export Office --format pem --out office.pem
run openssl x509 -in office.pem -noout -ext nameConstraints
assert_contains "$OUT" "IP:192.168.10.0/255.255.255.0" "the IPv4 range is permitted"
assert_contains "$OUT" "IP:FD00:10:0:0:0:0:0:0/FFFF:FFFF:0:0:0:0:0:0" "the IPv6 range is permitted"
assert_contains "$OUT" "email:office.test" "the e-mail domain is permitted"
assert_not_contains "$OUT" "Excluded:" "with both families and e-mail permitted nothing is excluded as a whole"
must cli export nas.office.test --format pem --out nas.pem
assert_cmd "openssl verify accepts the permitted addresses" openssl verify -CAfile office.pem nas.pem
must cli ca create Mail --subject "CN=Mail Root" --permit-email .mail.example.test
must cli issue client Mail --cn erin --email erin@eu.mail.example.test
expect_fail 1 "email:erin@mail.example.test" cli issue client Mail --cn erin2 --email erin@mail.example.test

# Ranges and domains are checked before any key is made.
expect_fail 1 "'10.1.2.3/8' is not the first address of its network: write 10.0.0.0/8" \
    cli ca create Bad --subject "CN=Bad" --permit-ip 10.1.2.3/8
expect_fail 1 "'10.0.0.0/33' is not an IP range" cli ca create Bad --subject "CN=Bad" --permit-ip 10.0.0.0/33
expect_fail 1 "'alice@example.test' is not an e-mail domain" \
    cli ca create Bad --subject "CN=Bad" --permit-email alice@example.test

# --- --aia-url ----------------------------------------------------------------------------------------
must cli ca create Pub --subject "CN=Pub Root" --aia-url http://pki.example.test/pub.crt
must cli ca create PubIssuing --issuer Pub --subject "CN=Pub Issuing" --aia-url https://pki.example.test/issuing.crt
must cli issue server PubIssuing --dns web.example.test
for name in Pub PubIssuing web.example.test; do
    must cli export "$name" --format pem --out "$name.pem"
done
run openssl x509 -in web.example.test.pem -noout -ext authorityInfoAccess
assert_contains "$OUT" "CA Issuers - URI:https://pki.example.test/issuing.crt" "a leaf points to its CA's certificate"
run openssl x509 -in PubIssuing.pem -noout -ext authorityInfoAccess
assert_contains "$OUT" "CA Issuers - URI:http://pki.example.test/pub.crt" "an intermediate points to the root's"
run openssl x509 -in Pub.pem -noout -text
assert_not_contains "$OUT" "Authority Information Access" "a root points nowhere"
run cli show web.example.test
assert_contains "$OUT" "https://pki.example.test/issuing.crt" "show lists the CA issuers URL"
expect_fail 1 "'ldap://ldap.example.test/cn=CA' is not an address for the CA certificate" \
    cli ca create Bad --subject "CN=Bad" --aia-url ldap://ldap.example.test/cn=CA
expect_fail 1 "use an http:// or https:// URL" cli ca create Bad --subject "CN=Bad" --aia-url pki.example.test/ca.crt
run cli show Bad
assert_eq 1 "$RC" "no refused CA was stored"

finish
