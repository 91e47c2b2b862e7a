#!/usr/bin/env bash
# Input from outside, as issue 9 found it abused: names that shadow serials, requests that dodge
# the rules of 'issue', control characters in names, unbounded reads, writes through symbolic links,
# and core dumps. Each refusal is a clear one-line error that leaves the workspace as it was.
# engines: sqlite postgresql
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

must cli init
must cli ca create Lab --subject "CN=Inputs Lab Root,O=Signet Tests"

# csr_for FILE SUBJECT [SAN] [genpkey options...]: a request made by openssl (EC P-256 by default).
csr_for() {
    local file=$1 subject=$2 san=${3:-}
    shift 3
    local keygen=("$@")
    [[ ${#keygen[@]} -eq 0 ]] && keygen=(-algorithm EC -pkeyopt ec_paramgen_curve:P-256)
    openssl genpkey "${keygen[@]}" -out "$file.key" 2>/dev/null || return 1
    local ext=()
    [[ -n "$san" ]] && ext=(-addext "subjectAltName=$san")
    openssl req -new -key "$file.key" -subj "$subject" "${ext[@]}" -out "$file" 2>/dev/null
}

# --- D20: a name never shadows a serial -------------------------------------------------------------
must cli issue client Lab --cn user3
user3_serial=$(json_query "$(cli show user3 --json)" 'd["serial"]')
csr_for shadow.csr "/CN=$user3_serial" ""
must cli sign Lab shadow.csr --profile client
assert_contains "$OUT" "'$user3_serial (name)'" "a CN that reads as a serial gets a name that does not"
attacker_serial=$(json_query "$(cli show "$user3_serial (name)" --json)" 'd["serial"]')
assert_contains "$OUT" "serial $attacker_serial" "sign prints the serial of what it signed"
must cli revoke "$user3_serial"
assert_contains "$OUT" "revoked 'user3' (serial $user3_serial" "revoke by serial revokes user3, and says so"
assert_eq "valid" "$(json_query "$(cli show "$user3_serial (name)" --json)" 'd["status"]')" \
    "the request's certificate is not the one revoked"
unchanged 1 "would read as a serial number" cli sign Lab shadow.csr --profile client --name "$user3_serial"
unchanged 1 "would read as a serial number" cli issue client Lab --cn bob --name "0a:1b:2c"
unchanged 1 "would read as a serial number" cli ca create "12AB" --subject "CN=Hex CA"
unchanged 1 "may not start with 'id:'" cli issue client Lab --cn bob --name "id:1"

# State-changing commands name what they acted on: name and serial.
must cli issue server Lab --dns web.example.test
assert_contains "$OUT" "issued server certificate 'web.example.test' (serial " "issue prints name and serial"
must cli ca create Sub --issuer Lab --subject "CN=Inputs Sub CA"
assert_contains "$OUT" "created intermediate CA 'Sub' under 'Lab' (serial " "ca create prints name and serial"
lab_serial=$(json_query "$(cli show Lab --json)" 'd["serial"]')
must cli crl Lab --out lab.crl
assert_contains "$OUT" "of 'Lab' (serial $lab_serial" "crl prints the CA's name and serial"
must cli export web.example.test --format pem --out web.pem
web_serial=$(json_query "$(cli show web.example.test --json)" 'd["serial"]')

# --- D19: sign applies the rules of issue -------------------------------------------------------
for san in "DNS:ex ample.com" "DNS:*.*.com" "DNS:a_b..c" "DNS:ok.example.test,URI:javascript:alert(1)"; do
    csr_for bad-san.csr "/CN=request.example.test" "$san"
    rule=rfc5280.san.dns
    [[ "$san" == *javascript* ]] && rule=signet.san.uri
    unchanged 1 "$rule" cli sign Lab bad-san.csr --profile server
    assert_contains "$ERR" "add --force" "the refusal of '$san' says how to override it"
done
csr_for js.csr "/CN=js.example.test" "DNS:js.example.test,URI:javascript:alert(1)"
must cli sign Lab js.csr --profile server --force --name forced-js
assert_contains "$ERR" "signet.san.uri" "a forced signing prints the error it overrode"
run cli lint forced-js
assert_eq 1 "$RC" "lint finds an error in the forced certificate"
assert_contains "$OUT" "ERROR signet.san.uri" "lint names the URI rule"

csr_for k1.csr "/CN=k1.example.test" "DNS:k1.example.test" -algorithm EC -pkeyopt ec_paramgen_curve:secp256k1
unchanged 1 "Signet does not certify this key" cli sign Lab k1.csr --profile server --force
csr_for ed448.csr "/CN=ed448.example.test" "DNS:ed448.example.test" -algorithm ED448
unchanged 1 "Ed448" cli sign Lab ed448.csr --profile client --force
openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:1024 -out dsa.param 2>/dev/null
csr_for dsa.csr "/CN=dsa.example.test" "DNS:dsa.example.test" -paramfile dsa.param
unchanged 1 "DSA" cli sign Lab dsa.csr --profile server --force

# --- D15: control characters ----------------------------------------------------------------------
unchanged 1 "control characters" cli issue client Lab --cn $'eve\n2030-01-01T00:00:00Z  revoke  alice'
unchanged 1 "control characters" cli issue client Lab --cn eve --name $'eve\e[2J\e]0;owned\a'
unchanged 1 "control characters" cli issue client Lab --subject $'CN=eve,O=Lab\xe2\x80\xae'
unchanged 1 "control characters" cli ca create $'Evil\nCA' --subject "CN=Evil CA"
assert_not_contains "$ERR" $'\e' "the refusal prints no raw escape character"
# A certificate made elsewhere, with a line break and a colour escape in its CN and a terminal
# title escape in a URI, imported and then printed by every command that shows it.
python3 - <<'PY'
import subprocess
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "evil.key", "-out", "evil.pem", "-days", "30",
                "-subj", "/CN=mallory\n99  fake-row  server  valid\x1b[31m", "-addext",
                "subjectAltName=DNS:mallory.example.test,URI:https://x.example/\x1b]0;t\x07"],
               check=True, capture_output=True)
PY
must cli import evil.pem
assert_contains "$OUT" "imported certificate 'mallory" "import names what it imported"
assert_contains "$OUT" "(serial " "import prints the serial"
evil_id=$(json_query "$(cli list --json)" '[c["id"] for c in d if c["name"].startswith("mallory")][0]')
listed=$(cli list)
rows_expected=$(json_query "$(cli list --json)" 'len(d) + 1')
assert_eq "$rows_expected" "$(printf '%s\n' "$listed" | grep -c '')" "list prints one line per certificate"
assert_eq 0 "$(printf '%s\n' "$listed" | grep -c '^99  fake-row')" "no forged row in list"
run cli show "id:$evil_id"
assert_eq 1 "$(printf '%s\n' "$OUT" | grep -c '^Subject:.*fake-row')" "show keeps the CN on the Subject line"
assert_contains "$OUT" '\x1b]0;t\x07' "show prints the URI's escape characters escaped"
for output in "$listed" "$OUT" "$(cli audit)" "$(cli show "id:$evil_id" --text)" "$(cli lint evil.pem)" \
    "$(cli lint "id:$evil_id")"; do
    assert_not_contains "$output" $'\e' "no raw escape character printed"
    assert_not_contains "$output" $'\a' "no raw bell character printed"
done
run cli lint evil.pem
assert_contains "$OUT" "ERROR signet.san.uri" "lint reports the URI with control characters"

# --- D17: bounded reads --------------------------------------------------------------------------
# signet-cli on the test workspace, stopped after 20 s: these used to hang or abort.
bounded() { timeout 20 "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" "$@"; }
unchanged 1 "not a regular file" bounded import /dev/zero
unchanged 1 "not a regular file" bounded import /dev/urandom
unchanged 1 "not a regular file" bounded sign Lab /dev/zero --profile server
unchanged 1 "/dev/zero" bounded lint /dev/zero
mkfifo in.fifo
unchanged 1 "not a regular file" bounded import in.fifo
unchanged 1 "not a regular file" bounded import "$TEST_DIR"
truncate -s 17M huge.pem
unchanged 1 "larger than 16 MiB" bounded import huge.pem
truncate -s 1025K huge.csr
unchanged 1 "larger than 1 MiB" bounded sign Lab huge.csr --profile server
unchanged 1 "not a regular file or a pipe" timeout 20 "$SIGNET_CLI" --workspace "$WS" --password-file /dev/zero list
head -c 5000 /dev/zero | tr '\0' 'x' > long-password.txt
unchanged 1 "longer than 4 KiB" timeout 20 "$SIGNET_CLI" --workspace "$WS" --password-file long-password.txt list
unchanged 1 "not a regular file or a pipe" bounded import --import-password-file /dev/urandom evil.pem
# A pipe is a fine password file.
expect_ok timeout 20 "$SIGNET_CLI" --workspace "$WS" --password-file <(cat "$PWFILE") list

# --- D21: no writes through symbolic links ---------------------------------------------------------
printf 'precious\n' > victim.txt
ln -s victim.txt key-link.pem
unchanged 1 "symbolic link" cli export web.example.test --format key --out key-link.pem
assert_eq "precious" "$(cat victim.txt)" "the link's target is untouched by a key export"
ln -s victim.txt crl-link.pem
unchanged 1 "symbolic link" cli crl Lab --out crl-link.pem
assert_eq "precious" "$(cat victim.txt)" "the link's target is untouched by a CRL"
ln -s missing-target.pem dangling.pem
unchanged 1 "symbolic link" cli export web.example.test --format pem --out dangling.pem
assert_eq "false" "$([[ -e missing-target.pem ]] && echo true || echo false)" "a dangling link is not followed"
mkdir conf && ln -s "$TEST_DIR/victim.txt" conf/server.key
expect_fail 1 "server.key exists already" cli config nginx --server web.example.test --client-ca Lab --out conf
expect_fail 1 "symbolic link" cli config nginx --server web.example.test --client-ca Lab --out conf --force
assert_eq "precious" "$(cat victim.txt)" "config does not write through a link in its folder"
umask 022
must cli export web.example.test --format key --out web.key
assert_eq 600 "$(stat -c %a web.key)" "a key is written 0600"
must cli export web.example.test --format pem --out web-022.pem
assert_eq 644 "$(stat -c %a web-022.pem)" "a certificate follows the umask (022)"
umask 027
must cli export web.example.test --format pem --out web-027.pem
assert_eq 640 "$(stat -c %a web-027.pem)" "a certificate follows the umask (027)"
umask 022
assert_eq "" "$(find . -maxdepth 2 -name '*.tmp-*')" "no temporary file is left behind"

# --- D18: no core dumps ---------------------------------------------------------------------------
# signet-cli waits for its password on a FIFO; meanwhile its /proc entries show the hardening. A
# process that is not dumpable has its /proc/PID files owned by root, which shows only for a process
# that does not run as root: as root, the test runs signet-cli as nobody.
mkdir -p hold && chmod 755 hold "$TEST_DIR" && touch hold/w.signet && chmod 644 hold/w.signet
mkfifo hold/pw.fifo && chmod 666 hold/pw.fifo
as_user=()
if [[ $(id -u) -eq 0 ]]; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
# Core dumps allowed as far as the hard limit goes, so that the 0 below is signet-cli's own doing.
(
    ulimit -S -c "$(ulimit -H -c)"
    exec "${as_user[@]}" "$SIGNET_CLI" --workspace "$TEST_DIR/hold/w.signet" \
        --password-file "$TEST_DIR/hold/pw.fifo" list > /dev/null 2>&1
) &
held=$!
for _ in $(seq 100); do
    [[ "$(readlink "/proc/$held/exe" 2>/dev/null)" == *signet-cli ]] && break
    sleep 0.1
done
sleep 0.3
core_limit=$(awk '/^Max core file size/ {print $5 " " $6}' "/proc/$held/limits")
assert_eq "0 0" "$core_limit" "signet-cli runs with a core size limit of 0"
owner=$(stat -c %u "/proc/$held/environ")
process_uid=$(awk '/^Uid:/ {print $2}' "/proc/$held/status")
if [[ "$process_uid" -ne 0 ]]; then
    assert_eq 0 "$owner" "signet-cli is not dumpable (its /proc files belong to root, not to uid $process_uid)"
    if [[ -n "${as_user[*]}" ]]; then
        run "${as_user[@]}" cat "/proc/$held/environ"
        assert_eq 1 "$RC" "another process of the same user cannot read its memory-backed /proc files"
    fi
else
    fail "cannot check dumpability: signet-cli runs as root and setpriv is missing"
fi
printf 'x\n' > hold/pw.fifo
wait "$held" 2>/dev/null

finish
