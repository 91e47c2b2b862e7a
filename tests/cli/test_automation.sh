#!/usr/bin/env bash
# The contract scripts rely on: `-` is standard input or output for every file argument (and never a
# file named "-"), an existing file is replaced only with --force, and --json prints one object
# with "formatVersion" on every command that reports.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

# json_ok JSON EXPRESSION DESCRIPTION: the expression over the parsed document `d` is True.
json_ok() {
    assert_eq "True" "$(json_query "$1" "$2" 2>&1)" "$3"
}

must cli init
must cli ca create Root --subject "CN=Automation Root"

# --- --json on the commands that make or change something ------------------------------------
expect_ok cli issue server Root --dns web.example.test --json
issued=$OUT
json_ok "$issued" "d['formatVersion'] == 1" "issue --json carries formatVersion 1"
json_ok "$issued" "d['certificate']['name'] == 'web.example.test' and d['certificate']['type'] == 'server'" \
    "issue --json describes the certificate as list --json does"
json_ok "$issued" "d['certificate']['issuerName'] == 'Root' and d['findings'] == []" "issue --json: issuer, no findings"
expect_ok cli issue client Root --cn alice --json
json_ok "$OUT" "d['certificate']['subject'] == 'CN=alice'" "issue client --json"
expect_ok cli ca create Sub --issuer Root --subject "CN=Automation Sub" --json
json_ok "$OUT" "d['certificate']['isCa'] and d['certificate']['type'] == 'intermediate-ca'" "ca create --json"

# sign reads the request from standard input with '-'.
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$TEST_DIR/k.pem" \
    -subj "/CN=piped.example.test" -addext "subjectAltName=DNS:piped.example.test" -out req.csr 2>/dev/null
run cli sign Root - --profile server --json <req.csr
assert_eq 0 "$RC" "sign reads the CSR from standard input ($ERR)"
json_ok "$OUT" "d['certificate']['sans'] == ['DNS:piped.example.test']" "sign - --json: the request's names"
printf 'not a request' >-
expect_fail 1 "" cli sign Root - --profile server </dev/null
rm -f ./-

expect_ok cli renew web.example.test --json
json_ok "$OUT" "d['certificate']['name'] == 'web.example.test' and d['previous']['name'] != 'web.example.test'" \
    "renew --json: the new certificate and the previous one"
expect_ok cli revoke alice --reason keyCompromise --json
json_ok "$OUT" "d['certificate']['status'] == 'revoked' and d['certificate']['revocationReason'] == 'keyCompromise'" \
    "revoke --json"

# --- crl: standard output by default and with '-', --json needs a file --------------------------
expect_ok cli crl Root --out -
assert_contains "$OUT" "-----BEGIN X509 CRL-----" "crl --out - writes PEM to standard output"
expect_fail 2 "--json needs --out FILE" cli crl Root --json
must cli crl Root --out root.crl
expect_fail 1 "root.crl exists; add --force to replace it" cli crl Root --out root.crl
before=$(sha256sum <root.crl)
assert_eq "$before" "$(sha256sum <root.crl)" "the refused CRL file is unchanged"
expect_ok cli crl Root --out root.crl --force --json
json_ok "$OUT" "d['crl']['ca'] == 'Root' and d['crl']['number'] >= 2 and d['crl']['encoding'] == 'pem'" "crl --json"
assert_cmd "the replaced CRL lists alice's revocation" openssl crl -in root.crl -noout -text
assert_contains "$OUT" "Key Compromise" "the replaced CRL lists alice's revocation"
run bash -c "\"\$SIGNET_CLI\" --workspace '$WS' --password-file '$PWFILE' crl Root --der --out - | openssl crl -inform DER -noout"
assert_eq 0 "$RC" "crl --der --out - writes DER to a pipe"

# --- export: '-', no silent overwrite ----------------------------------------------------------
expect_ok cli export web.example.test --format pem --out -
assert_contains "$OUT" "-----BEGIN CERTIFICATE-----" "export --out - writes to standard output"
assert_contains "$ERR" "wrote -" "export --out - reports on stderr, not into the data"
must cli export web.example.test --format pem --out web.pem
printf 'hand edited\n' >web.pem
expect_fail 1 "web.pem exists; add --force to replace it" cli export web.example.test --format chain --out web.pem
assert_eq "hand edited" "$(cat web.pem)" "the existing file is kept"
must cli export web.example.test --format chain --out web.pem --force
assert_contains "$(cat web.pem)" "BEGIN CERTIFICATE" "--force replaces it"
printf 'pw-from-pipe\n' | run cli export web.example.test --format p12 --export-password-file - --out web.p12
assert_eq 0 "$RC" "--export-password-file - reads the password from a pipe ($ERR)"
assert_cmd "the PKCS#12 opens with the piped password" \
    openssl pkcs12 -in web.p12 -passin pass:pw-from-pipe -noout
printf 'pw\n' | expect_fail 1 "standard input ('-') can be read only once" \
    "$SIGNET_CLI" --workspace "$WS" --password-file - sign Root - --profile server

