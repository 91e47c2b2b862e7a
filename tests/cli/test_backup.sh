#!/usr/bin/env bash
# backup and restore-backup: a copy made while another process issues certificates is consistent
# and verifies; it is 0600 and opens with the same password; a backup that was edited, a wrong
# password and an existing workspace without --force are refused without leaving anything behind;
# status counts the changes since the last backup.
# shellcheck source=lib.sh
. "$SIGNET_TEST_LIB"

# count WORKSPACE: how many certificates `list --json` names (through stdin: too long for an argument).
count() { "$SIGNET_CLI" --workspace "$1" --password-file "$PWFILE" list --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))'; }

must cli init
must cli ca create Team --subject "CN=Team CA"
must cli issue client Team --cn alice
must cli status --json
assert_eq "False" "$(json_query "$OUT" "d['backup']['made']")" "status: no backup made yet"

# ---- a backup while another process writes ----------------------------------------------------
for i in $(seq 1 3000); do echo "client-$i"; done | sed '1i cn' >list.csv
cli issue --batch list.csv --ca Team >batch.out 2>&1 &
writer=$!
sleep 0.3
expect_ok cli backup --out during.signet
wait "$writer"
assert_eq "0" "$?" "the batch issuance beside the backup succeeded"
assert_contains "$OUT" "and verified" "backup says it verified the copy"
assert_eq "600" "$(stat -c %a during.signet)" "the backup is 0600"
assert_eq "" "$(find . -maxdepth 1 -name '.during.signet.partial*')" "no partial file is left"
run "$SIGNET_CLI" --workspace during.signet --password-file "$PWFILE" verify
assert_eq "0" "$RC" "the backup opens with the same password and verifies intact"
count=$(count during.signet)
if (( count >= 2 && count <= 3002 )); then pass "the backup holds a consistent state ($count certificates)"; else fail "backup holds $count"; fi

# ---- refusals ---------------------------------------------------------------------------------------
expect_fail 1 "exists already" cli backup --out during.signet
expect_fail 1 "cannot replace the workspace it copies" cli backup --out "$WS" --force
expect_fail 2 "--out FILE is required" cli backup
must cli backup --out during.signet --force
must cli status --json
assert_eq "True 0" "$(json_query "$OUT" "str(d['backup']['made']) + ' ' + str(d['backup']['changesSince'])")" \
    "status: a backup, no change since"
must cli issue client Team --cn bob
must cli status
assert_contains "$OUT" "Backup: 1 changes since the last one" "status counts the change since the backup"

# ---- restore ---------------------------------------------------------------------------------------
restored="$TEST_DIR/restored.signet"
expect_ok "$SIGNET_CLI" --workspace "$restored" --password-file "$PWFILE" restore-backup during.signet
assert_eq "$(( $(count "$WS") - 1 ))" "$(count "$restored")" "the restored workspace is the backup: without bob"
run "$SIGNET_CLI" --workspace "$restored" --password-file "$PWFILE" audit --action restore-backup
assert_contains "$OUT" "during.signet" "the restore is audited in the restored workspace"

printf 'not the password\n' >wrong
rm -f wrong-target.signet
expect_fail 1 "the backup does not open" "$SIGNET_CLI" --workspace wrong-target.signet --password-file wrong \
    restore-backup during.signet
assert_eq "" "$(find . -maxdepth 1 \( -name 'wrong-target*' -o -name '*partial*' \))" "a refused restore leaves no file"

expect_fail 1 "exists already" "$SIGNET_CLI" --workspace "$restored" --password-file "$PWFILE" restore-backup "$WS"
before=$(sha256sum <"$restored")
cp during.signet edited.signet
sqlite3 edited.signet "UPDATE certificates SET name = 'mallory' WHERE name = 'alice'"
expect_fail 1 "the backup does not verify" "$SIGNET_CLI" --workspace "$restored" --password-file "$PWFILE" \
    restore-backup edited.signet --force
assert_eq "$before" "$(sha256sum <"$restored")" "an edited backup does not replace the workspace"

# Over the live workspace, with --force: the content is the backup's, through SQLite's locks.
expect_ok cli restore-backup "$restored" --force
run cli show bob
assert_eq "1" "$RC" "after restoring, bob (issued after the backup) is gone"
expect_ok cli verify
finish
