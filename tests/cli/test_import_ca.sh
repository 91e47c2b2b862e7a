#!/usr/bin/env bash
# import-ca beyond the happy path (tests/interop/test_migration.sh proves that one with nginx): a dry
# run keeps nothing, a wrong or missing key password and a damaged index.txt change nothing, links
# and paths that lead out of the folder are not followed, a revocation without its certificate is
# reported, a revocation only the old CRL knows is kept, the CRL number follows whichever of
# crlnumber and the last CRL is higher, and importing the same CA twice adds nothing.
# engines: sqlite postgresql
# shellcheck source=lib.sh
. "$SIGNET_TEST_LIB"
# shellcheck source=../support/ca_fixtures.sh
. "$(dirname "$SIGNET_TEST_LIB")/../support/ca_fixtures.sh"
# shellcheck source=../support/xca_fixture.sh
. "$(dirname "$SIGNET_TEST_LIB")/../support/xca_fixture.sh"

must cli init
make_openssl_ca "$TEST_DIR/oldca" "Old CA" "$TEST_DIR/clients" >/dev/null || { fail "openssl ca fixture"; finish; }
printf 'old-ca-secret\n' >"$TEST_DIR/oldpw"
printf 'wrong\n' >"$TEST_DIR/wrongpw"

# ---- refusals that change nothing -----------------------------------------------------------------
unchanged 1 "the private key is encrypted" cli import-ca oldca
unchanged 1 "ca.key.pem" cli import-ca oldca --import-password-file wrongpw
unchanged 1 "holds no CA certificate" cli import-ca clients
cp -r oldca damaged
printf 'R\t271208123056Z\tyesterday\t1002\tunknown\t/CN=x\n' >>damaged/index.txt
unchanged 1 "index.txt, line 3: the revocation time is not a time" cli import-ca damaged --import-password-file oldpw

# An XCA database opens only with its password, read-only: the file is the same afterwards.
make_xca_database "$TEST_DIR/xca" "XCA CA" "$TEST_DIR/xca-clients" >/dev/null || { fail "xca fixture"; finish; }
xca_sum=$(sha256sum <xca/ca.xdb)
unchanged 1 "protected by its password" cli import-ca xca/ca.xdb
unchanged 1 "wrong password" cli import-ca xca/ca.xdb --import-password-file wrongpw
unchanged 1 "neither a CA's folder nor an XCA database" cli import-ca oldca/index.txt
assert_eq "$xca_sum" "$(sha256sum <xca/ca.xdb)" "the XCA database is not written"
assert_eq "ca.xdb" "$(find xca -maxdepth 1 -name 'ca.xdb*' -printf '%f\n')" "nor a journal beside it"

# ---- a dry run reports everything and keeps nothing ---------------------------------------------
before_audit=$(cli audit --limit 1000000 | grep -c '')
expect_ok cli import-ca oldca --import-password-file oldpw --dry-run
assert_contains "$OUT" "would import the openssl ca folder: CA 'Old CA' with its key" "dry run names the CA"
assert_contains "$OUT" "revoked: bob (serial 1001): keyCompromise" "dry run names the revocation"
assert_contains "$OUT" "dry run: nothing was changed" "dry run says so"
assert_eq "0" "$(json_query "$(cli list --json)" "len(d)")" "the dry run left no certificate"
assert_eq "$before_audit" "$(cli audit --limit 1000000 | grep -c '')" "the dry run left no audit record"

# ---- what leads out of the folder is not followed ---------------------------------------------
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout outside.key -subj "/CN=outside" \
    -days 30 -out outside.pem 2>/dev/null
cp -r oldca linked
ln -s "$TEST_DIR/outside.pem" linked/newcerts/outside.pem
ln -s "$TEST_DIR/outside.key" linked/private/outside.key
sed -i 's|^crl_dir .*|crl_dir = /etc/ssl/certs|' linked/openssl.cnf
# bob's certificate is gone from the folder, but index.txt and the CRL still revoke serial 1001.
rm linked/newcerts/1001.pem linked/certs/bob.cert.pem
expect_ok cli import-ca linked --import-password-file oldpw --dry-run --json
assert_eq "2" "$(json_query "$OUT" "d['counts']['certificates']")" "only the CA and alice: no link followed"
assert_contains "$OUT" "serial 1001 (/CN=bob) is revoked, but its certificate was not brought along" \
    "a revocation without its certificate is reported"

# ---- the old CRL knows a revocation index.txt has forgotten; crlnumber ahead of the CRL ---------
cp -r oldca edited
sed -i 's/^R\t\([0-9Z]*\)\t[^\t]*\t1001/V\t\1\t\t1001/' edited/index.txt
echo 2000 >edited/crlnumber
expect_ok cli import-ca edited --import-password-file oldpw --dry-run --json
assert_eq "1" "$(json_query "$OUT" "d['counts']['revoked']")" "bob revoked from the CRL alone"
assert_eq "8192" "$(json_query "$OUT" "d['nextCrlNumber']")" "the next CRL number follows crlnumber (0x2000)"
echo 0FFF >edited/crlnumber
expect_ok cli import-ca edited --import-password-file oldpw --dry-run --json
assert_eq "4098" "$(json_query "$OUT" "d['nextCrlNumber']")" "the next CRL number follows the last CRL (0x1001)"

# ---- the real import, then the same again --------------------------------------------------------
expect_ok cli import-ca oldca --import-password-file oldpw
assert_contains "$OUT" "3 certificates, 1 keys, 1 revocations" "the import counts"
must cli show bob --json
assert_eq "revoked keyCompromise" "$(json_query "$OUT" "d['status'] + ' ' + d['revocationReason']")" "bob is revoked"
expected=$(openssl crl -in oldca/crl/ca.crl.pem -noout -text | sed -n 's/.*Revocation Date: //p')
assert_eq "$expected" "$(date -u -d "$(json_query "$OUT" "d['revokedAt']")" '+%b %e %H:%M:%S %Y GMT')" \
    "bob keeps his original revocation time"
before_json=$(cli list --json)
expect_ok cli import-ca oldca --import-password-file oldpw
assert_contains "$OUT" "0 certificates, 0 keys, 0 revocations" "a second import adds nothing"
assert_contains "$OUT" "skipped: 'alice' is already in the workspace" "and says why"
assert_eq "$before_json" "$(cli list --json)" "the list is the same after the second import"
must cli audit --action import-ca
assert_eq "2" "$(printf '%s\n' "$OUT" | grep -c 'import-ca')" "one audit record per import"
expect_ok cli verify
finish
