#!/usr/bin/env bash
# The whole life of a small PKI through signet-cli, every output checked with openssl.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

# --- workspace ---------------------------------------------------------------------------------
must cli init
assert_contains "$OUT" "created workspace" "init reports the workspace"
if ! on_server; then
    assert_eq 600 "$(stat -c %a "$WS")" "workspace file is mode 0600"
fi
expect_fail 1 "already exists" cli init
expect_ok "$SIGNET_CLI" --help
assert_contains "$OUT" "SIGNET_NOW" "--help documents SIGNET_NOW"
expect_ok "$SIGNET_CLI" --version
assert_contains "$OUT" "signet-cli " "--version names the program"
for command in init "ca create" "issue server" "issue client" sign list show revoke crl export config import \
    passwd audit; do
    # shellcheck disable=SC2086 # the subcommands are two words on purpose
    expect_ok "$SIGNET_CLI" $command --help
    assert_contains "$OUT" "Usage: signet-cli $command" "$command --help shows its usage"
done

# --- CAs and leaves ----------------------------------------------------------------------------
must cli ca create Root --subject "CN=Signet Test Root,O=Signet Tests,C=ES"
assert_contains "$OUT" "created root CA 'Root'" "root CA summary"
must cli ca create Inter --issuer Root --subject "/C=ES/O=Signet Tests/CN=Signet Test Intermediate" \
    --path-len 0 --crl-url http://pki.example.test/inter.crl
assert_contains "$OUT" "created intermediate CA 'Inter'" "intermediate CA summary"

must cli issue server Inter --dns a.example.test --dns b.example.test --ip 127.0.0.1
if [[ "$OUT" =~ ^issued\ server\ certificate\ \'a.example.test\'\ \(serial\ [0-9A-F]+,\ expires\ [0-9]{4}-[0-9]{2}-[0-9]{2}\)$ ]]; then
    pass "issue server prints one summary line"
else
    fail "issue server summary: $OUT"
fi
must cli issue client Inter --cn alice --email alice@example.test --email alice@work.example.test
assert_contains "$OUT" "issued client certificate 'alice'" "client summary"
must cli issue server Inter --ip 10.1.2.3 --name ip-only
assert_contains "$OUT" "'ip-only'" "IP-only server certificate"

# A CSR made elsewhere, with two SANs: both must survive signing.
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout csr.key -out req.csr \
    -subj "/CN=csr.example.test" -addext "subjectAltName=DNS:csr.example.test,DNS:www.csr.example.test"
must cli sign Inter req.csr --profile server --name csr-server
assert_contains "$OUT" "certificate 'csr-server'" "sign summary"
must cli export csr-server --format pem --out csr-server.pem
run openssl x509 -in csr-server.pem -noout -ext subjectAltName
assert_contains "$OUT" "DNS:csr.example.test" "signed CSR keeps its first SAN"
assert_contains "$OUT" "DNS:www.csr.example.test" "signed CSR keeps its second SAN"

# --- list ----------------------------------------------------------------------------------------
must cli list
assert_contains "$(head -n1 <<<"$OUT")" "ID" "table header"
for column in NAME TYPE STATUS EXPIRES SERIAL; do
    assert_contains "$(head -n1 <<<"$OUT")" "$column" "table column $column"
done
assert_contains "$OUT" "a.example.test" "table lists the server"

must cli list --json
LIST_JSON=$OUT
assert_eq "6" "$(json_query "$LIST_JSON" 'len(d)')" "list --json has every certificate"
assert_eq "hasKey,id,isCa,issuer,issuerName,name,notAfter,notBefore,revocationReason,revokedAt,sans,serial,sha256,status,subject,type" \
    "$(json_query "$LIST_JSON" '",".join(sorted(d[0])) if all(set(o) == set(d[0]) for o in d) else "keys differ"')" \
    "list --json objects have exactly the documented keys"
server_q() { json_query "$LIST_JSON" "[o for o in d if o['name']=='a.example.test'][0]$1"; }
assert_eq "server" "$(server_q "['type']")" "type is the profile"
assert_eq "Inter" "$(server_q "['issuerName']")" "issuerName names the issuing CA"
assert_eq "CN=Signet Test Intermediate,O=Signet Tests,C=ES" "$(server_q "['issuer']")" "issuer is the issuer DN"
assert_eq "CN=a.example.test" "$(server_q "['subject']")" "subject"
assert_eq "['DNS:a.example.test', 'DNS:b.example.test', 'IP:127.0.0.1']" "$(server_q "['sans']")" "sans"
assert_eq "valid" "$(server_q "['status']")" "status"
assert_eq "False True" "$(server_q "['isCa']") $(server_q "['hasKey']")" "isCa / hasKey"
assert_eq "None None" "$(server_q "['revokedAt']") $(server_q "['revocationReason']")" "not revoked: nulls"
assert_eq "True" "$(server_q "['id'] > 0 and isinstance([o for o in d if o['name']=='a.example.test'][0]['id'], int)")" "id is a number"
assert_eq "True" "$(server_q "['serial'] == [o for o in d if o['name']=='a.example.test'][0]['serial'].upper()")" "serial is upper-case hex"
assert_eq "True" "$(json_query "$LIST_JSON" 'all(__import__("re").fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", o[k]) is not None for o in d for k in ("notBefore","notAfter"))')" "dates are ISO 8601 UTC with Z"
assert_eq "True" "$(json_query "$LIST_JSON" 'all(__import__("re").fullmatch(r"([0-9A-F]{2}:){31}[0-9A-F]{2}", o["sha256"]) is not None for o in d)')" "sha256 is colon hex"
assert_eq "False" "$(json_query "$LIST_JSON" "[o for o in d if o['name']=='csr-server'][0]['hasKey']")" "a signed CSR has no key here"
assert_eq "['email:alice@example.test', 'email:alice@work.example.test']" \
    "$(json_query "$LIST_JSON" "[o for o in d if o['name']=='alice'][0]['sans']")" "repeated --email"
