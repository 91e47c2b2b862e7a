#!/usr/bin/env bash
# Requests for an outside CA and the offline root: csr create/list/show, ca create --csr-out,
# sign --profile ca in a second workspace (the root's), and import of the signed certificates,
# which get the request's key and name, and of the root's CRLs. openssl judges the requests and the
# chain; bad input and an edited request row are refused.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

# The offline root's own workspace.
root() { "$SIGNET_CLI" --workspace "$TEST_DIR/root.signet" --password-file "$PWFILE" "$@"; }

expect_ok "$SIGNET_CLI" csr create --help
for option in --subject --dns --ip --email --key --name --out; do
    assert_contains "$OUT" "$option" "csr create --help offers $option"
done
expect_ok "$SIGNET_CLI" ca create --help
assert_contains "$OUT" "--csr-out" "ca create --help offers --csr-out"

must cli init
must root init
must root ca create Root --subject "CN=CSR Root,O=Signet Tests" --path-len 1

# --- a server's request ---------------------------------------------------------------------------
must cli csr create --subject "CN=www.example.test,O=Example" --dns www.example.test --dns API.example.test \
    --ip 192.0.2.10 --out www.csr
assert_contains "$OUT" "'www.example.test'" "the request is named after its common name"
assert_cmd "openssl verifies the request's signature" openssl req -in www.csr -noout -verify
run openssl req -in www.csr -noout -text
assert_contains "$OUT" "Subject: O = Example, CN = www.example.test" "the subject is the one asked for"
assert_contains "$OUT" "DNS:www.example.test, DNS:api.example.test, IP Address:192.0.2.10" "the names asked for"
assert_contains "$OUT" "prime256v1" "an ECDSA P-256 key by default"
assert_not_contains "$(cat www.csr)" "PRIVATE KEY" "the request file holds no key"
must cli csr list
assert_contains "$OUT" "www.example.test" "csr list shows the pending request"
assert_contains "$OUT" "leaf" "... as a leaf's"
must cli csr show www.example.test
assert_eq "$(cat www.csr)" "$OUT" "csr show prints the same PEM"
run cli list --json
assert_eq 0 "$(json_query "$OUT" "len(d)")" "no certificate yet"

# --- refused input changes nothing -------------------------------------------------------------
unchanged 1 "is not of the form KEY=value" cli csr create --subject "no equals sign" --out bad.csr
assert_eq "no" "$([ -e bad.csr ] && echo yes || echo no)" "no file for a refused request"
unchanged 1 "is not a valid DNS name" cli csr create --subject CN=x --dns "bad..name" --out bad.csr
unchanged 1 "already taken" cli csr create --subject CN=y --name www.example.test --out y.csr
unchanged 2 "missing required option --out" cli csr create --subject CN=x
unchanged 2 "--key" cli csr create --subject CN=x --key dsa:1024 --out bad.csr
unchanged 2 "--issuer cannot be used with --csr-out" \
    cli ca create X --subject CN=X --issuer Root --csr-out x.csr
unchanged 2 "--path-len cannot be used with --csr-out" cli ca create X --subject CN=X --path-len 0 --csr-out x.csr
unchanged 1 "no certificate request named 'nothing'" cli csr show nothing

# --- the outside CA signs; the import attaches the key and takes the request's name -------------
must root sign Root www.csr --profile server --name shop
must root export shop --format pem --out www.crt
must cli import www.crt
assert_contains "$OUT" "imported certificate 'www.example.test'" "the certificate takes the request's name"
assert_contains "$OUT" "attached the private key of 'www.example.test'" "... and its key"
must cli export www.example.test --format key --out www.key
assert_eq "$(openssl x509 -in www.crt -noout -pubkey)" "$(openssl pkey -in www.key -pubout)" \
    "the key from the vault belongs to the certificate"
must cli csr list
assert_contains "$OUT" "no certificate request waits" "the request is done"

