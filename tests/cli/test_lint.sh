#!/usr/bin/env bash
# signet-cli lint on certificates Signet made and ones it did not, and the linter at issuance:
# errors refuse unless --force, warnings are printed after the summary line.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

expect_ok "$SIGNET_CLI" lint --help
assert_contains "$OUT" "Usage: signet-cli lint" "lint --help shows its usage"
assert_contains "$OUT" "An existing file wins" "lint --help says which wins, a file or a workspace name"
for command in "ca create" "issue server" "issue client" sign; do
    # shellcheck disable=SC2086 # the subcommands are two words on purpose
    expect_ok "$SIGNET_CLI" $command --help
    assert_contains "$OUT" "--force" "$command --help offers --force"
done

# --- Signet's own certificates lint clean ------------------------------------------------------
must cli init
must cli ca create Root --subject "CN=Lint Test Root,O=Signet Tests"
must cli ca create Inter --issuer Root --subject "CN=Lint Test Intermediate" --permit-dns example.test \
    --permit-ip 192.0.2.0/24 --permit-email example.test
must cli issue server Inter --dns www.example.test --ip 192.0.2.1
must cli issue client Inter --cn alice --email alice@example.test
for cert in Root Inter www.example.test alice; do
    expect_ok cli lint "$cert"
    assert_eq "no findings" "$OUT" "Signet's '$cert' lints clean"
done
must cli export www.example.test --format fullchain --out server-chain.pem
must cli export www.example.test --format der --out server.der
# Files need no workspace: none exists in this HOME.
expect_ok "$SIGNET_CLI" lint server-chain.pem
assert_eq "no findings" "$OUT" "a PEM chain file lints clean without a workspace"
expect_ok "$SIGNET_CLI" lint server.der
assert_eq "no findings" "$OUT" "a DER file lints clean"

# --- certificates made elsewhere -----------------------------------------------------------------
# A server certificate with its host name only in the CN, as old guides make them.
must openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout nosan.key -out nosan.pem \
    -days 90 -subj "/CN=legacy.example.test" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth"
run "$SIGNET_CLI" lint nosan.pem
assert_eq 1 "$RC" "lint exits 1 on errors"
assert_contains "$OUT" "ERROR apple.san.required: " "no SAN: Apple's rule"
assert_contains "$OUT" "ERROR chrome.san.only: " "host name only in the CN: Chrome's rule"
assert_eq 2 "$(grep -c '' <<<"$OUT")" "one line per finding"
run "$SIGNET_CLI" lint nosan.pem --profile client
assert_eq 0 "$RC" "as a client certificate it breaks no rule"
assert_eq "no findings" "$OUT" "--profile client skips the server rules"
expect_fail 2 "unknown --profile" "$SIGNET_CLI" lint nosan.pem --profile mail

# A long-lived SHA-1 server certificate: one error, one warning.
must openssl req -x509 -newkey rsa:2048 -sha1 -nodes -keyout sha1.key -out sha1.pem -days 500 \
    -subj "/CN=old.example.test" -addext "basicConstraints=critical,CA:FALSE" \
    -addext "extendedKeyUsage=serverAuth" -addext "subjectAltName=DNS:old.example.test"
run "$SIGNET_CLI" lint sha1.pem
assert_eq 1 "$RC" "a SHA-1 signature is an error"
assert_contains "$OUT" "ERROR apple.signature.sha2: " "SHA-1 signature found"
assert_contains "$OUT" "WARNING chrome.validity.398: " "500 days warned about"

# A chain file: the second certificate is the issuer, whose name constraints the leaf breaks.
must openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout nc-ca.key -out nc-ca.pem \
    -days 365 -subj "/CN=Constrained CA" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "nameConstraints=critical,permitted;DNS:example.test"
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout outside.key -out outside.csr \
    -subj "/CN=www.example.org"
printf '%s\n' "basicConstraints=critical,CA:FALSE" "extendedKeyUsage=serverAuth" \
    "subjectAltName=DNS:www.example.org" "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" > outside.ext
must openssl x509 -req -in outside.csr -CA nc-ca.pem -CAkey nc-ca.key -set_serial 0x4a1f0c3e5d6b7a88 -days 90 \
    -extfile outside.ext -out outside.pem
cat outside.pem nc-ca.pem > outside-chain.pem
run "$SIGNET_CLI" lint outside-chain.pem
assert_eq 1 "$RC" "a name outside the issuer's constraints is an error"
assert_eq "ERROR chrome.name-constraints: " "${OUT:0:31}" "the chain's issuer is checked"
run "$SIGNET_CLI" lint outside.pem
assert_eq "no findings" "$OUT" "without the issuer the constraint cannot be checked"

# An existing file wins over a workspace certificate of the same name.
cp nosan.pem www.example.test
run cli lint www.example.test
assert_contains "$OUT" "apple.san.required" "the file named like a workspace certificate was linted"
rm www.example.test
expect_fail 1 "no certificate or CA named 'nothing-here'" cli lint nothing-here
expect_fail 1 "not a PEM or DER certificate" "$SIGNET_CLI" lint outside.ext