assert_eq "True True" "$(json_query "$LIST_JSON" "[o for o in d if o['name']=='Inter'][0]['isCa']") $(json_query "$LIST_JSON" "[o for o in d if o['name']=='Inter'][0]['hasKey']")" "CA flags"

must cli list --ca Inter --json
assert_eq "a.example.test,alice,csr-server,ip-only" "$(json_query "$OUT" '",".join(sorted(o["name"] for o in d))')" "list --ca: direct children"
must cli list --ca Root --json
assert_eq "Inter" "$(json_query "$OUT" '",".join(o["name"] for o in d)')" "list --ca Root: only the intermediate"
must cli list --status revoked --json
assert_eq "0" "$(json_query "$OUT" 'len(d)')" "nothing revoked yet"

# --- show --------------------------------------------------------------------------------------
must cli show a.example.test --json
SHOW_JSON=$OUT
for key in keyUsage extendedKeyUsage extensions sha1 publicKey signatureAlgorithm chain id name sans sha256; do
    assert_eq "True" "$(json_query "$SHOW_JSON" "'$key' in d")" "show --json has $key"
done
assert_eq "['a.example.test', 'Inter', 'Root']" "$(json_query "$SHOW_JSON" "d['chain']")" "show --json chain"
assert_eq "True" "$(json_query "$SHOW_JSON" "'serverAuth' in d['extendedKeyUsage']")" "EKU serverAuth"
assert_eq "True" "$(json_query "$SHOW_JSON" "all(set(e) == {'name','oid','critical','value'} for e in d['extensions'])")" "extension objects"
must cli show a.example.test
for label in Name Type Status Subject Issuer Serial "days left" ECDSA "DNS:b.example.test" "Key usage" \
    "Extended key usage" SHA-256 SHA-1; do
    assert_contains "$OUT" "$label" "show summary has '$label'"
