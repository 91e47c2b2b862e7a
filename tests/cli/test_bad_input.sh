#!/usr/bin/env bash
# Bad input of every kind: each is refused with the right exit code and a specific one-line
# message, and leaves the workspace exactly as it was.
# shellcheck source=tests/cli/lib.sh
. "${SIGNET_TEST_LIB:?set SIGNET_TEST_LIB to tests/cli/lib.sh}"

must cli init
must cli ca create Root --subject "CN=Bad Input Root,O=Signet Tests"
must cli ca create Inter --issuer Root --subject "CN=Bad Input Intermediate,O=Signet Tests"
must cli issue server Inter --dns ok.example.test

# unchanged CODE "message" cmd...: expect_fail, then the workspace lists the same and its bytes are the same.
unchanged() {
    local before_json before_sum after_json after_sum
    before_json=$(cli list --json)
    before_sum=$(sha256sum < "$WS")
    expect_fail "$@"
    after_json=$(cli list --json)
    after_sum=$(sha256sum < "$WS")
    assert_eq "$before_json" "$after_json" "list --json unchanged after: ${*:3}"
    assert_eq "$before_sum" "$after_sum" "workspace bytes unchanged after: ${*:3}"
}

# signet-cli on the test workspace at a given time (SIGNET_NOW).
# shellcheck disable=SC2317 # called through must and unchanged
cli_at() {
    local at=$1
    shift
    env SIGNET_NOW="$at" "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" "$@"
}

# --- passwords -----------------------------------------------------------------------------------
printf 'not the password\n' > wrong-password.txt
unchanged 1 "wrong password" "$SIGNET_CLI" --workspace "$WS" --password-file wrong-password.txt list
unchanged 1 "wrong password" "$SIGNET_CLI" --workspace "$WS" --password-file wrong-password.txt \
    issue server Inter --dns wrong.example.test
# Reading needs no password (test_readonly.sh); changing does.
unchanged 1 "password" env -u SIGNET_PASSWORD "$SIGNET_CLI" --workspace "$WS" issue server Inter \
    --dns nopassword.example.test </dev/null
unchanged 1 "cannot read the password file" "$SIGNET_CLI" --workspace "$WS" --password-file missing.txt list
printf '\n' > empty-password.txt
expect_fail 1 "must not be empty" "$SIGNET_CLI" --workspace "$TEST_DIR/empty.signet" \
    --password-file empty-password.txt init
expect_fail 1 "no workspace at" "$SIGNET_CLI" --workspace "$TEST_DIR/missing.signet" --password-file "$PWFILE" list

# --- damaged workspace files ----------------------------------------------------------------------
original_sum=$(sha256sum < "$WS")
original_json=$(cli list --json)
size=$(stat -c %s "$WS")
cp "$WS" garbled.signet
head -c 8192 /dev/urandom | dd of=garbled.signet bs=1 seek=$((size / 2)) conv=notrunc status=none
cp "$WS" truncated.signet
truncate -s $((size / 2)) truncated.signet
head -c 16384 /dev/urandom > random.signet
printf 'just some text\n' > text.signet
for damaged in random text; do
    for command in "list" "show Root" "issue server Inter --dns x.example.test"; do
        # shellcheck disable=SC2086 # the command is several words on purpose
        expect_fail 1 "damaged" "$SIGNET_CLI" --workspace "$damaged.signet" --password-file "$PWFILE" $command
    done