# --- csr create and ca create --csr-out ------------------------------------------------------------
expect_ok cli csr create --subject "CN=outside.example.test" --dns outside.example.test --out -
assert_contains "$OUT" "BEGIN CERTIFICATE REQUEST" "csr create --out - writes the request to standard output"
printf 'keep\n' >keep.csr
expect_fail 1 "keep.csr exists; add --force" cli csr create --subject "CN=second.example.test" --out keep.csr
assert_eq "keep" "$(cat keep.csr)" "csr create keeps an existing file"
expect_fail 1 "keep.csr exists; add --force" cli ca create Offline --subject "CN=Offline Issuing" --csr-out keep.csr
must cli ca create Offline --subject "CN=Offline Issuing" --csr-out keep.csr --force
assert_contains "$(cat keep.csr)" "BEGIN CERTIFICATE REQUEST" "ca create --csr-out --force replaces it"

# --- config and kit: files in the folder are not replaced silently -------------------------------
must cli issue server Root --dns srv.example.test
must cli config nginx --server srv.example.test --client-ca Root --out conf
printf '# hand edited\n' >conf/nginx.conf
expect_fail 1 "add --force to replace them" cli config nginx --server srv.example.test --client-ca Root --out conf
assert_eq "# hand edited" "$(cat conf/nginx.conf)" "config keeps a hand-edited nginx.conf"
must cli config nginx --server srv.example.test --client-ca Root --out conf --force
assert_contains "$(cat conf/nginx.conf)" "ssl_verify_client" "config --force replaces it"
mkdir kitdir && printf 'mine\n' >kitdir/README.txt
expect_fail 1 "README.txt" cli kit srv.example.test --out kitdir
assert_eq "mine" "$(cat kitdir/README.txt)" "kit keeps an existing README.txt"
assert_eq "README.txt" "$(ls kitdir)" "a refused kit writes nothing"

# --- lint, check, verify, audit, deployments, templates ----------------------------------------
cli export web.example.test --format pem --out - >web-stdout.pem 2>/dev/null
run cli lint - --json <web-stdout.pem
assert_eq 0 "$RC" "lint - reads standard input"
json_ok "$OUT" "d['formatVersion'] == 1 and d['errors'] is False and isinstance(d['findings'], list)" "lint --json"
must cli issue client Root --cn bob
expect_ok cli check srv.example.test bob --json
json_ok "$OUT" "d['ok'] and [h['protocol'] for h in d['handshakes']] == ['TLS 1.3', 'TLS 1.2']" "check --json"
expect_ok cli verify --json
json_ok "$OUT" "d['formatVersion'] == 1 and d['intact'] and d['auditEntries'] > 0" "verify --json"
expect_ok cli audit --json --limit 3
json_ok "$OUT" "d['formatVersion'] == 1 and len(d['entries']) == 3" "audit --json"
expect_ok cli deployments --json
json_ok "$OUT" "d['formatVersion'] == 1 and d['deployments'][0]['kind'] == 'nginx'" "deployments --json"
expect_ok cli template list --json
json_ok "$OUT" "'web-server' in [t['name'] for t in d['templates']]" "template list --json"

# --- import --json: counts, what was attached or skipped, and every certificate imported ----------
for cn in one.example.test two.example.test; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$TEST_DIR/$cn.key" \
        -subj "/CN=$cn" -days 365 -out "$TEST_DIR/$cn.crt" 2>/dev/null
done
cat "$TEST_DIR/one.example.test.crt" "$TEST_DIR/two.example.test.crt" >bundle.pem
expect_ok cli import bundle.pem "$TEST_DIR/one.example.test.key" --json
json_ok "$OUT" "d['formatVersion'] == 1 and d['counts'] == {'certificates': 2, 'keys': 1, 'skipped': 0}" \
    "import --json counts certificates, keys and skipped items"
json_ok "$OUT" "sorted(c['name'] for c in d['certificates']) == ['one.example.test', 'two.example.test']" \
    "import --json lists every certificate imported"
json_ok "$OUT" "d['keysAttached'] == ['one.example.test'] and d['skipped'] == []" "import --json: the key attached"
expect_fail 1 "nothing was imported: 'one.example.test' is already in the workspace" cli import bundle.pem --json
assert_eq "" "$OUT" "an import that brings nothing prints no JSON, only its one-line error"

# --- status: exit 3 when something needs attention, and --json ---------------------------------
expect_ok cli status --check --json
json_ok "$OUT" "d['attentionNeeded'] is False and d['counts']['revoked'] == 1 and d['unpublished'] == []" \
    "status --json: nothing needs attention today"
run env SIGNET_NOW=2027-12-20T00:00:00Z "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" status --check --json
assert_eq 3 "$RC" "status --check exits 3 when certificates expire soon and a CRL expired"
assert_contains "$ERR" "signet-cli: attention needed" "status --check says why on stderr"
json_ok "$OUT" "d['attentionNeeded'] and d['counts']['expiring'] > 0 and any(c['expired'] for c in d['crls'])" \
    "status --json lists what needs attention"

finish