done
must cli show a.example.test --pem
printf '%s\n' "$OUT" > shown.pem
must cli export a.example.test --format pem --out server.pem
assert_cmd "show --pem equals export pem" cmp shown.pem server.pem
must cli show a.example.test --text
assert_contains "$OUT" "X509v3 Subject Alternative Name" "show --text"

# --- export ------------------------------------------------------------------------------------
assert_cmd "pem is a certificate" openssl x509 -in server.pem -noout
must cli export a.example.test --format der --out server.der
assert_cmd "der is a certificate" openssl x509 -inform DER -in server.der -noout
must cli export a.example.test --format chain --out chain.pem
assert_eq 2 "$(grep -c 'BEGIN CERTIFICATE' chain.pem)" "chain: leaf and intermediate"
must cli export a.example.test --format fullchain --out fullchain.pem
assert_eq 3 "$(grep -c 'BEGIN CERTIFICATE' fullchain.pem)" "fullchain: up to the root"
must cli export a.example.test --format p7b --out chain.p7b
run openssl pkcs7 -inform DER -in chain.p7b -print_certs -noout
assert_eq 3 "$(grep -c '^subject=' <<<"$OUT")" "p7b holds the chain"
must cli export a.example.test --format key --out server.key
assert_not_contains "$OUT" "PRIVATE KEY" "the key is not printed"
assert_eq 600 "$(stat -c %a server.key)" "key file is mode 0600"
assert_cmd "key is an unencrypted key" openssl pkey -in server.key -noout -passin pass:
assert_contains "$(head -n1 server.key)" "BEGIN PRIVATE KEY" "key without a password is plain PKCS#8"
assert_cmd "key matches the certificate" bash -c \
    'cmp <(openssl pkey -in server.key -pubout) <(openssl x509 -in server.pem -noout -pubkey)'
printf 'key export secret\n' > export-pw.txt
must cli export a.example.test --format key --export-password-file export-pw.txt --out server-enc.key
assert_contains "$(cat server-enc.key)" "ENCRYPTED PRIVATE KEY" "key with a password is encrypted"
assert_cmd "encrypted key opens with its password" openssl pkey -in server-enc.key -noout -passin file:export-pw.txt
must cli export a.example.test --format p12 --out generated.p12
P12_PASSWORD=$(sed -n 's/^PKCS#12 password: //p' <<<"$OUT")
assert_eq 1 "$(grep -c '^PKCS#12 password: ' <<<"$OUT")" "generated PKCS#12 password printed once"
assert_eq 600 "$(stat -c %a generated.p12)" "p12 file is mode 0600"
assert_cmd "p12 opens with the generated password" openssl pkcs12 -in generated.p12 -info -noout -passin "pass:$P12_PASSWORD"

must cli export a.example.test --format p12 --p12-profile modern --export-password-file export-pw.txt --out modern.p12
assert_not_contains "$OUT" "PKCS#12 password:" "no generated password with a password file"
run openssl pkcs12 -in modern.p12 -info -nokeys -nocerts -passin file:export-pw.txt
for algorithm in AES-256-CBC PBKDF2 "MAC: sha256"; do
    assert_contains "$ERR" "$algorithm" "modern PKCS#12 uses $algorithm"
done
must cli export a.example.test --format p12 --p12-profile compatible --export-password-file export-pw.txt --out compat.p12
run openssl pkcs12 -in compat.p12 -info -nokeys -nocerts -passin file:export-pw.txt
assert_contains "$ERR" "pbeWithSHA1And3-KeyTripleDES-CBC" "compatible PKCS#12 uses 3DES"
assert_contains "$ERR" "MAC: sha1" "compatible PKCS#12 uses a SHA-1 MAC"