done
# Opening reads only what a command needs (a million certificates must not be read to show one),
# so damage inside the file shows where it is read: 'list' reads every certificate and either
# refuses with "damaged" or lists exactly what was there; 'verify' reads the whole file and names it.
for damaged in garbled truncated; do
    run "$SIGNET_CLI" --workspace "$damaged.signet" --password-file "$PWFILE" list --json
    if [[ $RC -eq 0 ]]; then
        assert_eq "$original_json" "$OUT" "$damaged: list reads undamaged pages as they were"
    else
        assert_eq 1 "$RC" "$damaged: list refuses"
        assert_contains "$ERR" "damaged" "$damaged: list says the workspace is damaged"
    fi
    run "$SIGNET_CLI" --workspace "$damaged.signet" --password-file "$PWFILE" verify
    if [[ $RC -ne 0 && "$OUT$ERR" == *"damaged"* ]]; then
        pass "$damaged: verify finds the damage (exit $RC)"
    else
        fail "$damaged: verify exited $RC without naming the damage: $OUT $ERR"
    fi
done
assert_eq "$original_sum" "$(sha256sum < "$WS")" "the original workspace is untouched by its damaged copies"
assert_eq "$original_json" "$(cli list --json)" "the original workspace still lists the same"

# --- files that are not what they claim ------------------------------------------------------------
head -c 3000 /dev/urandom > random.bin
printf 'Meeting notes\nnothing to see here\n' > notes.txt
unchanged 1 "random.bin is not a certificate, private key or PKCS#12 file" cli import random.bin
unchanged 1 "notes.txt is not a certificate, private key or PKCS#12 file" cli import notes.txt
unchanged 1 "cannot read" cli import does-not-exist.pem
unchanged 1 "not a certificate signing request" cli sign Inter random.bin --profile server
unchanged 1 "not a certificate signing request" cli sign Inter notes.txt --profile server
unchanged 1 "cannot read" cli sign Inter does-not-exist.csr --profile server

# A CSR whose signature no longer matches: one byte of the signature (at the end of the DER) flipped.
must openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout csr.key -outform DER \
    -out good.der -subj "/CN=tampered.example.test"
python3 - good.der bad.der <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[-5] ^= 0x01
open(sys.argv[2], "wb").write(bytes(data))
PY
# openssl 3.0's `req -verify` exits 0 either way: read what it says.
run openssl req -inform DER -in good.der -verify -noout
assert_contains "$OUT$ERR" "verify OK" "openssl accepts the original request"
run openssl req -inform DER -in bad.der -verify -noout
assert_contains "$OUT$ERR" "verify failure" "openssl rejects the tampered request too"
unchanged 1 "signature is invalid" cli sign Inter bad.der --profile server
openssl req -inform DER -in bad.der -out bad.pem 2>/dev/null
if [[ -s bad.pem ]]; then
    unchanged 1 "signature is invalid" cli sign Inter bad.pem --profile client
fi

# --- issuers that cannot issue -------------------------------------------------------------------
unchanged 1 "no certificate or CA named 'NoSuchCA'" cli issue server NoSuchCA --dns x.example.test
unchanged 1 "no certificate or CA named 'NoSuchCA'" cli issue client NoSuchCA --cn someone
unchanged 1 "no certificate or CA named 'NoSuchCA'" cli ca create Orphan --issuer NoSuchCA --subject CN=Orphan
unchanged 1 "no certificate or CA named 'NoSuchCA'" cli sign NoSuchCA good.der --profile server
unchanged 1 "not a certificate authority" cli issue server ok.example.test --dns x.example.test

# Expired: a one-day CA made on 2030-01-01 cannot issue on 2030-01-03.
must cli_at 2030-01-01T00:00:00Z ca create Short --subject "CN=Short Lived CA" --days 1
unchanged 1 "expired" cli_at 2030-01-03T00:00:00Z issue server Short --dns late.example.test
unchanged 1 "expired" cli_at 2030-01-03T00:00:00Z sign Short good.der --profile server
unchanged 1 "expired" cli_at 2030-01-03T00:00:00Z ca create Late --issuer Short --subject "CN=Late"
# The control: a CA that is still valid issues at the same moments.
must cli_at 2030-01-01T00:00:00Z ca create Month --subject "CN=One Month CA" --days 30
expect_ok cli_at 2030-01-03T00:00:00Z issue server Month --dns in-time.example.test --days 7
unchanged 1 "expired" cli_at 2030-02-15T00:00:00Z issue server Month --dns late.example.test --days 7
# And a CA expired because its root did: nothing under an expired root issues either.
unchanged 1 "expired" cli_at 2040-01-01T00:00:00Z issue server Inter --dns x.example.test

