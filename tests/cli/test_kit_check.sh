#!/usr/bin/env bash
# `signet-cli kit` (the deployment kit: every file, the key 0600, an executable test-mtls.sh that
# bash accepts) and `signet-cli check` (in-memory TLS 1.3 / 1.2 handshakes: ok for a good pair,
# exit 1 with the reason once the client is revoked and a CRL published). tests/interop/test_kit.sh
# runs the kit's test-mtls.sh against a real nginx.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

must cli init
must cli ca create Root --subject "CN=Kit Root,O=Signet Tests"
must cli ca create "Kit Clients" --issuer Root --subject "CN=Kit Clients,O=Signet Tests"
must cli issue server "Kit Clients" --dns app.example.test --name web
must cli issue client "Kit Clients" --cn alice
must cli issue client "Kit Clients" --cn bob
must cli ca create Stranger --subject "CN=Stranger"
must cli issue client Stranger --cn mallory

for command in kit check; do
    expect_ok "$SIGNET_CLI" "$command" --help
    assert_contains "$OUT" "Usage: signet-cli $command" "$command --help shows its usage"
done
expect_ok "$SIGNET_CLI" --help
assert_contains "$OUT" "kit CERT --out DIR" "--help lists kit"
assert_contains "$OUT" "check SERVER_CERT CLIENT_CERT" "--help lists check"

# --- kit -----------------------------------------------------------------------------------------
expect_fail 2 "missing required option --out" cli kit web
expect_fail 2 "" cli kit
expect_fail 2 "port" cli kit web --out kit --port 0
expect_fail 1 "is a CA" cli kit "Kit Clients" --out refused
expect_fail 1 "is not a CA" cli kit web --client-ca alice --out refused
assert_eq "no" "$([[ -e refused/server.key ]] && echo yes || echo no)" "a refused kit writes no key"

must cli kit web --out kit --port 8443 --backend http://127.0.0.1:9000
assert_contains "$OUT" "wrote a deployment kit to $TEST_DIR/kit" "kit names the folder"
assert_contains "$OUT" "test-mtls.sh client.crt client.key" "kit shows how to run the test"
for file in server.crt server.key server.pem client-ca.pem client-crl.pem server-ca.pem nginx.conf apache.conf \
    haproxy.cfg server.js test-mtls.sh README.txt; do
    assert_eq "yes" "$([[ -s kit/$file ]] && echo yes || echo no)" "kit wrote $file"
    assert_contains "$OUT" "$TEST_DIR/kit/$file" "kit lists $file"
done
assert_eq "12" "$(find kit -type f | wc -l)" "kit wrote nothing else"
assert_eq "600" "$(stat -c %a kit/server.key)" "server.key is 0600"
assert_eq "600" "$(stat -c %a kit/server.pem)" "server.pem is 0600"
assert_eq "755" "$(stat -c %a kit/test-mtls.sh)" "test-mtls.sh is executable"
assert_cmd "test-mtls.sh is valid bash" bash -n kit/test-mtls.sh
assert_cmd "shellcheck accepts test-mtls.sh" shellcheck kit/test-mtls.sh
run kit/test-mtls.sh
assert_eq "2" "$RC" "test-mtls.sh without a client certificate is a usage error"
assert_contains "$ERR" "usage:" "test-mtls.sh explains its usage"

assert_contains "$(cat kit/nginx.conf)" "listen 8443 ssl;" "nginx listens on --port"
assert_contains "$(cat kit/nginx.conf)" "proxy_pass http://127.0.0.1:9000;" "nginx forwards to --backend"
assert_contains "$(cat kit/nginx.conf)" "\"Kit Clients\"" "the client CA defaults to the server's issuer"
assert_eq "2" "$(grep -c 'BEGIN X509 CRL' kit/client-crl.pem)" "the CRL bundle holds a CRL per CA"
assert_cmd "the kit's chain verifies against its root" \
    openssl verify -CAfile kit/server-ca.pem -untrusted kit/server.crt kit/server.crt
assert_cmd "server.pem holds the key of server.crt" bash -c \
    'diff <(openssl x509 -in kit/server.pem -noout -pubkey) <(openssl pkey -in kit/server.key -pubout)'
README=$(cat kit/README.txt)
for needle in /etc/nginx/ /etc/apache2/ /etc/haproxy/ "systemctl reload nginx" "systemctl reload apache2" \
    "systemctl reload haproxy" "signet-cli crl 'Kit Clients' --bundle --out" "./test-mtls.sh"; do
    assert_contains "$README" "$needle" "README mentions $needle"
done
run cli audit
assert_eq "1" "$(grep -c 'deployment-kit' <<<"$OUT")" "one audit record for the kit"
assert_not_contains "$OUT" "server-config" "no audit record per configuration"

must cli kit web --client-ca Stranger --out kit-stranger
assert_contains "$(cat kit-stranger/nginx.conf)" "\"Stranger\"" "--client-ca chooses the accepted CA"

# --- check ---------------------------------------------------------------------------------------
must cli check web alice
assert_contains "$OUT" "TLS 1.3: ok" "check: TLS 1.3 succeeds for a good pair"
assert_contains "$OUT" "TLS 1.2: ok" "check: TLS 1.2 succeeds for a good pair"
assert_contains "$OUT" "as app.example.test" "check connects to the server's DNS name"
assert_contains "$OUT" "checked against a CRL for every CA" "the kit's CRLs are checked"

expect_fail 1 "the handshake failed" cli check web mallory
assert_contains "$OUT" "TLS 1.3: refused by the server: unable to get local issuer certificate" \
    "a client from another CA is refused by the server"
must cli check web mallory --client-ca Stranger
assert_contains "$OUT" "TLS 1.2: ok" "--client-ca changes whom the server accepts"

expect_fail 1 "the handshake failed" cli check web alice --host other.example.test
assert_contains "$OUT" "TLS 1.3: refused by the client: hostname mismatch" "a wrong host name is refused by the client"
expect_fail 1 "the handshake failed" cli check alice bob --client-ca "Kit Clients" --host alice
assert_contains "$OUT" "refused by the client: unsuitable certificate purpose" "a client certificate cannot serve"

expect_fail 1 "is a CA" cli check "Kit Clients" alice
expect_fail 1 "" cli check web nobody
expect_fail 2 "" cli check web

must cli revoke alice --reason keyCompromise
must cli crl "Kit Clients" --bundle --out kit/client-crl.pem --force
expect_fail 1 "the handshake failed with TLS 1.3 and TLS 1.2" cli check web alice
assert_contains "$OUT" "TLS 1.3: refused by the server: certificate revoked" "TLS 1.3 refuses the revoked client"
assert_contains "$OUT" "TLS 1.2: refused by the server: certificate revoked" "TLS 1.2 refuses the revoked client"
assert_contains "$OUT" "alert: certificate revoked" "check names the alert"
must cli check web bob
assert_contains "$OUT" "TLS 1.3: ok" "bob is still accepted"

# An expired CRL would lock every client out; check says so before a server does.
SIGNET_NOW=$(date -u -d '+40 days' +%Y-%m-%dT%H:%M:%SZ) expect_fail 1 "the handshake failed" cli check web bob
assert_contains "$OUT" "refused by the server: CRL has expired" "check detects an expired CRL"

finish
