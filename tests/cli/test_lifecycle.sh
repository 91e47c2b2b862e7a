#!/usr/bin/env bash
# remove, restore, rename and release, judged by the real `openssl verify -crl_check`: a released
# hold is listed once as removeFromCRL (and then no more), a removed revoked certificate stays on its
# CA's CRL, a CA is removed only after a confirmation, and edits of removed_at are caught.
# shellcheck source=tests/cli/lib.sh
. "$SIGNET_TEST_LIB"

must cli init
must cli ca create Root --subject "CN=Life Root,O=Acme"
must cli ca create Issuing --issuer Root --subject "CN=Life Issuing,O=Acme"
for user in alice bob carol; do
    must cli issue client Issuing --cn "$user"
    must cli export "$user" --format pem --out "$user.pem"
done
must cli export Root --format pem --out root.pem
must cli export Issuing --format pem --out issuing.pem
serial_of() {
    json_query "$(cli show "$1" --json)" 'd["serial"]'
}
ALICE=$(serial_of alice)
BOB=$(serial_of bob)

# signet-cli with nobody at a terminal to answer a question.
cli_no_tty() {
    cli "$@" </dev/null
}
# check_with CRL CERT: openssl verify, checking the leaf against that CRL.
check_with() {
    run openssl verify -crl_check -CAfile root.pem -untrusted issuing.pem -CRLfile "$1" "$2"
}
# crl_text CRL: the CRL as openssl prints it.
crl_text() {
    openssl crl -in "$1" -noout -text
}

# A hold, then its release: the next CRL says removeFromCRL, which openssl reads as not revoked.
must cli revoke alice --reason certificateHold
must cli crl Issuing --out hold.crl
check_with hold.crl alice.pem
assert_contains "$OUT$ERR" "certificate revoked" "openssl rejects alice while she is on hold"
must cli revoke bob --reason keyCompromise
unchanged 1 "'bob' was revoked for keyCompromise: only a hold (certificateHold) can be released" cli release bob
unchanged 1 "is not revoked" cli release carol
expect_fail 1 "no certificate or CA named 'nobody'" cli release nobody
must cli release alice
assert_contains "$OUT" "released 'alice' from its hold" "release reports the certificate"
assert_contains "$OUT" "publish the next CRL of 'Issuing'" "release hints at the CRL"
run cli show alice --json
assert_eq "valid" "$(json_query "$OUT" 'd["status"]')" "alice is valid again"
expect_fail 1 "is not revoked" cli release alice
must cli status
assert_contains "$OUT" "not yet published" "status counts the release as unpublished"
must cli crl Issuing --out released.crl
crl_text released.crl >released.txt
assert_contains "$(grep -A5 "$ALICE" released.txt)" "Remove From CRL" "the next CRL lists alice as removeFromCRL"
check_with released.crl alice.pem
assert_eq "0" "$RC" "openssl verify -crl_check accepts alice with the removeFromCRL CRL ($OUT $ERR)"
check_with released.crl bob.pem
assert_contains "$OUT$ERR" "certificate revoked" "the same CRL still rejects bob"
must cli crl Issuing --out after.crl
assert_not_contains "$(crl_text after.crl)" "$ALICE" "the CRL after that no longer lists alice"
check_with after.crl alice.pem
assert_eq "0" "$RC" "openssl accepts alice with the later CRL"

# A removed revoked certificate stays on its CA's CRL.
must cli remove bob
assert_contains "$OUT" "it stays on its CA's CRL" "remove says a revoked certificate stays on the CRL"
assert_not_contains "$(cli list)" " bob " "bob is no longer listed"
must cli list --removed
assert_contains "$OUT" "bob" "list --removed shows bob"
assert_contains "$OUT" "REMOVED" "list --removed shows when"
must cli list --removed --json
assert_eq "bob" "$(json_query "$OUT" '",".join(c["name"] for c in d)')" "list --removed --json lists bob only"
must cli crl Issuing --out removed.crl
assert_contains "$(crl_text removed.crl)" "$BOB" "the CRL still lists removed bob"
check_with removed.crl bob.pem
assert_contains "$OUT$ERR" "certificate revoked" "openssl still rejects removed bob"
expect_fail 1 "'bob' was removed from this workspace" cli export bob --format pem --out bob-again.pem
expect_fail 1 "already removed" cli remove bob

# A CA goes with everything below it, only after a confirmation.
unchanged 1 "needs a confirmation: add --yes (no terminal to ask on); nothing was removed" \
    cli_no_tty remove Issuing
run cli_no_tty remove Issuing
assert_contains "$ERR" "CA 'Issuing' and everything below it (3 certificate(s), 1 of them CA(s))" \
    "the refusal counts what would go"