# Both profiles import back into a fresh workspace, key included.
for profile in modern compat; do
    other="$TEST_DIR/import-$profile.signet"
    must "$SIGNET_CLI" --workspace "$other" --password-file "$PWFILE" init
    must "$SIGNET_CLI" --workspace "$other" --password-file "$PWFILE" import "$profile.p12" \
        --import-password-file export-pw.txt --name "imported-$profile"
    must "$SIGNET_CLI" --workspace "$other" --password-file "$PWFILE" list --json
    assert_eq "True" "$(json_query "$OUT" "any(o['subject']=='CN=a.example.test' and o['hasKey'] for o in d)")" \
        "$profile PKCS#12 imports with its key"
    assert_eq "CN=a.example.test" "$(json_query "$OUT" "[o['subject'] for o in d if o['name']=='imported-$profile'][0]")" \
        "--name goes to the $profile PKCS#12's own certificate, not its CA"
done

# --- every key type verifies the way a TLS peer checks it --------------------------------------
for key in rsa:2048 ec:p256 ec:p384 ed25519; do
    tag=${key//:/-}
    # The linter refuses Ed25519 CAs and servers, which browsers and NSS fail with (test_lint.sh);
    # OpenSSL verifies them, which is what this loop checks.
    force=()
    [[ $key == ed25519 ]] && force=(--force)
    must cli ca create "root-$tag" --key "$key" --subject "CN=Root $tag" "${force[@]}"
    must cli ca create "inter-$tag" --key "$key" --issuer "root-$tag" --subject "CN=Inter $tag" "${force[@]}"
    must cli issue server "inter-$tag" --key "$key" --dns "$tag.example.test" --name "leaf-$tag" "${force[@]}"
    must cli issue client "inter-$tag" --key "$key" --cn "client $tag" --name "client-$tag"
    for name in "root-$tag" "inter-$tag" "leaf-$tag" "client-$tag"; do
        must cli export "$name" --format pem --out "$name.pem"
    done
    assert_cmd "$key server chain verifies" openssl verify -CAfile "root-$tag.pem" -untrusted "inter-$tag.pem" \
        "leaf-$tag.pem"
    assert_cmd "$key client chain verifies" openssl verify -purpose sslclient -CAfile "root-$tag.pem" \
        -untrusted "inter-$tag.pem" "client-$tag.pem"
    must cli export "leaf-$tag" --format key --out "leaf-$tag.key"
    assert_cmd "$key key matches its certificate" bash -c \
        "cmp <(openssl pkey -in 'leaf-$tag.key' -pubout) <(openssl x509 -in 'leaf-$tag.pem' -noout -pubkey)"
done
run openssl x509 -in leaf-rsa-2048.pem -noout -text
assert_contains "$OUT" "Public-Key: (2048 bit)" "--key rsa:2048 makes an RSA-2048 key"
run openssl x509 -in leaf-ed25519.pem -noout -text
assert_contains "$OUT" "ED25519" "--key ed25519 makes an Ed25519 key"
run openssl x509 -in server.pem -noout -text
assert_contains "$OUT" "prime256v1" "leaves default to ec:p256"
must cli export Root --format pem --out root.pem
run openssl x509 -in root.pem -noout -text
assert_contains "$OUT" "secp384r1" "CAs default to ec:p384"
run openssl x509 -in root.pem -noout -enddate -startdate
must cli export Inter --format pem --out inter.pem
assert_cmd "default chain verifies" openssl verify -CAfile root.pem -untrusted inter.pem server.pem

# Validity defaults: 3650 days root, 1825 intermediate, 397 leaves.
days_of() {
    python3 - "$1" <<'PY'
import json, sys
from datetime import datetime
o = json.loads(sys.argv[1])
f = lambda s: datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")
print(round((f(o["notAfter"]) - f(o["notBefore"])).total_seconds() / 86400))
PY
}
for pair in Root:3650 Inter:1825 a.example.test:397 alice:397; do
    must cli show "${pair%%:*}" --json
    # notBefore is backdated a few minutes for clock skew: allow a day either way.
    actual=$(days_of "$OUT")
    if (( actual >= ${pair#*:} - 1 && actual <= ${pair#*:} + 1 )); then
        pass "${pair%%:*} is valid for ${pair#*:} days"
    else
        fail "${pair%%:*} validity: $actual days, expected ${pair#*:}"
    fi
done

# --- both DN syntaxes name the same subject ----------------------------------------------------
must cli ca create dn-rfc4514 --subject "CN=Same Name,OU=Unit,O=Org,C=ES"
must cli ca create dn-openssl --subject "/C=ES/O=Org/OU=Unit/CN=Same Name"
must cli show dn-rfc4514 --json
subject_a=$(json_query "$OUT" "d['subject']")
must cli show dn-openssl --json
subject_b=$(json_query "$OUT" "d['subject']")
assert_eq "$subject_a" "$subject_b" "RFC 4514 and OpenSSL DN syntax give the same subject"
must cli export dn-rfc4514 --format der --out dn-a.der
must cli export dn-openssl --format der --out dn-b.der
assert_eq "$(openssl x509 -inform DER -in dn-a.der -noout -subject -nameopt RFC2253)" \
    "$(openssl x509 -inform DER -in dn-b.der -noout -subject -nameopt RFC2253)" "same subject in the DER"

# --- revocation and CRLs -----------------------------------------------------------------------
alice_serial=$(json_query "$LIST_JSON" "[o for o in d if o['name']=='alice'][0]['serial']")
must cli revoke alice --reason keyCompromise
assert_contains "$OUT" "run 'signet-cli crl Inter --bundle --out FILE' and reload your servers" "revoke hints at the CRL"
must cli list --status revoked --json
assert_eq "alice keyCompromise" "$(json_query "$OUT" "d[0]['name'] + ' ' + d[0]['revocationReason']")" \
    "list --status revoked"
assert_eq "True" "$(json_query "$OUT" "d[0]['revokedAt'].endswith('Z') and d[0]['status'] == 'revoked'")" "revokedAt"
must cli crl Inter --out inter.crl
assert_contains "$OUT" "inter.crl" "crl reports the file"
run openssl crl -in inter.crl -noout -text
assert_contains "${OUT^^}" "$alice_serial" "the CRL lists the revoked serial"
assert_contains "$OUT" "Key Compromise" "the CRL carries the reason"
assert_cmd "the CRL is signed by the intermediate" openssl crl -in inter.crl -noout -CAfile inter.pem
must cli crl Inter --der --out inter.der.crl --days 7
assert_cmd "--der writes DER" openssl crl -inform DER -in inter.der.crl -noout
must cli crl Inter
assert_contains "$OUT" "-----BEGIN X509 CRL-----" "crl without --out prints PEM"
assert_not_contains "$OUT" "PRIVATE KEY" "crl prints no key"
expect_fail 1 "no certificate or CA named" cli revoke no-such-certificate

# --- server configuration ----------------------------------------------------------------------
for server in nginx apache haproxy; do
    must cli config "$server" --server a.example.test --client-ca Inter --out "conf-$server" --port 8443
    assert_contains "$OUT" "curl" "$server config prints a test command"
    assert_eq 600 "$(stat -c %a "$(grep -l 'PRIVATE KEY' "conf-$server"/* | head -n1)")" "$server key file is 0600"
done

# --- environment instead of options, password change, audit -------------------------------------
must cli list --json
expected_json=$OUT
expect_ok env SIGNET_WORKSPACE="$WS" SIGNET_PASSWORD="$(head -n1 "$PWFILE")" "$SIGNET_CLI" list --json
assert_eq "$expected_json" "$OUT" "SIGNET_WORKSPACE and SIGNET_PASSWORD stand in for the options"
printf 'a brand new password\n' > new-pw.txt
must cli passwd --new-password-file new-pw.txt
expect_fail 1 "wrong password" cli list
PWFILE="$TEST_DIR/new-pw.txt"
expect_ok cli list
must cli audit --verify
if [[ "$OUT" =~ ^audit\ log\ intact:\ [0-9]+\ entries$ ]]; then pass "audit --verify"; else fail "audit --verify: $OUT"; fi
must cli audit
assert_contains "$OUT" "revoke" "audit lists the revocation"
assert_not_contains "$OUT" "PRIVATE KEY" "audit shows no key"

finish
