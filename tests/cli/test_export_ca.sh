#!/usr/bin/env bash
# export-ca: a CA leaves Signet as an `openssl ca` folder, and `openssl ca` goes on from it — its CRL
# lists what Signet revoked (time and reason) with the next CRL number, it issues and revokes
# certificates of its own — and import-ca brings the folder back into another workspace intact.
# The key is written only encrypted, 0600 in a 0700 folder; a folder that is not empty is refused.
# engines: sqlite postgresql
# shellcheck source=lib.sh
. "$SIGNET_TEST_LIB"

must cli init
must cli ca create Team --subject "CN=Team CA,O=Example"
must cli issue client Team --cn alice
must cli issue client Team --cn bob
must cli issue server Team --dns www.example.test
must cli revoke bob --reason keyCompromise
must cli crl Team --out first.crl
must cli show bob --json
bob_serial=$(json_query "$OUT" "d['serial']")
alice_serial=$(json_query "$(cli show alice --json)" "d['serial']")
printf 'export-secret\n' >exportpw

# ---- refusals -----------------------------------------------------------------------------------
mkdir busy && touch busy/notes.txt
expect_fail 1 "is not empty" cli export-ca Team --out busy --export-password-file exportpw
assert_eq "notes.txt" "$(ls busy)" "a refused export writes nothing"
expect_fail 1 "is not a CA" cli export-ca alice --out x --export-password-file exportpw
: >emptypw
expect_fail 1 "empty" cli export-ca Team --out x --export-password-file emptypw
expect_fail 2 "--out DIR is required" cli export-ca Team --export-password-file exportpw

# ---- the export ---------------------------------------------------------------------------------
must cli export-ca Team --out exported --export-password-file exportpw
assert_contains "$OUT" "3 certificates, 1 revoked; the next CRL number is 0x02" "export-ca reports what it wrote"
assert_eq "600" "$(stat -c %a exported/private/cakey.pem)" "the key file is 0600"
assert_eq "700" "$(stat -c %a exported/private)" "its folder is 0700"
assert_contains "$(head -n1 exported/private/cakey.pem)" "ENCRYPTED PRIVATE KEY" "the key is encrypted"
assert_cmd "the key opens with the export password" openssl pkey -in exported/private/cakey.pem \
    -passin pass:export-secret -noout
assert_contains "$(cat exported/index.txt)" "R	" "index.txt has the revocation"
must cli audit --action export-ca
assert_contains "$OUT" "Team" "the export is audited"

# ---- openssl ca goes on ----------------------------------------------------------------------------
ca=(openssl ca -config "$TEST_DIR/exported/openssl.cnf" -passin pass:export-secret -batch)
expect_ok "${ca[@]}" -gencrl -out next.crl
run openssl crl -in next.crl -noout -text
assert_contains "$OUT" "Serial Number: $bob_serial" "openssl's CRL lists bob"
assert_contains "$OUT" "Key Compromise" "with his reason"
assert_eq "$(openssl crl -in first.crl -noout -text | grep -A1 "$bob_serial" | tail -n1)" \
    "$(grep -A1 "$bob_serial" <<<"$OUT" | tail -n1)" "with his revocation time"
assert_eq "crlNumber=0x02" "$(openssl crl -in next.crl -noout -crlnumber)" "openssl's CRL number continues Signet's"
assert_cmd "openssl's CRL verifies with the CA" openssl crl -in next.crl -noout -CAfile exported/cacert.pem

openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout carol.key -subj "/CN=carol" \
    -out carol.csr 2>/dev/null
expect_ok "${ca[@]}" -in carol.csr -out carol.pem -notext
assert_cmd "openssl ca issued carol, verified against the CA" openssl verify -CAfile exported/cacert.pem carol.pem
expect_ok "${ca[@]}" -revoke "exported/newcerts/$alice_serial.pem" -crl_reason superseded
expect_ok "${ca[@]}" -gencrl -out third.crl
assert_eq "crlNumber=0x03" "$(openssl crl -in third.crl -noout -crlnumber)" "the next CRL number"
cli export alice --format pem --out alice.pem >/dev/null
run openssl verify -crl_check -CAfile exported/cacert.pem -CRLfile third.crl alice.pem
assert_contains "$OUT $ERR" "certificate revoked" "openssl ca revoked alice"
run openssl verify -crl_check -CAfile exported/cacert.pem -CRLfile third.crl carol.pem
assert_contains "$OUT" "carol.pem: OK" "carol is valid on that CRL"

# ---- and back: import-ca of the folder openssl ca kept using -----------------------------------------
WS="$TEST_DIR/back.signet"
must cli init
must cli import-ca exported --import-password-file exportpw --json
assert_eq "5 2" "$(json_query "$OUT" "str(d['counts']['certificates']) + ' ' + str(d['counts']['revoked'])")" \
    "the CA, alice, bob, the server and carol come back; bob and alice revoked"
assert_eq "4" "$(json_query "$OUT" "d['nextCrlNumber']")" "the CRL number continues above openssl's"
finish