# On a terminal: anything but yes keeps it.
tty_answer() {
    python3 - "$@" <<'PY'
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
os.write(fd, sys.argv[1].encode() + b"\n")
out = b""
while True:
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    out += data
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
PY
}
run tty_answer n "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" remove Issuing
assert_eq "1" "$RC" "answering n on the terminal refuses"
assert_contains "$OUT" "Remove CA 'Issuing' and everything below it (3 certificate(s), 1 of them CA(s))? [y/N]" \
    "the terminal prompt counts what goes"
assert_contains "$(cli list)" "Issuing" "Issuing is still there after n"
run tty_answer y "$SIGNET_CLI" --workspace "$WS" --password-file "$PWFILE" remove Issuing
assert_eq "0" "$RC" "answering y on the terminal removes ($OUT)"
assert_contains "$OUT" "removed 'Issuing' and 2 certificate(s) below it" "remove reports what went"
assert_eq "Root" "$(json_query "$(cli list --json)" '",".join(c["name"] for c in d)')" "only Root is left in the list"
expect_fail 1 "'Issuing' was removed from this workspace" cli issue client Issuing --cn dave
expect_fail 1 "restore 'Issuing' first" cli restore carol
must cli restore Issuing
assert_contains "$OUT" "restored 'Issuing' and 2 certificate(s) below it" "restore reports what came back"
assert_eq "Issuing,Root,alice,carol" "$(json_query "$(cli list --json)" '",".join(sorted(c["name"] for c in d))')" \
    "Issuing comes back with alice and carol, and bob, removed before, stays removed"
unchanged 1 "'Issuing' is not removed" cli restore Issuing
must cli restore bob
must cli remove Issuing --yes
must cli restore Issuing
assert_eq "5" "$(json_query "$(cli list --json)" 'len(d)')" "remove --yes and restore bring back all five"

# rename: the rules of new names, unique.
must cli rename carol "Carol Laptop"
assert_contains "$OUT" "renamed 'carol' to 'Carol Laptop'" "rename reports both names"
must cli show "Carol Laptop"
unchanged 1 "the name 'alice' is already taken" cli rename "Carol Laptop" alice
unchanged 1 "names may not start with 'id:'" cli rename "Carol Laptop" "id:12"
unchanged 1 "no certificate or CA named 'nobody'" cli rename nobody somebody
unchanged 2 "NEW" cli rename "Carol Laptop"

# --destroy-key: asked for explicitly, confirmed, for good.
unchanged 1 "'alice' with 1 private key(s) destroyed for good needs a confirmation" \
    cli_no_tty remove alice --destroy-key
SEALED=$(sqlite3 "$WS" "select hex(sealed) from keys where id=(select key_id from certificates where name='alice')")
# in_file HEX: whether those bytes occur anywhere in the workspace file.
in_file() {
    python3 -c 'import sys; sys.exit(0 if bytes.fromhex(sys.argv[2]) in open(sys.argv[1], "rb").read() else 1)' \
        "$WS" "$1" && echo yes || echo no
}
assert_eq "yes" "$([[ ${#SEALED} -gt 64 ]] && in_file "$SEALED")" "alice's sealed key is in the file before"
must cli remove alice --destroy-key --yes
assert_contains "$OUT" "destroyed 1 private key(s)" "remove --destroy-key reports the key"
assert_eq "no" "$(in_file "$SEALED")" "no copy of alice's sealed key is left in the workspace file"
assert_eq "0" "$(sqlite3 "$WS" "select count(*) from keys k where not exists (select 1 from certificates c where c.key_id = k.id)")" \
    "no key row is left without its certificate"
must cli restore alice
expect_fail 1 "holds no private key for 'alice'" cli export alice --format key --out alice.key
assert_eq "no" "$([[ -e alice.key ]] && echo yes || echo no)" "no key file is written"
must cli export alice --format pem --out alice-again.pem
must cli audit
for action in remove restore rename release; do
    assert_contains "$OUT" "$action" "the audit log records $action"
done
must cli verify
assert_contains "$OUT" "workspace intact" "the workspace verifies after all that"

# Tamper: removed_at is covered by the row's MAC, both ways.
must cli remove bob
cp "$WS" base.signet
sqlite3 "$WS" "update certificates set removed_at=NULL where name='bob'"
run cli verify
assert_eq "3" "$RC" "verify catches a removal undone with sqlite3"
assert_contains "$ERR" "'bob'" "verify names bob"
expect_fail 1 "changed outside Signet" cli restore bob
rm -f "$WS" "$WS-wal" "$WS-shm"
cp base.signet "$WS"
sqlite3 "$WS" "update certificates set removed_at=strftime('%s','now') where name='alice'"
run cli verify
assert_eq "3" "$RC" "verify catches a certificate hidden with sqlite3"
assert_contains "$ERR" "'alice'" "verify names alice"
expect_fail 1 "changed outside Signet" cli restore alice
rm -f "$WS" "$WS-wal" "$WS-shm"
cp base.signet "$WS"
sqlite3 "$WS" "update certificates set removed_at=removed_at+1 where name='bob'"
expect_fail 1 "changed outside Signet" cli restore bob

finish