# --- an intermediate for the offline root --------------------------------------------------------
must cli ca create Issuing --subject "CN=Issuing CA,O=Signet Tests" --csr-out issuing.csr
assert_contains "$OUT" "CA 'Issuing'" "ca create --csr-out names the CA"
run openssl req -in issuing.csr -noout -text
assert_contains "$OUT" "CA:TRUE" "the CA request asks for CA:TRUE"
assert_contains "$OUT" "Certificate Sign, CRL Sign" "... and keyCertSign, cRLSign"
assert_contains "$OUT" "secp384r1" "a CA gets ECDSA P-384 by default"
run cli csr list
assert_contains "$OUT" "Issuing" "the CA request is pending"
expect_fail 1 "no certificate or CA named 'Issuing'" cli issue server Issuing --dns a.example.test

expect_fail 1 "CA 'Root' allows at most path length 0 for a CA it signs, not 1" \
    root sign Root issuing.csr --profile ca --path-len 1
expect_fail 2 "--path-len needs --profile ca" root sign Root issuing.csr --profile server --path-len 0
expect_fail 2 "unknown --profile 'root-ca'" root sign Root issuing.csr --profile root-ca
must root sign Root issuing.csr --profile ca --name Issuing --permit-dns example.test
assert_contains "$OUT" "signed intermediate-ca certificate 'Issuing'" "the root signs the CA request"
expect_fail 1 "no private key for CA 'Issuing'" root issue server Issuing --dns a.example.test
must root export Issuing --format pem --out issuing.crt
must root export Root --format pem --out root.crt
run openssl x509 -in issuing.crt -noout -text
assert_contains "$OUT" "CA:TRUE, pathlen:0" "basicConstraints CA:TRUE with the path length left"
assert_contains "$OUT" "Certificate Sign, CRL Sign" "keyCertSign and cRLSign"
assert_contains "$OUT" "DNS:example.test" "the granted name constraint"
assert_contains "$OUT" "X509v3 Authority Key Identifier" "an AKI"
assert_cmd "openssl verifies the intermediate against the root" openssl verify -CAfile root.crt issuing.crt

must cli import issuing.crt root.crt
assert_contains "$OUT" "attached the private key of 'Issuing'" "the CA gets its key"
must cli issue server Issuing --dns app.example.test
must cli export app.example.test --format pem --out app.crt
assert_cmd "openssl verifies the leaf with the root and the intermediate" \
    openssl verify -CAfile root.crt -untrusted issuing.crt app.crt
expect_fail 1 "outside the name constraints" cli issue server Issuing --dns app.example.org
expect_fail 1 "path length 0" cli ca create Sub --issuer Issuing --subject CN=Sub
must cli verify

# --- the offline root's CRL, signed in its own workspace, is imported where the intermediate works
must root crl Root --out root1.crl
must cli import root1.crl
assert_contains "$OUT" "imported a newer CRL of CA 'CSR Root'" "the root's CRL is imported"
expect_fail 1 "is not newer than the one in the workspace" cli import root1.crl
must cli crl Issuing --out issuing.crl
expect_fail 1 "whose CRLs Signet publishes itself" cli import issuing.crl
must root revoke Issuing --reason caCompromise
must root crl Root --out root2.crl
must cli import root2.crl
assert_contains "$OUT" "marked 'Issuing' revoked" "a CA the root revoked is marked revoked"
expect_fail 1 "CA 'Issuing' is revoked and cannot issue" cli issue server Issuing --dns b.example.test
must cli verify

# --- an edited request row is refused ---------------------------------------------------------
must cli csr create --subject CN=later.example.test --dns later.example.test --out later.csr
db_sql "UPDATE requests SET subject = 'CN=evil.example.test' WHERE name = 'later.example.test'" \
    || fail "editing the request row"
expect_fail 1 "the certificate request 'later.example.test' was changed outside Signet" cli csr list
run cli verify
assert_eq 3 "$RC" "verify exits 3"
assert_contains "$OUT$ERR" "the certificate request 'later.example.test' was changed outside Signet" \
    "verify names the edited request"

finish
