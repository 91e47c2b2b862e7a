#!/usr/bin/env bash
# Issuance templates and subject defaults through signet-cli: the shipped templates, creating and
# deleting one, defaults of the workspace and of a CA, and certificates issued with --template as
# openssl reads them. Refusals change nothing.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

must cli init
must cli ca create Root --subject "CN=Templates Test Root"

# --- the shipped templates ------------------------------------------------------------------------
must cli template list
for name in web-server vpn-client internal-service; do
    assert_contains "$OUT" "$name" "template list shows $name"
done
assert_eq 3 "$(grep -c '(built-in)' <<<"$OUT")" "template list marks the three shipped templates"
must cli template show internal-service
assert_contains "$OUT" "server-client" "show: the profile"
assert_contains "$OUT" "{cn}.internal" "show: the DNS name pattern"
must cli template list --json
assert_eq "True" "$(json_query "$OUT" "d['templates'][0]['builtIn']")" "template list --json marks built-ins"
unchanged 1 "cannot be deleted" cli template delete web-server
unchanged 1 "comes with Signet" cli template create WEB-SERVER --profile server
unchanged 1 "no template named 'nope'" cli template show nope

# --- defaults ------------------------------------------------------------------------------------
must cli defaults set --o "Acme Corp" --c de --email-domain example.test
assert_contains "$OUT" "DE" "defaults set shows the country upper-cased"
must cli defaults set --ca Root --ou Platform
must cli defaults show --ca Root
assert_contains "$OUT" "Platform" "defaults show --ca shows the CA's own defaults"
unchanged 1 "two-letter" cli defaults set --c Germany
unchanged 1 "not a domain" cli defaults set --email-domain "a b"
unchanged 1 "no certificate" cli defaults set --ca Nope --o X

# --- a template of our own ---------------------------------------------------------------------
must cli template create db --profile server --key rsa:2048 --days 90 --o "Acme DB" --dns-pattern '{cn}.db.example.test'
assert_contains "$OUT" "created template 'db'" "template create reports"
unchanged 1 "already exists" cli template create db --profile client
unchanged 1 "not offered" cli template create edge --profile server --key ed25519
unchanged 1 "other than {cn}" cli template create bad --profile server --dns-pattern '{host}.example'
unchanged 1 "not for CAs" cli template create badca --profile root-ca --dns-pattern '{cn}.example'
expect_fail 2 "unknown --profile" cli template create bad --profile imported

# --- issuing with templates ----------------------------------------------------------------------
must cli issue server Root --dns pg1 --template db
must cli export pg1 --format pem --out pg1.pem
must openssl x509 -in pg1.pem -noout -text
text=$OUT
assert_contains "$text" "Public-Key: (2048 bit)" "--template db: an RSA 2048 key"
assert_contains "$text" "DNS:pg1, DNS:pg1.db.example.test" "--template db: the pattern expanded with the CN"
assert_contains "$text" "O = Acme DB" "--template db: the template's O wins over the workspace's"
assert_contains "$text" "OU = Platform" "--template db: the CA's OU"
assert_contains "$text" "C = DE" "--template db: the workspace's country"
must openssl x509 -in pg1.pem -noout -enddate -startdate
days=$(( ($(date -d "$(sed -n 's/notAfter=//p' <<<"$OUT")" +%s) - $(date -d "$(sed -n 's/notBefore=//p' <<<"$OUT")" +%s)) / 86400 ))
[[ $days -ge 89 && $days -le 90 ]] && pass "--template db: 90 days" || fail "--template db: $days days"

# Chosen values win over the template.
must cli issue server Root --dns pg2 --template db --key ec:p256 --days 30 --subject "CN=pg2,O=Chosen"
must cli export pg2 --format pem --out pg2.pem
must openssl x509 -in pg2.pem -noout -text
assert_contains "$OUT" "ASN1 OID: prime256v1" "--key wins over the template's"
assert_contains "$OUT" "O = Chosen" "--subject's O wins over the template's"

# A server-client template from 'issue client': the name under .internal, both extended key usages,
# the e-mail domain completing a bare address.
must cli issue client Root --cn billing --email billing --template internal-service
must cli export billing --format pem --out billing.pem
must openssl x509 -in billing.pem -noout -text
assert_contains "$OUT" "DNS:billing.internal" "internal-service: {cn}.internal"
assert_contains "$OUT" "email:billing@example.test" "the e-mail domain completes a bare address"
assert_contains "$OUT" "TLS Web Server Authentication, TLS Web Client Authentication" "internal-service: both EKUs"

unchanged 1 "not Server certificates" cli issue server Root --dns x.example.test --template vpn-client
unchanged 1 "no template named" cli issue client Root --cn x --template missing
unchanged 1 "needs a host name" cli issue server Root --template internal-service --ip 10.0.0.1 --subject "O=x"
unchanged 1 "needs a common name" cli issue server Root --template internal-service --subject "O=x"

# sign: the template gives the profile and the validity.
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout csr.key -out req.csr \
    -subj "/CN=device-7"
must cli sign Root req.csr --template vpn-client
assert_contains "$OUT" "signed client certificate" "sign --template takes the template's profile"

# ca create: a CA template.
must cli template create corp-ca --profile intermediate-ca --key ec:p384 --days 1000 --o "Acme CA"
must cli ca create Issuing --issuer Root --subject "CN=Acme Issuing" --template corp-ca
must cli export Issuing --format pem --out issuing.pem
must openssl x509 -in issuing.pem -noout -subject
assert_contains "$OUT" "O = Acme CA" "ca create --template: the template's O"
unchanged 1 "Root CA" cli ca create Other --subject "CN=Other" --template corp-ca

must cli template delete db
must cli template list
assert_not_contains "$OUT" "db " "a deleted template is gone"
must cli audit
assert_contains "$OUT" "create-template" "creating a template is audited"
assert_contains "$OUT" "set-defaults" "setting defaults is audited"
finish