# Revoked: an intermediate revoked by its root cannot issue any more.
must cli ca create Revoked --issuer Root --subject "CN=Soon Revoked CA"
must cli revoke Revoked --reason caCompromise
unchanged 1 "revoked" cli issue server Revoked --dns x.example.test
unchanged 1 "revoked" cli issue client Revoked --cn someone
unchanged 1 "revoked" cli sign Revoked good.der --profile client
unchanged 1 "revoked" cli ca create Below --issuer Revoked --subject "CN=Below"

# Names are unique.
unchanged 1 "already taken" cli ca create Root --subject "CN=Another Root"
unchanged 1 "already taken" cli issue server Inter --dns other.example.test --name ok.example.test

# --- a second process writing at the same time: the command waits for the lock, then succeeds ------
python3 - "$WS" > lock.out <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(3)
db.execute("ROLLBACK")
PY
locker=$!
for _ in $(seq 100); do
    grep -q locked lock.out 2>/dev/null && break
    sleep 0.1
done
started=$(date +%s%N)
expect_ok cli ca create Busy --subject "CN=Busy CA"
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
if ((elapsed_ms >= 2000)); then
    pass "a command waits for another process's write to end (${elapsed_ms} ms)"
else
    fail "a command did not wait for the lock (${elapsed_ms} ms)"
fi
wait "$locker"
assert_contains "$(cli list --json)" '"Busy"' "and its CA is there"
unchanged 1 "already taken" cli ca create Busy --subject "CN=Busy CA"

# --- usage errors (exit 2) -----------------------------------------------------------------------
unchanged 2 "unknown command 'frobnicate'" cli frobnicate
unchanged 2 "no command given" cli
unchanged 2 "missing required option --subject" cli ca create NoSubject
unchanged 2 "missing argument NAME" cli ca create --subject CN=x
unchanged 2 "Unknown option 'bogus'" cli list --bogus
unchanged 2 "Unknown option 'bogus'" "$SIGNET_CLI" --bogus list
unchanged 2 "--days" cli issue server Inter --dns x.example.test --days abc
unchanged 2 "--days" cli issue server Inter --dns x.example.test --days 0
unchanged 2 "--port" cli config nginx --server ok.example.test --client-ca Inter --out conf --port 70000
unchanged 2 "--key" cli issue server Inter --dns x.example.test --key dsa:1024
unchanged 2 "--dns" cli issue server Inter
unchanged 2 "--cn" cli issue client Inter
unchanged 2 "unknown --reason 'sloppiness'" cli revoke ok.example.test --reason sloppiness
unchanged 2 "unknown --format 'zip'" cli export ok.example.test --format zip --out x.zip
unchanged 2 "unknown --p12-profile 'legacy'" cli export ok.example.test --format p12 --p12-profile legacy --out x.p12
unchanged 2 "missing required option --out" cli export ok.example.test --format pem
unchanged 2 "unknown --status 'sleeping'" cli list --status sleeping
unchanged 2 "unknown --profile 'root-ca'" cli sign Inter good.der --profile root-ca
unchanged 2 "missing required option --profile" cli sign Inter good.der
unchanged 2 "unknown server 'lighttpd'" cli config lighttpd --server ok.example.test --client-ca Inter --out conf
unchanged 2 "unexpected argument 'extra'" cli show ok.example.test extra
unchanged 2 "SIGNET_NOW" cli_at yesterday list
unchanged 2 "'issue' needs one of" cli issue
if [[ ! -e x.zip && ! -e x.p12 && ! -e conf ]]; then
    pass "usage errors write no files"
else
    fail "a usage error wrote a file"
fi

finish
