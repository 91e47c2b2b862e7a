#!/usr/bin/env bash
# `signet-cli export --format mobileconfig`: an Apple configuration profile that python3's plistlib
# reads, with the root, intermediate and identity payloads, mode 0600, the generated or given
# password (embedded only when asked), and an identity that `openssl pkcs12` opens.
# shellcheck disable=SC2317,SC2016 # the helpers run through `run`/`must`; the Python is single-quoted on purpose
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

# plist_json FILE: the profile as JSON ({"$data": base64} for <data>), or a failure when plistlib
# cannot read it.
plist_json() {
    python3 - "$1" <<'PY'
import base64, json, plistlib, sys
with open(sys.argv[1], 'rb') as f:
    plist = plistlib.load(f, fmt=plistlib.FMT_XML)
def convert(v):
    if isinstance(v, bytes):
        return {'$data': base64.b64encode(v).decode()}
    if isinstance(v, dict):
        return {k: convert(x) for k, x in v.items()}
    if isinstance(v, list):
        return [convert(x) for x in v]
    return v
print(json.dumps(convert(plist)))
PY
}
# identity_p12 JSON FILE: writes the PKCS#12 payload's content to FILE.
identity_p12() {
    python3 -c 'import base64, json, sys
d = json.loads(sys.argv[1])
p = [p for p in d["PayloadContent"] if p["PayloadType"] == "com.apple.security.pkcs12"][0]
open(sys.argv[2], "wb").write(base64.b64decode(p["PayloadContent"]["$data"]))' "$1" "$2"
}

must cli init
must cli ca create Root --subject "CN=Signet Test Root,O=Signet Tests,C=ES"
must cli ca create Inter --issuer Root --subject "CN=Signet Test Devices,O=Signet Tests,C=ES" --path-len 0
must cli issue client Inter --cn alice --email alice@example.test

# --- generated password ---------------------------------------------------------------------------
must cli export alice --format mobileconfig --out alice.mobileconfig
assert_contains "$OUT" "wrote alice.mobileconfig (mobileconfig of 'alice')" "export names the file"
PASSWORD=$(sed -n 's/^PKCS#12 password: //p' <<<"$OUT")
assert_eq 29 "${#PASSWORD}" "a generated password is printed once"
assert_eq 600 "$(stat -c %a alice.mobileconfig)" "the profile holds a key: mode 0600"
assert_cmd "the profile has Apple's plist DOCTYPE" \
    grep -q '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"' alice.mobileconfig
must plist_json alice.mobileconfig
JSON=$OUT
assert_eq "Configuration 1" "$(json_query "$JSON" 'd["PayloadType"] + " " + str(d["PayloadVersion"])')" "top-level type and version"
assert_eq "alice — Signet" "$(json_query "$JSON" 'd["PayloadDisplayName"]')" "display name from the workspace"
assert_eq "Signet Tests" "$(json_query "$JSON" 'd["PayloadOrganization"]')" "organization is the CA's O"
assert_eq "com.apple.security.root com.apple.security.pkcs1 com.apple.security.pkcs12" \
    "$(json_query "$JSON" '" ".join(p["PayloadType"] for p in d["PayloadContent"])')" "root, intermediate, identity"
assert_eq "Root Inter alice" \
    "$(json_query "$JSON" '" ".join(p["PayloadDisplayName"] for p in d["PayloadContent"])')" "payload names from the workspace"
assert_eq "4" "$(json_query "$JSON" 'len({d["PayloadUUID"]} | {p["PayloadUUID"] for p in d["PayloadContent"]})')" \
    "every PayloadUUID differs"
assert_eq "False" "$(json_query "$JSON" '"Password" in str(list(d) + [list(p) for p in d["PayloadContent"]])')" \
    "no password in the profile unless asked"
run identity_p12 "$JSON" alice.p12
assert_eq 0 "$RC" "the PKCS#12 payload comes out"
run openssl pkcs12 -info -in alice.p12 -passin "pass:$PASSWORD" -nodes
assert_eq 0 "$RC" "the identity opens with the printed password"
assert_contains "$ERR" "pbeWithSHA1And3-KeyTripleDES-CBC" "the identity is in the compatible profile"
assert_contains "$ERR" "MAC: sha1" "compatible MAC"

# --- given and embedded password --------------------------------------------------------------------
printf '%s\n' 'profile passphrase' > export-pw.txt
must cli export alice --format mobileconfig --export-password-file export-pw.txt --embed-password --out embedded.mobileconfig
assert_not_contains "$OUT" "password:" "a given password is not printed"
must plist_json embedded.mobileconfig
JSON=$OUT
assert_eq "profile passphrase" \
    "$(json_query "$JSON" '[p["Password"] for p in d["PayloadContent"] if "Password" in p][0]')" "--embed-password embeds it"
run identity_p12 "$JSON" embedded.p12
assert_eq 0 "$RC" "the embedded-password profile's PKCS#12 payload comes out"
assert_cmd "the identity opens with the given password" openssl pkcs12 -in embedded.p12 -passin pass:'profile passphrase' -nodes -out /dev/null
run cli audit
assert_contains "$OUT" "format=mobileconfig password=embedded" "the audit log records the embedded password"

# --- refused -------------------------------------------------------------------------------------------
expect_fail 2 "--embed-password applies to --format mobileconfig only" cli export alice --format p12 --embed-password --out x.p12
expect_fail 2 "--p12-profile does not apply to --format mobileconfig" \
    cli export alice --format mobileconfig --p12-profile modern --out x.mobileconfig
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout csr.key -out req.csr -subj "/CN=carol"
must cli sign Inter req.csr --profile client --name carol
expect_fail 1 "no private key" cli export carol --format mobileconfig --out carol.mobileconfig
assert_cmd "nothing is written on failure" test ! -e carol.mobileconfig

finish
