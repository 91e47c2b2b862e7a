#!/usr/bin/env bash
# signet-cli renew: a leaf keeps subject and names under a new serial and takes over the name; the
# previous one stays reachable by serial and counts as superseded; --rekey makes a new key; a CA
# renewed with its key keeps what it issued (openssl verify accepts the old leaves under both CA
# certificates); --expiring renews everything due. The clock is injected with SIGNET_NOW.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

T0=2030-01-01T00:00:00Z
T1=2030-02-10T00:00:00Z
ATTIME=$(date -d "$T1" +%s)
# shellcheck disable=SC2317 # called through must, run and expect_ok
at() { # at ISO_TIME cmd...: runs cmd as of that time
    local when=$1
    shift
    SIGNET_NOW=$when "$@"
}
serial_of() { json_query "$(cli list --json)" "[c['serial'] for c in d if c['name'] == '$1'][0]"; }
pubkey_of() { openssl x509 -in "$1" -noout -pubkey | sha256sum; }

expect_ok "$SIGNET_CLI" renew --help
assert_contains "$OUT" "--rekey" "renew --help documents --rekey"
must at "$T0" cli init
must at "$T0" cli ca create Root --subject "CN=Renew Root" --days 3650
must at "$T0" cli ca create Issuing --issuer Root --subject "CN=Renew Issuing" --days 400 --path-len 0
must at "$T0" cli issue server Issuing --dns www.example.test --dns api.example.test --ip 192.0.2.7 --days 45
must at "$T0" cli issue client Issuing --cn alice --email alice@example.test --days 60
must at "$T0" cli export www.example.test --format pem --out www-old.pem
must at "$T0" cli export Root --format pem --out root.pem
must at "$T0" cli export Issuing --format pem --out issuing-old.pem
old_serial=$(serial_of www.example.test)

expect_fail 2 "Unknown option" cli renew www.example.test --rekey-now
expect_fail 2 "--within goes with --expiring" cli renew www.example.test --within 3
unchanged 1 "no certificate" at "$T1" cli renew nosuch.example.test

# A leaf: same subject, names and key; new serial; the name moves.
expect_ok at "$T1" cli renew www.example.test
assert_contains "$OUT" "renewed 'www.example.test'" "renew reports the new certificate"
assert_contains "$OUT" "now 'www.example.test (${old_serial:0:8})'" "renew names the previous one after its serial"
must at "$T1" cli export www.example.test --format pem --out www-new.pem
assert_eq "$(openssl x509 -in www-old.pem -noout -subject -ext subjectAltName -nameopt RFC2253 | grep -v Serial)" \
    "$(openssl x509 -in www-new.pem -noout -subject -ext subjectAltName -nameopt RFC2253 | grep -v Serial)" \
    "the renewal keeps subject and subjectAltNames"
new_serial=$(openssl x509 -in www-new.pem -noout -serial | cut -d= -f2)
[[ "$new_serial" != "$old_serial" ]] && pass "a new serial" || fail "the serial did not change"
assert_eq "$(pubkey_of www-old.pem)" "$(pubkey_of www-new.pem)" "without --rekey the key stays"
assert_cmd "the renewed leaf verifies" openssl verify -attime "$ATTIME" -CAfile root.pem -untrusted issuing-old.pem www-new.pem
expect_ok at "$T1" cli show "$old_serial"
assert_contains "$OUT" "superseded" "the previous certificate is reachable by serial and superseded"
expect_fail 1 "renewed already" at "$T1" cli renew "$old_serial"

# Re-keyed, with the old one revoked.
expect_ok at "$T1" cli renew www.example.test --rekey --revoke-old
assert_contains "$OUT" "revoked: superseded" "--revoke-old revokes the previous certificate"
must at "$T1" cli export www.example.test --format pem --out www-rekeyed.pem
[[ "$(pubkey_of www-new.pem)" != "$(pubkey_of www-rekeyed.pem)" ]] && pass "--rekey makes a new key" \
    || fail "--rekey kept the key"
must at "$T1" cli export www.example.test --format key --out www-rekeyed.key
assert_eq "$(openssl x509 -in www-rekeyed.pem -noout -pubkey)" "$(openssl pkey -in www-rekeyed.key -pubout)" \
    "the vault holds the new key for the new certificate"

# The status report no longer warns about superseded certificates; --expiring renews what is due.
expect_ok at "$T1" cli status
assert_contains "$OUT" "1 expiring within 30 days" "only alice is due (the superseded are not)"
expect_ok at "$T1" cli renew --expiring --within 30
assert_contains "$OUT" "renewed 'alice'" "--expiring renews alice"
assert_contains "$OUT" "1 of 1 certificates expiring within 30 days renewed, 0 failed" "the summary"

# A CA renewed with its key: what it issued verifies under the old and the new CA certificate.
expect_ok at "$T1" cli renew Issuing --days 1000
must at "$T1" cli export Issuing --format pem --out issuing-new.pem
assert_eq "$(pubkey_of issuing-old.pem)" "$(pubkey_of issuing-new.pem)" "a renewed CA keeps its key"
assert_cmd "an older leaf verifies under the renewed CA" \
    openssl verify -attime "$ATTIME" -CAfile root.pem -untrusted issuing-new.pem www-new.pem
assert_cmd "and still under the previous CA certificate" \
    openssl verify -attime "$ATTIME" -CAfile root.pem -untrusted issuing-old.pem www-new.pem
must at "$T1" cli issue client Issuing --cn bob
must at "$T1" cli export bob --format pem --out bob.pem
assert_cmd "a new leaf verifies under the previous CA certificate too" \
    openssl verify -attime "$ATTIME" -CAfile root.pem -untrusted issuing-old.pem bob.pem
# The renewed CA keeps the revocations of the previous one: its CRL lists the revoked leaf.
must at "$T1" cli crl Issuing --out issuing.crl
rev_serial=$(serial_of "www.example.test (${new_serial:0:8})")
assert_contains "$(openssl crl -in issuing.crl -noout -text)" "$rev_serial" \
    "the renewed CA's CRL lists what was revoked under the previous certificate"
assert_cmd "the CRL of the renewed CA verifies with the previous CA certificate" \
    openssl crl -in issuing.crl -noout -CAfile issuing-old.pem
must at "$T1" cli renew Root
must at "$T1" cli export Root --format pem --out root-new.pem
assert_cmd "a root renewed with its key still anchors the old chain" \
    openssl verify -attime "$ATTIME" -CAfile root-new.pem -untrusted issuing-old.pem www-new.pem
expect_fail 1 "a root CA cannot be revoked" at "$T1" cli renew Root --revoke-old
expect_ok cli verify
finish