# --- the linter at issuance ------------------------------------------------------------------------
expect_fail 1 "apple.validity.825" cli issue server Root --dns long.example.test --days 900
assert_contains "$ERR" "--force" "the refusal says how to override it"
run cli show long.example.test
assert_eq 1 "$RC" "nothing was stored"
must cli issue server Root --dns long.example.test --days 900 --force
assert_eq 1 "$(grep -c '' <<<"$OUT")" "stdout keeps its one summary line"
assert_contains "$OUT" "issued server certificate 'long.example.test'" "forced issuance succeeds"
assert_contains "$ERR" "error (forced): apple.validity.825: " "the overridden error is reported"
assert_contains "$ERR" "warning: chrome.validity.398: " "the warning is reported"
run cli lint long.example.test
assert_eq 1 "$RC" "the forced certificate still lints with errors"
assert_contains "$OUT" "ERROR apple.validity.825: " "lint names Apple's limit"

must cli issue server Root --dns mid.example.test --days 500
assert_eq "warning: chrome.validity.398: " "${ERR:0:30}" "warnings do not refuse, and follow the summary"
must cli issue client Root --cn bob --days 3000
assert_eq "" "$ERR" "a long-lived client certificate draws no warning"

# A request with a 1024-bit RSA key: a key 'issue' would never make, so 'sign' refuses it for every
# profile, even with --force; 'lint' names the rule on such a certificate made elsewhere.
must openssl req -new -newkey rsa:1024 -nodes -keyout weak.key -out weak.csr -subj "/CN=weak.example.test"
expect_fail 1 "RSA keys need at least 2048 bits" cli sign Root weak.csr --profile server
expect_fail 1 "RSA keys need at least 2048 bits" cli sign Root weak.csr --profile client --name weak-client
expect_fail 1 "RSA keys need at least 2048 bits" cli sign Root weak.csr --profile server --name weak-server --force
must openssl req -x509 -key weak.key -out weak.pem -days 30 -subj "/CN=weak.example.test" \
    -addext "subjectAltName=DNS:weak.example.test" -addext "extendedKeyUsage=serverAuth"
run cli lint weak.pem --profile server
assert_contains "$OUT" "ERROR apple.key.rsa-2048" "lint reports a 1024-bit server key under Apple's rule"
run cli lint weak.pem --profile client
assert_contains "$OUT" "ERROR signet.key.type" "lint reports a 1024-bit client key as a key Signet does not certify"

# A CA whose name constraints leave out the server's name: refused by the chain check itself.
expect_fail 1 "would not verify" cli issue server Inter --dns www.example.org

# --- Ed25519: errors where browsers fail (servers, CAs), a warning for clients ----------------------
expect_fail 1 "nss.ca.ed25519" cli ca create EdRoot --key ed25519 --subject "CN=Ed Root"
assert_contains "$ERR" "cannot import it as a root" "the refusal says what NSS cannot do"
assert_contains "$ERR" "--force" "the refusal says how to override it"
must cli ca create EdRoot --key ed25519 --subject "CN=Ed Root" --force
assert_contains "$ERR" "error (forced): nss.ca.ed25519: " "the forced Ed25519 CA is reported"
expect_fail 1 "chrome.key.ed25519" cli issue server Root --dns ed.example.test --key ed25519
assert_contains "$ERR" "ERR_SSL_VERSION_OR_CIPHER_MISMATCH" "the refusal names Chromium's error"
assert_contains "$ERR" "no suitable signature algorithm" "and nginx's"
expect_fail 1 "chrome.signature.ed25519" cli issue server EdRoot --dns under.example.test
must cli issue client Root --cn carol --key ed25519
assert_eq "warning: nss.client.ed25519: " "${ERR:0:29}" "an Ed25519 client key is a warning"
must cli issue client EdRoot --cn dora
assert_eq "" "$ERR" "what signed a client certificate draws no finding"
must cli issue server Root --dns ed.example.test --key ed25519 --force
run cli lint ed.example.test
assert_eq 1 "$RC" "the forced Ed25519 server still lints with an error"
assert_contains "$OUT" "ERROR chrome.key.ed25519: " "lint names the Ed25519 key"
run cli lint EdRoot
assert_contains "$OUT" "ERROR nss.ca.ed25519: " "lint names the Ed25519 CA"
# An Ed25519 server certificate made elsewhere.
must openssl req -x509 -newkey ed25519 -nodes -keyout ed.key -out ed.pem -days 90 -subj "/CN=ed.example.test" \
    -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth" \
    -addext "subjectAltName=DNS:ed.example.test"
run "$SIGNET_CLI" lint ed.pem
assert_eq 1 "$RC" "an Ed25519 server file lints with an error"
assert_contains "$OUT" "ERROR chrome.key.ed25519: " "the file's Ed25519 key is named"
run "$SIGNET_CLI" lint ed.pem --profile client
assert_eq 0 "$RC" "as a client certificate it is only a warning"
assert_contains "$OUT" "WARNING nss.client.ed25519: " "the client warning is shown"

finish
